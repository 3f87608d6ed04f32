// The benchmark's printed report: machine and date, then per run a stage table (wall time, peak
// RSS), the graphs, the NMI scores and the citations recovered, then the topic quality of every
// size side by side, the igraph pipeline beside citegraph (--igraph), the view timing and the
// targets with ✓ / ✗ / –.
import type { BenchResults, CitationScore, IgraphRun, NmiScore, RunResult, TargetStatus, ViewResult } from './results';
import { VIEW_ACTIONS, type ViewAction } from './view-actions';

/** 12345 → "12,345": the same in every locale, so the table reads the same everywhere. */
export const count = (n: number): string => Math.round(n).toLocaleString('en-US');
export const decimals = (n: number, digits: number): string => n.toFixed(digits);

const MARKS: Record<TargetStatus, string> = { pass: '✓', fail: '✗', 'not-run': '–' };
const INDENT = '  ';

/** Columns padded to their widest cell; the first is left-aligned, the rest (numbers) right-aligned. */
export function formatColumns(header: readonly string[], rows: readonly (readonly string[])[]): string[] {
  const all = [header, ...rows];
  const widths = header.map((_, i) => Math.max(...all.map((row) => (row[i] ?? '').length)));
  return all.map((row) =>
    widths
      .map((width, i) => (i === 0 ? (row[i] ?? '').padEnd(width) : (row[i] ?? '').padStart(width)))
      .join('  ')
      .trimEnd(),
  );
}

function runTitle(run: RunResult): string {
  return `${count(run.papers)} papers${run.algorithm ? `, ${run.algorithm}` : ''}`;
}

function nmiLine(what: string, score: NmiScore | null, items: string, planted: string): string {
  if (!score) return `${what}: n/a (nothing matched the truth)`;
  return (
    `${what}: ${decimals(score.nmi, 3)}  (${count(score.matched)} ${items} matched of ${count(score.planted)} planted; ` +
    `${count(score.recoveredClusters)} communities vs ${count(score.plantedClusters)} ${planted})`
  );
}

function citationLine(score: CitationScore | null): string {
  if (!score) return 'citations vs planted: n/a (no citation inside the corpus found, or none planted)';
  return (
    `citations vs planted: recall ${decimals(score.recall, 3)} (${count(score.recovered)} of ${count(score.findable)} findable; ` +
    `${count(score.planted)} planted), precision ${decimals(score.precision, 3)} (${count(score.found)} found)`
  );
}

function formatRun(run: RunResult): string[] {
  const lines = [runTitle(run) + (run.error ? ` — FAILED: ${run.error}` : '')];
  const m = run.measures;
  if (m) {
    const generated = m.generationSeconds === null ? 'corpus reused' : `corpus generated in ${decimals(m.generationSeconds, 1)} s`;
    lines.push(`${INDENT}${generated}, modules loaded in ${decimals(m.loadSeconds, 1)} s (neither counted below; RSS then ${count(m.loadRssMib)} MiB)`);
  }
  if (run.stages.length || m) {
    const stageRows = run.stages.map((s) => [s.stage, decimals(s.seconds, 1), decimals(s.cpuSeconds, 1), count(s.peakRssMib)]);
    if (m) stageRows.push(['total', decimals(m.total.seconds, 1), decimals(m.total.cpuSeconds, 1), count(m.total.peakRssMib)]);
    // Stages overlap: CPU and peak RSS are the whole process's while the stage ran.
    lines.push('', ...formatColumns(['stage', 'wall s', 'CPU s', 'peak RSS MiB'], stageRows).map((l) => INDENT + l));
  }
  if (m) {
    const graphRows = m.graphs.map((g) => [g.kind, count(g.nodes), count(g.edges), count(g.communities), g.modularity === null ? 'n/a' : decimals(g.modularity, 3)]);
    lines.push(
      '',
      ...formatColumns(['graph', 'nodes', 'edges', 'communities', 'modularity'], graphRows).map((l) => INDENT + l),
      '',
      INDENT + nmiLine('NMI papers vs planted topics', m.nmi.papers, 'papers', 'topics'),
      INDENT + nmiLine('NMI linked authors vs planted groups', m.nmi.authors, 'authors', 'groups'),
      INDENT + citationLine(m.citations),
    );
  }
  return lines;
}

/** The view's timed actions, as the report names them. */
const ACTION_NAMES: Record<ViewAction, string> = { filter: 'a filter', legend: 'a legend toggle', select: 'a selection', hover: 'a hover' };

