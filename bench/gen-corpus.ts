// Command line for the synthetic corpus generator (bench/generate/). The summary goes to stdout;
// exit codes: 0 done, 1 the generation failed (e.g. a write error), 2 bad usage.
import { parseArgs } from 'node:util';
import { DEFAULT_SEED, generateCorpus, MAX_PAPERS } from './generate/corpus';
import { UsageError } from './generate/output';

const HELP = `Usage: npx tsx bench/gen-corpus.ts --papers N --out DIR [--seed S] [--topics T] [--force]

Writes a deterministic synthetic corpus of N distinct papers with planted topics, author groups
and citations, in the shapes citegraph reads (profile pages, listing pages, bare listings, JSON
tables, Web of Science plain-text exports with cited references).

  --papers N   papers to generate (1 to ${MAX_PAPERS.toLocaleString('en-US')})
  --out DIR    output folder; created if missing, must be empty unless --force
  --seed S     any text; the same N and seed give byte-identical files (default: ${DEFAULT_SEED})
  --topics T   planted topics (default: N / 300, at least 5)
  --force      replace the corpus, truth and manifest an earlier run wrote into DIR
  -h, --help   show this help

Output:
  DIR/corpus/pages/{profile,listing,bare}-NNNNN.txt   pages       ┐ point the
  DIR/corpus/tables/papers-NNNN.json                  JSON tables ├ pipeline at
  DIR/corpus/wos/savedrecs-NNNN.txt                   WoS exports ┘ DIR/corpus
  DIR/truth/papers.csv    title, topic, mix_topic, date, copies, authors ("; "-separated), doi,
                          references (the length of its reference list; empty without a WoS record)
  DIR/truth/citations.csv citing_doi, cited_doi, kind (topic, cross-topic), findable (1 = a record
                          of the cited paper lists its DOI, or is a WoS record with volume and page)
  DIR/truth/cited_works.csv  reference, scope (topic, field), id, citations: the works outside the
                          corpus that it cites (one-off preprints not listed)
  DIR/truth/authors.csv   name, group (home topic), papers, profile (1 = has a profile page)
  DIR/truth/topics.csv    topic, field (topics of a field share words), papers, categories, label
  DIR/manifest.json       arguments and counts
Duplicate listings may print a title with other case or punctuation: match truth titles to the
pipeline's papers by their title key (pipeline/corpus/titles.ts), not by exact text.`;

function main(argv: string[]): number {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        papers: { type: 'string' },
        out: { type: 'string' },
        seed: { type: 'string' },
        topics: { type: 'string' },
        force: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    return usage((error as Error).message);
  }
  if (values.help) {
    process.stdout.write(`${HELP}\n`);
    return 0;
  }
  if (values.papers === undefined) return usage('--papers N is required');
  if (values.out === undefined || values.out.trim() === '') return usage('--out DIR is required');
  const papers = wholeNumber(values.papers);
  if (papers === undefined) return usage(`--papers must be a whole number, got "${values.papers}"`);
  const topics = values.topics === undefined ? undefined : wholeNumber(values.topics);
  if (topics === undefined && values.topics !== undefined) return usage(`--topics must be a whole number, got "${values.topics}"`);
  if (values.seed === '') return usage('--seed must not be empty');

  const started = performance.now();
  try {
    const s = generateCorpus({
      papers,
      out: values.out,
      force: values.force ?? false,
      ...(values.seed !== undefined ? { seed: values.seed } : {}),
      ...(topics !== undefined ? { topics } : {}),
    });
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    process.stdout.write(
      [
        `papers:     ${s.papers} in ${s.topics} topics (seed "${s.seed}")`,
        `authors:    ${s.authors}`,
        `files:      ${s.files.profile} profile, ${s.files.listing} listing, ${s.files.bare} bare pages; ${s.files.tables} JSON tables; ${s.files.wos} WoS exports`,
        `records:    ${s.records.profile} profile, ${s.records.listing} listing, ${s.records.bare} bare, ${s.records.tables} table, ${s.records.wos} WoS`,
        `references: ${s.references.references} in ${s.references.lists} lists; ${s.references.inCorpus} to papers of the corpus (${s.references.crossTopic} across topics, ${s.references.findable} findable)`,
        `duplicated: ${s.duplicated} papers listed more than once`,
        `consortia:  ${s.consortium} papers with 40–300 authors`,
        `input:      ${s.corpusDir}/  (point the pipeline here)`,
        `truth:      ${s.truthDir}/`,
        `time:       ${seconds} s`,
      ].join('\n') + '\n',
    );
    return 0;
  } catch (error) {
    if (error instanceof UsageError) return usage(error.message);
    // A write error ("ENOSPC: no space left on device …") says all a user needs; a bug shows its stack.
    const detail = (error as NodeJS.ErrnoException).code ? (error as Error).message : ((error as Error).stack ?? String(error));
    process.stderr.write(`gen-corpus: generation failed: ${detail}\n`);
    return 1;
  }
}

/** "100000", "100_000" or "100,000". */
function wholeNumber(text: string): number | undefined {
  const digits = text.trim().replace(/[_,]/g, '');
  return /^\d+$/.test(digits) ? Number(digits) : undefined;
}

function usage(message: string): number {
  process.stderr.write(`gen-corpus: ${message}\nTry --help.\n`);
  return 2;
}

process.exitCode = main(process.argv.slice(2));
