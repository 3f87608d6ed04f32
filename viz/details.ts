// Details panel for the selected node: what it is, its community and scores, and its
// neighbours strongest first with the evidence of each link (why-linked.ts). Everything from the
// bundle is inserted as text (dom.ts); clicking a neighbour or a paper navigates there.
import type { BundleEdge, BundlePaper, Entity } from '../pipeline/bundle-model';
import { identifierLinks, orcidLink, pageLink } from '../pipeline/id-links';
import { citationCounts, citationSections, referenceFacts, referencePapers } from './citation-details';
import { burstSection } from './bursts';
import { AUTHOR_GRAPHS, type DetailsActions, field, makeLinker, PAPER_GRAPHS, section } from './details-parts';
import { byId, clear, el, externalLink, formatNumber } from './dom';
import { ENTITY_LABELS, METRIC_LABELS, metricOf, nodeId, nodeKey, THIN_EDGES_ABOVE, type GraphData } from './graph-data';
import type { Store } from './state';
import { whyLinked } from './why-linked';

const MAX_NEIGHBOURS = 60;

/** What a node's neighbours are, by what the nodes are; a directed graph lists citations. */
const NEIGHBOURS_TITLE: Record<Entity, string> = { paper: 'Related papers', author: 'Co-authors', term: 'Co-occurring terms', reference: 'Co-cited with' };

interface Neighbour {
  id: string;
  index: number;
  edge: BundleEdge;
  weight: number;
}

