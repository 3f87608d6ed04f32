// The sigma renderer: one instance for the page, fed the current graph with setGraph.
// Community focus, colouring and filters are applied by nodeReducer/edgeReducer reading the
// closure state below; a change re-runs the reducers on the nodes and edges it touches only
// (repaint.ts). Hover and selection are drawn by the emphasis layer, without a sigma redraw. The
// graph itself is never rebuilt for a filter, a hover or a selection.
import { BURST_BADGE, burstingNodes } from './bursts';
import { overlayOf } from './overlay';
import Sigma from 'sigma';
import { EdgeLineProgram, NodePointProgram, createEdgeArrowProgram, createEdgeDoubleArrowProgram } from 'sigma/rendering';
import type { EdgeDisplayData, NodeDisplayData } from 'sigma/types';

import { ARROW_HEAD } from './arrow-heads';
import { fitNodes } from './camera';
import { mountDensityLayer, type DensityLayer } from './density-layer';
import { byId, formatNumber } from './dom';
import { applySizeMetric, nodeId, nodeKey, type EdgeAttrs, type GraphData, type NodeAttrs, type SizeMetric } from './graph-data';
import { mountEmphasisLayer, type EmphasisLayer } from './emphasis-layer';
import { createLabelLayer, type LabelLayer } from './label-layer';
import { addEverything, addVisibilityChange, emptyRepaint, partialGraph, type Repaint } from './repaint';
import type { Store } from './state';

const FADED_NODE = '#e3e5e9';
// Opaque colours only (see EDGE_COLOR in graph-data.ts).
const FADED_EDGE = '#eef0f3';
const LABEL_FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif';
/** Quiet time before the full pass that gives brought-back nodes their labels (see paint). */
const REINDEX_AFTER_MS = 600;

interface GraphView {
  renderer: Sigma<NodeAttrs, EdgeAttrs>;
  /** Animate the camera to a node, by bundle id. */
  centreOnNode(id: string): void;
  centreOnCommunity(community: number): void;
  /** The labels on the page, for the exports. */
  labels: LabelLayer;
  /** The hovered or selected neighbourhood, for the exports. */
  emphasis: EmphasisLayer;
  /** The density map, for the exports. */
  density: DensityLayer;
}

