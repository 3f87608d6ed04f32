// The command line: arguments → options → the memory plan → runPipeline(). Progress goes to
// stderr, the summary to stdout. Exit codes: 0 success, 1 the run failed (the previous output is
// kept), 2 refused before anything was read: bad usage, or an output folder citegraph must not or
// cannot write; 3 refused before anything was read: the input needs more memory than there is.
import { existsSync } from 'node:fs';
import { formatSource } from './export/reports';
import type { Reject, Warning } from './model';
import { helpText, parseCommandLine } from './options';
import { stderrProgress } from './progress';
import { RunFailure, runPipeline } from './run';
import { OutputRefused } from './export/output-location';
import { gateMemory } from './memory-gate';

/** Rejects and warnings shown on stderr; the CSV reports list all of them. */
const SHOWN_LINES = 20;

async function main(argv: string[]): Promise<number | NodeJS.Signals> {
  const parsed = parseCommandLine(argv);
  if (parsed.kind === 'help') {
    process.stdout.write(helpText() + '\n');
    return 0;
  }
  if (parsed.kind === 'usage-error') {
    process.stderr.write(`citegraph: ${parsed.message}\nTry --help.\n`);
    return 2;
  }
  const memory = await gateMemory(parsed.paths, parsed.options.memory, (line) => process.stderr.write(`citegraph: ${line}\n`));
  if (memory.kind === 'refused') {
    process.stderr.write(`citegraph: ${memory.message}\nNothing was read or written.\n`);
    return 3;
  }
  if (memory.kind === 'restarted') return memory.exit;
  try {
    const summary = await runPipeline(parsed.paths, parsed.options, {
      onStage: (e) => process.stderr.write(`[${e.index}/${e.total}] ${e.stage}: ${e.detail}${e.skipped ? '' : ` (${(e.wallMs / 1000).toFixed(1)} s)`}\n`),
      onProgress: stderrProgress(),
      onNote: (note) => process.stderr.write(`citegraph: ${note}\n`),
    });
    reportRejects(summary.corpus.rejects, `${summary.outDir}/rejects.csv`);
    reportWarnings(summary.warningList, `${summary.outDir}/warnings.csv`);
    process.stdout.write(
      [
        `files read: ${summary.files}`,
        `records:    ${summary.records}`,
        `papers:     ${summary.papers}`,
        `authors:    ${summary.authors}`,
        `terms:      ${summary.terms}`,
        `rejects:    ${summary.rejects}`,
        `warnings:   ${summary.warnings}`,
        ...(summary.notes.unclusteredPapers
          ? [`unclustered (no link in the paper graph, no community): ${summary.notes.unclusteredPapers} papers`]
          : []),
        ...(summary.notes.papersOverMaxAuthors
          ? [`left out of co-author links (over --max-authors): ${summary.notes.papersOverMaxAuthors} papers`]
          : []),
        ...Object.entries(summary.filesNotWritten).map(([file, why]) => `not written: graphs/${file} (${why})`),
        ...summary.timeNotes.map((note) => `thematic evolution: ${note}`),
        `output:     ${summary.outDir}/`,
      ].join('\n') + '\n',
    );
    return 0;
  } catch (error) {
    if (error instanceof OutputRefused) {
      process.stderr.write(`citegraph: ${error.message}\nNothing was read or written.\n`);
      return 2;
    }
    // The output folder only ever appears by the final rename: if it is there, it is the previous one.
    const kept = existsSync(parsed.options.out) ? 'previous output left in place' : `nothing was written to ${parsed.options.out}`;
    if (error instanceof RunFailure) {
      reportRejects(error.rejects, 'nothing was written');
      process.stderr.write(`citegraph: ${error.message}; ${kept}\n`);
    } else {
      process.stderr.write(`citegraph: the run failed; ${kept}\n${(error as Error).stack ?? error}\n`);
    }
    return 1;
  }
}

/** One line per reject, naming file and line, so bad input is never silent. */
function reportRejects(rejects: Reject[], restAt: string): void {
  reportLines(rejects.map((r) => `reject ${formatSource(r.source)}: ${r.reason}`), 'rejects', restAt);
}

function reportWarnings(warnings: Warning[], restAt: string): void {
  reportLines(warnings.map((w) => `warning ${formatSource(w.source)}${w.field ? ` ${w.field}` : ''}: ${w.reason}`), 'warnings', restAt);
}

function reportLines(lines: string[], what: string, restAt: string): void {
  for (const line of lines.slice(0, SHOWN_LINES)) process.stderr.write(`${line}\n`);
  if (lines.length > SHOWN_LINES) process.stderr.write(`… and ${lines.length - SHOWN_LINES} more ${what} (${restAt})\n`);
}

const status = await main(process.argv.slice(2));
// The restarted run died of a signal: so does this process, so the caller sees the same status.
if (typeof status === 'string') process.kill(process.pid, status);
else process.exitCode = status;