/** Per size: how well paper communities recover the planted topics, the papers left without a link, the terms. */
function formatTopicQuality(runs: readonly RunResult[]): string[] {
  const rows = runs.flatMap((run) => {
    const m = run.measures;
    if (!m) return [];
    const unlinked = `${count(m.counts.unlinkedPapers)} (${decimals((100 * m.counts.unlinkedPapers) / Math.max(1, m.counts.papers), 2)} %)`;
    return [[runTitle(run), m.nmi.papers ? decimals(m.nmi.papers.nmi, 3) : 'n/a', unlinked, count(m.counts.terms), count(m.counts.linkTerms)]];
  });
  if (rows.length === 0) return [];
  return ['', 'topic quality', ...formatColumns(['run', 'NMI papers', 'unlinked papers', 'map terms', 'link terms'], rows).map((l) => INDENT + l)];
}

/** Per size: citegraph's runs and the igraph pipeline's on the same corpus, then what igraph built. */
export function formatIgraphComparison(runs: readonly RunResult[], igraph: readonly IgraphRun[] | null): string[] {
  if (!igraph) return [];
  const nmi = (value: number | undefined) => (value === undefined ? 'n/a' : decimals(value, 3));
  const rows: string[][] = [];
  const notes: string[] = [];
  for (const theirs of igraph) {
    for (const run of runs.filter((r) => r.papers === theirs.papers && r.measures)) {
      const m = run.measures!;
      rows.push([`${runTitle(run)}, citegraph`, decimals(m.loadSeconds, 1), decimals(m.total.seconds, 1), decimals(m.total.cpuSeconds, 1), count(m.total.peakRssMib), nmi(m.nmi.papers?.nmi)]);
    }
    const title = `${count(theirs.papers)} papers, igraph`;
    const r = theirs.report;
    if (!r) {
      notes.push(`${title} — FAILED: ${theirs.error ?? 'unknown error'}`);
      continue;
    }
    rows.push([title, decimals(r.importSeconds, 1), decimals(r.wallSeconds, 1), decimals(r.cpuSeconds, 1), count(r.peakRssMib), nmi(r.nmiPapers?.nmi)]);
    const process = theirs.processSeconds === null ? '' : `process ${decimals(theirs.processSeconds, 1)} s wall; `;
    const graphs = r.graphs.map((g) => `${g.kind} ${count(g.nodes)}/${count(g.edges)}`).join(', ');
    notes.push(`${title}: ${process}layouts ${decimals(r.layoutSeconds, 1)} s of the run; ${count(r.counts.papers)} papers, ${count(r.counts.rejects)} rejects; graphs (nodes/edges) ${graphs}`);
  }
  return [
    '',
    'igraph comparison (bench/igraph/pipeline.py on the same corpus; run: files to every output; load: modules or imports, not in the run; CPU: citegraph its run, igraph its whole process)',
    ...formatColumns(['run', 'load s', 'run wall s', 'CPU s', 'peak RSS MiB', 'NMI papers'], rows).map((l) => INDENT + l),
    ...notes.map((l) => INDENT + l),
  ];
}

function formatView(view: ViewResult | null): string {
  if (!view) return 'view: not timed (--no-view, or no size produced a bundle)';
  // papers is 0 for a bundle given with --view-bundle: name the file instead.
  const bundle = view.papers ? `${count(view.papers)}-paper bundle` : view.bundle;
  if (!view.ok) return `view (${bundle}): FAILED: ${view.error}`;
  return (
    `view (${bundle}, ${view.graph} graph, ${count(view.nodes)} nodes / ${count(view.edges)} edges): ` +
    `first frame ${count(view.medianMs)} ms median of ${view.loadsMs.map(count).join(', ')} ms; ` +
    VIEW_ACTIONS.map((a) => `${ACTION_NAMES[a]} ${count(view.actionMedianMs[a])} ms median of ${view.actionsMs[a].map(count).join(', ')} ms`).join('; ')
  );
}

export function formatReport(results: BenchResults): string {
  const { machine } = results;
  const targetNames = results.targets.map((t) => `${MARKS[t.status]} ${t.name}`);
  const nameWidth = Math.max(0, ...targetNames.map((n) => n.length));
  return [
    `citegraph benchmark, ${results.date}`,
    `machine: ${machine.cpu} × ${machine.cores}, ${decimals(machine.memoryGib, 1)} GiB, ${machine.os}, node ${machine.node}; seed ${results.seed}; engine ${results.engine}`,
    `speed (bench/machine-speed.ts; lower is faster): reference kernel ${count(machine.speed.before.referenceMs)} ms at load average ${decimals(machine.speed.before.load, 2)} before the runs, ${count(machine.speed.after.referenceMs)} ms at ${decimals(machine.speed.after.load, 2)} after`,
    ...results.runs.flatMap((run) => ['', ...formatRun(run)]),
    ...formatTopicQuality(results.runs),
    ...formatIgraphComparison(results.runs, results.igraph),
    '',
    formatView(results.view),
    '',
    'targets',
    // Values left-aligned: they are text in different units.
    ...results.targets.map((t, i) => `${INDENT}${targetNames[i]!.padEnd(nameWidth)}  ${t.value}`),
  ].join('\n');
}