export function mountDetails(store: Store, actions: DetailsActions): void {
  const panel = byId('details');
  const content = byId('details-content');
  const empty = byId('details-empty');
  const summary = byId('graph-summary');
  const bundle = store.bundle;
  const linker = makeLinker(store, actions);
  const paperTitle = (id: string) => bundle.papers[id]?.title ?? id;

  const neighboursOf = (data: GraphData, node: string): Neighbour[] => {
    const out: Neighbour[] = [];
    const key = nodeKey(data, node);
    if (key === undefined) return out;
    data.graph.forEachEdge(key, (_edge, attrs, source, target) => {
      const other = source === key ? target : source;
      const edge = data.edges[attrs.i];
      if (!edge) return;
      out.push({ id: nodeId(data, other), index: Number(other), edge, weight: data.edgeWeight[attrs.i] ?? 0 });
    });
    return out.sort((a, b) => b.weight - a.weight || a.index - b.index);
  };

  const neighbourSection = (data: GraphData, node: string) => {
    const title = data.directed ? 'Citations' : NEIGHBOURS_TITLE[data.source.entity];
    const all = neighboursOf(data, node);
    const ul = el('ul', { className: 'neighbours', id: 'neighbour-list' });
    const visible = store.visibility.nodes;
    for (const n of all.slice(0, MAX_NEIGHBOURS)) {
      const button = el(
        'button',
        { className: 'link neighbour', attrs: { type: 'button', 'data-node': n.id } },
        data.labels[n.index] ?? n.id,
      );
      button.addEventListener('click', () => actions.selectNode(n.id));
      const dot = el('span', { className: 'dot' });
      dot.style.backgroundColor = data.colors[n.index] ?? '';
      ul.append(
        el(
          'li',
          { className: visible[n.index] ? '' : 'filtered' },
          dot,
          button,
          visible[n.index] ? null : el('span', { className: 'muted' }, ' (filtered out)'),
          el('div', { className: 'why' }, whyLinked(bundle, data.source, n.edge, node)),
        ),
      );
    }
    if (all.length > MAX_NEIGHBOURS) ul.append(el('li', { className: 'muted' }, `… and ${all.length - MAX_NEIGHBOURS} more`));
    return section(`${title} (${formatNumber(all.length)})`, all.length ? ul : el('p', { className: 'muted' }, 'None.'));
  };

  const scoreSection = (data: GraphData, index: number) => {
    const node = data.nodes[index];
    if (!node) return null;
    const dl = el('dl', { className: 'scores' });
    for (const metric of data.sizeMetrics) {
      const value = metricOf(node, metric);
      let above = 0;
      for (const other of data.nodes) if (metricOf(other, metric) > value) above++;
      dl.append(
        field(
          METRIC_LABELS[metric],
          el('span', {}, formatNumber(value), el('span', { className: 'muted' }, `  #${formatNumber(above + 1)} of ${formatNumber(data.nodes.length)}`)),
        ),
      );
    }
    return section('Scores', dl);
  };

  /** With nothing selected: what the current graph is. */
  const renderSummary = (data: GraphData) => {
    const g = data.source;
    const dl = el('dl', {});
    dl.append(field('Nodes', formatNumber(data.nodes.length)));
    dl.append(field('Edges', formatNumber(data.edges.length)));
    dl.append(field('Communities', formatNumber(data.communities.length)));
    if (typeof g.modularity === 'number') dl.append(field('Modularity', formatNumber(g.modularity)));
    if (data.yearExtent) dl.append(field('Years', yearsText([data.yearExtent[0], data.yearExtent[1]])));
    if (data.yearScale) dl.append(field('Layout', 'publication year from left to right (the axis under the graph)'));
    if (data.directed) dl.append(field('Arrows', 'from the citing to the cited paper; a head at both ends: they cite each other'));
    if (data.thinEdges) {
      const arrows = data.directed ? ' and arrows' : '';
      dl.append(field('Links', `drawn as thin lines above ${formatNumber(THIN_EDGES_ABOVE)} links; a hovered or selected node shows its own with their thickness${arrows}`));
    }
    const onPath = data.edges.filter((e) => e.mainPath === true).length;
    if (onPath) dl.append(field('Main path', `${formatNumber(onPath)} citation${onPath === 1 ? '' : 's'}, drawn thick in orange`));
    if (data.dropped.nodes || data.dropped.edges) {
      dl.append(field('Skipped', `${data.dropped.nodes} invalid nodes, ${data.dropped.edges} invalid or duplicate edges`));
    }
    summary.replaceChildren(el('h2', {}, g.title || g.kind), dl);
  };

  const render = () => {
    const data = store.data;
    const id = store.state.selected;
    const index = id === null ? undefined : data.nodeIndex.get(id);
    clear(content);
    if (id === null || index === undefined) {
      renderSummary(data);
      empty.hidden = false;
      content.hidden = true;
      panel.classList.remove('has-selection');
      return;
    }
    empty.hidden = true;
    content.hidden = false;
    panel.classList.add('has-selection');
    const node = data.nodes[index];
    const entity = data.source.entity;
    const label = data.labels[index] ?? id;
    const community = node ? data.communityById.get(node.community) : undefined;

    const close = el('button', { className: 'close', title: 'Close', attrs: { type: 'button', 'aria-label': 'Close details' } }, '×');
    close.addEventListener('click', () => store.update({ selected: null }));
    // A citation graph labels a paper "Garfield 1955": the panel gives its title, and the label under it.
    const title = entity === 'paper' ? paperTitle(id) : label;
    const header = el(
      'header',
      {},
      el('div', { className: 'kind' }, ENTITY_LABELS[entity]),
      el('h2', { id: 'details-title' }, title),
      title === label ? null : el('p', { className: 'muted short-label' }, label),
      close,
    );
    content.append(header);

    const facts = el('dl', { className: 'facts' });
    if (community) {
      const swatch = el('span', { className: 'swatch' });
      swatch.style.backgroundColor = community.color;
      const button = el(
        'button',
        { className: 'link community', title: 'Focus this community', attrs: { type: 'button' } },
        swatch,
        el('span', {}, community.label),
      );
      button.addEventListener('click', () => actions.focusCommunity(community.id));
      facts.append(field('Community', button));
    }
    content.append(facts);
    if (entity === 'paper') {
      const paper = bundle.papers[id];
      if (paper) {
        const authors = paper.authors.map((a) => linker.linkTo(bundle.authors[a]?.name ?? a, a, AUTHOR_GRAPHS));
        const authorLine = el('span', { className: 'authors' });
        authors.forEach((a, i) => {
          if (i) authorLine.append(', ');
          authorLine.append(a);
        });
        const more = Math.max(0, paper.authorCount - paper.authors.length);
        if (!paper.authors.length) {
          authorLine.append(more ? `${more} (names not listed in the sources)` : 'not listed in the sources');
          authorLine.classList.add('muted');
        } else if (more || paper.authorsTruncated) authorLine.append(more ? ` and ${more} more` : ' et al.');
        facts.append(field('Authors', authorLine));
        const date = paper.date ?? (paper.year !== undefined ? String(paper.year) : 'unknown');
        facts.append(field('Date', paper.dateFrom === 'arxiv-id' ? `${date} (from the arXiv id)` : date));
        const venue = venueText(paper);
        if (venue) facts.append(field('Published in', venue));
        if (paper.keywords.length) facts.append(field('Keywords', paper.keywords.join('; ')));
        if (paper.indexKeywords.length) facts.append(field('Index terms', paper.indexKeywords.join('; ')));
        facts.append(...citationCounts(paper));
        // The source's page after the registries' links, unless it is one of them; named by its host.
        const links = identifierLinks(paper.ids).map((link) => ({ href: link.href, text: `${link.label} ${link.id}` }));
        const page = paper.url === undefined ? undefined : pageLink(paper.url);
        if (page && !links.some((link) => link.href === page.href)) links.push({ href: page.href, text: `Page at ${page.host}` });
        if (links.length) {
          const line = el('span', { className: 'links' });
          links.forEach((link, i) => line.append(...(i ? [' · '] : []), externalLink(link.href, link.text)));
          facts.append(field('Links', line));
        }
        if (paper.categories.length) facts.append(field('Categories', paper.categories.join(', ')));
        if (paper.hasCode) facts.append(field('Code', 'available'));
        if (paper.sources.length) {
          const ul = el('ul', { className: 'sources' });
          for (const s of paper.sources) ul.append(el('li', {}, s));
          facts.append(field('Sources', ul));
        }
        if (paper.abstract) content.append(section('Abstract', ...abstractBlock(paper.abstract)));
        content.append(...citationSections(paper, linker));
      }
    } else if (entity === 'author') {
      const author = bundle.authors[id];
      if (author) {
        if (author.ambiguous) {
          facts.append(field('Note', 'possibly several people: their papers fall into groups that share no co-author'));
        }
        if (author.variants.length) facts.append(field('Also written', author.variants.join('; ')));
        const orcid = author.orcid === undefined ? undefined : orcidLink(author.orcid);
        if (orcid) facts.append(field('ORCID', externalLink(orcid, author.orcid!)));
        if (author.affiliations.length) {
          const ul = el('ul', { className: 'affiliations' });
          for (const a of author.affiliations) ul.append(el('li', {}, a));
          facts.append(field('Affiliations', ul));
        }
        if (author.countries.length) facts.append(field('Countries', author.countries.join(', ')));
        if (node?.years.length) facts.append(field('Years', yearsText(node.years)));
        content.append(section(`Papers (${formatNumber(author.paperIds.length)})`, linker.paperList(author.paperIds, author.paperIds.length, PAPER_GRAPHS)));
      }
    } else if (entity === 'term') {
      const term = bundle.terms[id];
      if (term) {
        if (term.variants.length) facts.append(field('Variants', term.variants.join('; ')));
        facts.append(field('Occurrences', formatNumber(term.occurrences)));
        if (node?.years.length) facts.append(field('Years', yearsText(node.years)));
        content.append(section(`Papers (${formatNumber(term.papers)})`, linker.paperList(term.paperIds, term.papers, PAPER_GRAPHS)));
      }
    } else {
      const reference = bundle.references[id];
      if (reference) {
        facts.append(...referenceFacts(reference, paperTitle, linker));
        if (node?.years.length) facts.append(field('Cited in', yearsText(node.years)));
        content.append(referencePapers(reference, linker));
      }
    }
    content.append(burstSection(store.bundle, data, id) ?? '');
    content.append(neighbourSection(data, id));
    content.append(scoreSection(data, index) ?? '');
    content.scrollTop = 0;
    panel.scrollTop = 0;
  };

  store.subscribe((state, previous) => {
    if (state.selected !== previous.selected || state.graph !== previous.graph) render();
    else if (state.selected !== null && (state.filters !== previous.filters || state.hiddenCommunities !== previous.hiddenCommunities)) {
      render(); // "(filtered out)" marks follow the filters
    }
  });
  render();
}

/** Long abstracts start folded to a few lines so the neighbours stay in view. */
function abstractBlock(text: string): Node[] {
  const p = el('p', { className: 'abstract' }, text);
  if (text.length < 420) return [p];
  p.classList.add('folded');
  const toggle = el('button', { className: 'link more', attrs: { type: 'button', 'aria-expanded': 'false' } }, 'Show all');
  toggle.addEventListener('click', () => {
    const folded = p.classList.toggle('folded');
    toggle.textContent = folded ? 'Show all' : 'Show less';
    toggle.setAttribute('aria-expanded', String(!folded));
  });
  return [p, toggle];
}

/** "J Informetr 11(4), 959-975": the venue with its volume, issue and pages, those it has. */
function venueText(paper: BundlePaper): string {
  const volume = [paper.volume, paper.issue === undefined ? '' : `(${paper.issue})`].join('');
  return [[paper.venue, volume].filter(Boolean).join(' '), paper.pages].filter(Boolean).join(', ');
}

function yearsText(years: readonly number[]): string {
  if (!years.length) return 'unknown';
  const first = years[0];
  const last = years[years.length - 1];
  if (first === last) return String(first);
  return years.length > 2 ? `${first}–${last} (${years.length} distinct)` : `${first}–${last}`;
}