export function mountGraphView(store: Store): GraphView {
  const container = byId('graph');
  const status = byId('status');
  const filteredNote = byId('filtered-note');

  // Closure state read by the reducers. Node keys are sigma's (indices as strings), see graph-data.
  let data = store.data;
  let visibility = store.visibility;
  const appliedMetric = new Map<GraphData, SizeMetric>();
  let hovered: string | null = null;
  let focusedCommunity = store.state.focusedCommunity;
  let overlay = overlayOf(data.nodes, store.state.colourBy);
  let bursting = burstingNodes(store.bundle, data);

  const applySizes = () => {
    if (appliedMetric.get(data) === store.state.sizeMetric) return;
    applySizeMetric(data, store.state.sizeMetric);
    appliedMetric.set(data, store.state.sizeMetric);
  };
  applySizes();

  const labels = createLabelLayer(LABEL_FONT, '500', '#1f2329');
  // The constructor processes and renders the first frame synchronously, reducers included.
  const renderer = new Sigma<NodeAttrs, EdgeAttrs>(data.graph, container, {
    zIndex: true,
    labelFont: LABEL_FONT,
    labelSize: 12,
    labelWeight: '500',
    labelColor: { color: '#1f2329' },
    // Sigma's label grid proposes generously (more as you zoom in); label-layer.ts keeps those
    // that fit without overlapping.
    labelDensity: 1,
    labelGridCellSize: 60,
    labelRenderedSizeThreshold: 4,
    defaultDrawNodeLabel: labels.collect,
    defaultDrawNodeHover: labels.halo,
    defaultEdgeColor: '#c5cad3',
    hideEdgesOnMove: data.thinEdges, // keeps panning smooth on big graphs
    minCameraRatio: 0.02,
    maxCameraRatio: 4,
    stagePadding: 24,
    // 'circle' and 'line' are sigma's defaults; a pair citing each other gets a head at both ends;
    // 'point' and 'thin' for large graphs (graph-data.ts, POINT_NODES_ABOVE, THIN_EDGES_ABOVE).
    nodeProgramClasses: { point: NodePointProgram<NodeAttrs, EdgeAttrs> },
    edgeProgramClasses: {
      thin: EdgeLineProgram<NodeAttrs, EdgeAttrs>,
      arrow: createEdgeArrowProgram<NodeAttrs, EdgeAttrs>(ARROW_HEAD),
      doubleArrow: createEdgeDoubleArrowProgram<NodeAttrs, EdgeAttrs>(ARROW_HEAD),
    },
    nodeReducer: (node, attrs) => reduceNode(node, attrs),
    edgeReducer: (_edge, attrs) => reduceEdge(attrs),
  });
  labels.attach(renderer, container);
  const emphasis = mountEmphasisLayer(renderer, container, () => data, labels, { font: LABEL_FONT, weight: '500', color: '#1f2329' });
  const density = mountDensityLayer(renderer, container, () => ({ data, visibility }));

  function reduceNode(node: string, attrs: NodeAttrs): Partial<NodeDisplayData> {
    const res: Partial<NodeDisplayData> = attrs;
    if (!visibility.nodes[attrs.i]) {
      res.hidden = true;
      return res;
    }
    if (overlay) res.color = overlay.colours[attrs.i]!;
    if (bursting.has(attrs.i) && attrs.label) res.label = BURST_BADGE + attrs.label;
    if (focusedCommunity !== null) {
      if (data.nodes[attrs.i]?.community === focusedCommunity) {
        res.zIndex = 1;
      } else {
        res.color = FADED_NODE;
        res.label = null;
        res.forceLabel = false;
        res.zIndex = 0;
      }
    }
    return res;
  }

  function reduceEdge(attrs: EdgeAttrs): Partial<EdgeDisplayData> {
    const res: Partial<EdgeDisplayData> = attrs;
    const e = attrs.i;
    if (!visibility.edges[e]) {
      res.hidden = true;
      return res;
    }
    if (focusedCommunity !== null) {
      const s = data.edgeSource[e] ?? -1;
      const t = data.edgeTarget[e] ?? -1;
      const inside =
        data.nodes[s]?.community === focusedCommunity && data.nodes[t]?.community === focusedCommunity;
      if (!inside) res.color = FADED_EDGE;
    }
    return res;
  }

  /** The hovered node, else the selected one, stands out with its neighbourhood. */
  const emphasise = () => {
    const selected = store.state.selected === null ? undefined : data.nodeIndex.get(store.state.selected);
    const selectedKey = selected === undefined ? null : String(selected);
    emphasis.set({ focal: hovered ?? selectedKey, selected: selectedKey });
  };

  // Sigma's label grid holds the nodes drawn when it last processed: nodes brought back by a
  // partial refresh are drawn at once and get their labels from sigma's processing pass once the
  // page is idle. That pass alone (an empty partial graph without skipIndexation): their display
  // data is already reduced, so the reducers need not run again on every node and edge.
  let reindexTimer: ReturnType<typeof setTimeout> | undefined;
  const fullRefresh = () => {
    clearTimeout(reindexTimer);
    renderer.refresh();
  };
  const reindex = () => renderer.refresh({ partialGraph: { nodes: [], edges: [] } });
  const paint = (repaint: Repaint | 'all') => {
    if (repaint === 'all') return fullRefresh();
    renderer.refresh({ partialGraph: partialGraph(repaint), skipIndexation: true });
    if (repaint.revealsNodes) {
      clearTimeout(reindexTimer);
      reindexTimer = setTimeout(reindex, REINDEX_AFTER_MS);
    }
  };

  /**
   * The programs sigma draws the graph's nodes and edges with, read back from its display data
   * ("circle:40", "arrow:30,doubleArrow:1"), for the status line's data set. A pass over every
   * node and edge: counted when the graph changes only.
   */
  const countPrograms = () => {
    const tally = (each: (count: (type: string | undefined) => void) => void) => {
      const counts = new Map<string, number>();
      each((type = 'none') => counts.set(type, (counts.get(type) ?? 0) + 1));
      return [...counts].sort(([a], [b]) => (a < b ? -1 : 1)).map(([type, n]) => `${type}:${n}`).join(',');
    };
    return {
      nodes: tally((count) => data.graph.forEachNode((node) => count(renderer.getNodeDisplayData(node)?.type))),
      edges: tally((count) => data.graph.forEachEdge((edge) => count(renderer.getEdgeDisplayData(edge)?.type))),
    };
  };
  let programs = countPrograms();

  const updateStatus = () => {
    const g = data.source;
    const all = visibility.nodeCount === data.nodes.length && visibility.edgeCount === data.edges.length;
    const nodes = all
      ? `${formatNumber(data.nodes.length)} nodes`
      : `${formatNumber(visibility.nodeCount)} of ${formatNumber(data.nodes.length)} nodes`;
    const edges = all
      ? `${formatNumber(data.edges.length)} edges`
      : `${formatNumber(visibility.edgeCount)} of ${formatNumber(data.edges.length)} edges`;
    status.textContent = `${g.title || g.kind}: ${nodes} · ${edges}${all ? '' : ' shown'}`;
    status.title = status.textContent; // the line is cut with an ellipsis when narrow
    // Machine-readable copies for tests and scripts (no test-only globals).
    status.dataset.graph = g.kind;
    status.dataset.visibleNodes = String(visibility.nodeCount);
    status.dataset.visibleEdges = String(visibility.edgeCount);
    status.dataset.totalNodes = String(data.nodes.length);
    status.dataset.totalEdges = String(data.edges.length);
    status.dataset.hiddenCommunities = [...store.state.hiddenCommunities].sort((a, b) => a - b).join(',');
    status.dataset.selected = store.state.selected ?? '';
    status.dataset.nodePrograms = programs.nodes;
    status.dataset.edgePrograms = programs.edges;

    const f = g.filtered;
    filteredNote.hidden = !f;
    filteredNote.textContent = f
      ? `Showing ${formatNumber(data.nodes.length)} of ${formatNumber(f.totalNodes)} nodes ` +
        `(${formatNumber(data.edges.length)} of ${formatNumber(f.totalEdges)} edges): ${f.rule}`
      : '';
  };

  const show = () => {
    data = store.data;
    visibility = store.visibility;
    hovered = null;
    focusedCommunity = store.state.focusedCommunity;
    overlay = overlayOf(data.nodes, store.state.colourBy);
    bursting = burstingNodes(store.bundle, data);
    applySizes();
    if (renderer.getSetting('hideEdgesOnMove') !== data.thinEdges) renderer.setSetting('hideEdgesOnMove', data.thinEdges);
    if (renderer.getGraph() !== data.graph) {
      renderer.getCamera().setState({ x: 0.5, y: 0.5, ratio: 1, angle: 0 });
      renderer.setGraph(data.graph); // processes and renders the new graph
    } else paint('all');
    programs = countPrograms();
    emphasise();
    updateStatus();
  };

  store.subscribe((state, previous) => {
    if (state.graph !== previous.graph) {
      show();
      return;
    }
    if (state.sizeMetric !== previous.sizeMetric) {
      applySizes(); // updates attributes: sigma re-indexes sizes and labels itself
    }
    const repaint = emptyRepaint();
    let all = false;
    let changed = false;
    if (state.filters !== previous.filters || state.hiddenCommunities !== previous.hiddenCommunities) {
      const before = visibility;
      visibility = store.visibility;
      addVisibilityChange(repaint, before, visibility);
      changed = true;
    }
    if (state.focusedCommunity !== previous.focusedCommunity) {
      focusedCommunity = state.focusedCommunity;
      all = true; // its nodes go on top: a new z-order
    }
    if (state.colourBy !== previous.colourBy) {
      overlay = overlayOf(data.nodes, state.colourBy);
      addEverything(repaint, data);
      changed = true;
    }
    if (all || changed) paint(all ? 'all' : repaint);
    if (state.selected !== previous.selected) emphasise();
    if (all || changed || state.selected !== previous.selected) updateStatus();
  });

  renderer.on('enterNode', ({ node }) => {
    container.classList.add('pointer');
    hovered = node;
    emphasise();
  });
  renderer.on('leaveNode', () => {
    container.classList.remove('pointer');
    if (hovered === null) return;
    hovered = null;
    emphasise();
  });
  renderer.on('clickNode', ({ node }) => {
    store.update({ selected: nodeId(data, node), focusedCommunity: null });
  });
  renderer.on('clickStage', () => {
    store.update({ selected: null, focusedCommunity: null });
  });

  // Sigma only listens to window resizes; the panels can change the canvas size too. The
  // observer also fires once on start: skip it when the size did not change (a refresh is a full
  // re-process, ~0.4 s at 100k edges).
  let resizeFrame = 0;
  new ResizeObserver(() => {
    if (resizeFrame) return;
    resizeFrame = requestAnimationFrame(() => {
      resizeFrame = 0;
      const { width, height } = renderer.getDimensions();
      if (container.offsetWidth === width && container.offsetHeight === height) return;
      renderer.resize();
      fullRefresh();
    });
  }).observe(container);

  emphasise();
  updateStatus();

  return {
    renderer,
    labels,
    emphasis,
    density,
    centreOnNode(id) {
      const key = nodeKey(data, id);
      const display = key === undefined ? undefined : renderer.getNodeDisplayData(key);
      if (key === undefined || !display) return;
      // Zoom so most of its neighbours are in view (display coordinates span the unit square,
      // ratio r shows about r of it): the 80th-percentile neighbour distance, not the farthest.
      const distances: number[] = [];
      data.graph.forEachNeighbor(key, (neighbour) => {
        const d = renderer.getNodeDisplayData(neighbour);
        if (d && !d.hidden) distances.push(Math.hypot(d.x - display.x, d.y - display.y));
      });
      distances.sort((p, q) => p - q);
      const reach = distances[Math.floor(distances.length * 0.8)] ?? 0.1;
      void renderer.getCamera().animate(
        { x: display.x, y: display.y, ratio: Math.min(1, Math.max(0.06, reach * 2.6)) },
        { duration: 450 },
      );
    },
    centreOnCommunity(community) {
      const keys = function* () {
        for (let i = 0; i < data.nodes.length; i++) if (data.nodes[i]?.community === community && visibility.nodes[i]) yield String(i);
      };
      fitNodes(renderer, keys(), 0.08, 500);
    },
  };
}
