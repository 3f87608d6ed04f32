// The synthetic corpus generator (bench/generate/): what it writes must read back through ingest
// and merge exactly as planted, its citations be found by the citations stage, byte for byte the
// same for the same seed.
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { promisify } from 'node:util';
import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateCorpus, type GenerateSummary } from '../bench/generate/corpus';
import { titleVariant } from '../bench/generate/english';
import { FIRST_NAMES, LAST_NAMES } from '../bench/generate/name-lists';
import { NameBook } from '../bench/generate/names';
import { UsageError } from '../bench/generate/output';
import { Rng } from '../bench/generate/rng';
import { scoreCitations } from '../bench/truth-citations';
import { buildCitations } from '../pipeline/citations/index';
import { buildCorpus } from '../pipeline/corpus/merge';
import { nameKey } from '../pipeline/corpus/names';
import { titleKey } from '../pipeline/corpus/titles';
import { ingestPaths } from '../pipeline/ingest/index';
import type { CitationModel, Corpus, IngestResult, SourceRecord } from '../pipeline/model';
import { scratchDir } from './helpers/scratch';

const N = 300;
const root = scratchDir('gen');
const readCsv = (path: string) =>
  Papa.parse<Record<string, string>>(readFileSync(path, 'utf8'), { header: true, skipEmptyLines: true }).data;

/** Relative path → sha256 of every file under `dir`. */
function fingerprint(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (d: string) => {
    for (const name of readdirSync(d, { withFileTypes: true })) {
      const path = join(d, name.name);
      if (name.isDirectory()) walk(path);
      else out.set(relative(dir, path), createHash('sha256').update(readFileSync(path)).digest('hex'));
    }
  };
  walk(dir);
  return out;
}

let big: GenerateSummary | undefined;
/** A 5,000-paper corpus, made once for the tests that need more than N papers. */
const bigCorpus = () => (big ??= generateCorpus({ papers: 5000, out: join(root, 'big'), seed: 'test' }));

let summary: GenerateSummary;
let ingest: IngestResult;
let corpus: Corpus;
let truthPapers: Record<string, string>[];
let truthAuthors: Record<string, string>[];
/** Title key → truth row. */
let truthByKey: Map<string, Record<string, string>>;
let citations: CitationModel;
/** WoS's "Family, Given" as the truth writes names. */
const givenFirst = (name: string) => name.replace(/^([^,]+), (.+)$/, '$2 $1');
const truthRow = (record: SourceRecord) => truthByKey.get(titleKey(record.title))!;

beforeAll(async () => {
  summary = generateCorpus({ papers: N, out: join(root, 'a'), seed: 'test' });
  ingest = await ingestPaths([summary.corpusDir]);
  corpus = buildCorpus(ingest);
  truthPapers = readCsv(join(summary.truthDir, 'papers.csv'));
  truthAuthors = readCsv(join(summary.truthDir, 'authors.csv'));
  truthByKey = new Map(truthPapers.map((row) => [titleKey(row.title!), row]));
  citations = buildCitations(corpus, 1);
});

describe('a generated corpus read back by the pipeline', () => {
  it('has no rejects, and every file is detected as the shape it was written in', () => {
    expect(ingest.rejects).toEqual([]);
    const expected: Record<string, string> = { profile: 'profile-page', listing: 'listing-page', bare: 'bare-listing', papers: 'json', savedrecs: 'wos-text' };
    const seen = new Set<string>();
    for (const file of ingest.files) {
      const kind = basename(file.file).split('-')[0]!;
      expect(file.format, file.file).toBe(expected[kind]);
      expect(file.rejects).toBe(0);
      seen.add(kind);
    }
    expect([...seen].sort()).toEqual(['bare', 'listing', 'papers', 'profile', 'savedrecs']);
    const { profile, listing, bare, tables, wos } = summary.records;
    expect(ingest.records).toHaveLength(profile + listing + bare + tables + wos);
    expect(ingest.warnings).toEqual([]);
  });

  it('keeps the inputs and the truth apart: the corpus folder holds only pages, tables and WoS exports', () => {
    expect(readdirSync(summary.corpusDir).sort()).toEqual(['pages', 'tables', 'wos']);
    expect(readdirSync(summary.truthDir).sort()).toEqual(['authors.csv', 'citations.csv', 'cited_works.csv', 'papers.csv', 'topics.csv']);
    expect(existsSync(join(root, 'a', 'manifest.json'))).toBe(true);
  });

  it('merges into exactly the N papers asked for, each one in the truth', () => {
    expect(corpus.papers).toHaveLength(N);
    expect(truthPapers).toHaveLength(N);
    expect(truthByKey.size).toBe(N);
    for (const paper of corpus.papers) expect(truthByKey.has(titleKey(paper.title)), paper.title).toBe(true);
  });

  it('lists about a tenth of the papers in more than one file, some with another spelling of the title', () => {
    const several = corpus.papers.filter((p) => new Set(p.sources.map((s) => s.file)).size > 1);
    expect(several.length).toBe(summary.duplicated);
    expect(several.length).toBeGreaterThan(0.05 * N);
    expect(several.length).toBeLessThan(0.2 * N);
    const respelled = ingest.records.filter((r) => truthByKey.get(titleKey(r.title))!.title !== r.title);
    expect(respelled.length).toBeGreaterThan(0);
  });

  it('makes each profile owner a planted author of every paper on their page', () => {
    expect(ingest.profiles.length).toBeGreaterThan(0);
    const owners = new Set(truthAuthors.filter((a) => a.profile === '1').map((a) => a.name));
    for (const profile of ingest.profiles) {
      expect(owners.has(profile.name)).toBe(true);
      const records = ingest.records.filter((r) => r.source.file === profile.source.file);
      expect(records.length).toBeGreaterThan(0);
      for (const r of records) expect(truthByKey.get(titleKey(r.title))!.authors!.split('; ')).toContain(profile.name);
    }
  });

  it('names authors only on profile pages, in tables and WoS records, and every one is in the truth', () => {
    for (const r of ingest.records) {
      if (r.source.format === 'listing-page' || r.source.format === 'bare-listing') expect(r.authors).toBeUndefined();
    }
    const tableRows = ingest.records.filter((r) => r.source.format === 'json');
    for (const r of tableRows) expect(r.authors).toEqual(truthRow(r).authors!.split('; '));
    const wosRecords = ingest.records.filter((r) => r.source.format === 'wos-text');
    expect(wosRecords.length).toBe(summary.records.wos);
    for (const r of wosRecords) expect(r.authors!.map(givenFirst)).toEqual(truthRow(r).authors!.split('; '));
    const planted = new Set(truthAuthors.map((a) => nameKey(a.name!)));
    expect(planted.size).toBe(truthAuthors.length);
    for (const author of corpus.authors) expect(planted.has(nameKey(author.name)), author.name).toBe(true);
  });

  it('writes page dates as pages do, a few without their year, ISO dates in tables, and WoS dates as planted', () => {
    const pageDates = ingest.records.filter((r) => r.source.format.endsWith('page') || r.source.format === 'bare-listing').map((r) => r.date);
    const yearless = pageDates.filter((d) => d && d.year === undefined).length;
    expect(yearless).toBeGreaterThan(0.03 * pageDates.length);
    expect(yearless).toBeLessThan(0.2 * pageDates.length);
    for (const r of ingest.records.filter((x) => x.source.format === 'json')) expect(r.date?.raw).toMatch(/^20(1[1-9]|2[0-6])-\d\d-\d\d$/);
    for (const r of ingest.records.filter((x) => x.source.format === 'wos-text')) {
      const [year, month, day] = truthRow(r).date!.split('-').map(Number);
      expect(r.date).toMatchObject({ year, month });
      if (r.date!.day !== undefined) expect(r.date!.day).toBe(day);
    }
  });
});

describe('planted structure', () => {
  it('gives the papers of one topic more words in common than papers of different topics', () => {
    const allWords = corpus.papers.map((p) => new Set(`${p.title} ${p.abstract}`.toLowerCase().match(/\p{L}[\p{L}-]{3,}/gu) ?? []));
    // Words in over a fifth of all papers are the templates' and the shared filler's: not topical.
    const df = new Map<string, number>();
    for (const set of allWords) for (const w of set) df.set(w, (df.get(w) ?? 0) + 1);
    const papers = corpus.papers.map((p, i) => ({
      topic: truthByKey.get(titleKey(p.title))!.topic,
      words: new Set([...allWords[i]!].filter((w) => df.get(w)! <= 0.2 * N)),
    }));
    const sums = { within: [0, 0], across: [0, 0] };
    for (let i = 0; i < papers.length; i++) {
      for (let j = i + 1; j < papers.length; j++) {
        const [a, b] = [papers[i]!, papers[j]!];
        let shared = 0;
        for (const w of a.words) if (b.words.has(w)) shared++;
        const sum = a.topic === b.topic ? sums.within : sums.across;
        sum[0]! += shared / Math.max(1, a.words.size + b.words.size - shared);
        sum[1]!++;
      }
    }
    const within = sums.within[0]! / sums.within[1]!;
    const across = sums.across[0]! / sums.across[1]!;
    expect(within).toBeGreaterThan(1.5 * across);
  });

  it('has skewed productivity, consortium papers and initial twins on a larger corpus', () => {
    const big = bigCorpus();
    const authors = readCsv(join(big.truthDir, 'authors.csv'));
    const counts = authors.map((a) => Number(a.papers));
    expect(counts.filter((c) => c === 1).length).toBeGreaterThan(0.4 * counts.length);
    expect(Math.max(...counts)).toBeGreaterThanOrEqual(20);
    expect(big.consortium).toBeGreaterThan(0);
    const papers = readCsv(join(big.truthDir, 'papers.csv'));
    expect(Math.max(...papers.map((p) => p.authors!.split('; ').length))).toBeGreaterThanOrEqual(40);
    // "A. Silva" beside "Ana Silva": two people, two keys.
    const names = new Set(authors.map((a) => a.name!));
    const twins = [...names].filter((n) => /^\p{Lu}\. /u.test(n) && [...names].some((m) => m !== n && m.startsWith(n[0]!) && m.endsWith(n.slice(2))));
    expect(twins.length).toBeGreaterThan(0);
    expect(new Set(authors.map((a) => nameKey(a.name!))).size).toBe(authors.length);
  });
});

describe('planted citations', () => {
  const truthCitations = () => readCsv(join(summary.truthDir, 'citations.csv'));
  const byDoi = () => new Map(truthPapers.map((row) => [row.doi!, row]));

  it('reads every cited reference of a WoS record back as one reference of its paper, with author and year', () => {
    const wos = ingest.records.filter((r) => r.source.format === 'wos-text');
    expect(wos.length).toBeGreaterThan(0.15 * N);
    for (const r of wos) {
      expect(r.references!.length).toBe(Number(truthRow(r).references));
      for (const ref of r.references!) expect(ref).toMatchObject({ firstAuthor: expect.any(String), year: expect.any(Number), source: expect.any(String) });
    }
    // Only papers with a WoS record have a list, and the corpus keeps each one whole.
    const listed = new Set(wos.map((r) => titleKey(r.title)));
    for (const paper of corpus.papers) {
      expect(paper.references.length, paper.title).toBe(listed.has(titleKey(paper.title)) ? Number(truthByKey.get(titleKey(paper.title))!.references) : 0);
    }
    const total = corpus.papers.reduce((sum, p) => sum + p.references.length, 0);
    expect(total).toBe(summary.references.references);
    // Every reference names a work: none is left out of the networks.
    expect([...citations.referenceKeys.values()].flat().filter((key) => key === undefined)).toEqual([]);
  });

  it('cites only earlier papers, most of them in the citing paper\'s own topic', () => {
    const papers = byDoi();
    const rows = truthCitations();
    expect(rows.length).toBe(summary.references.inCorpus);
    for (const row of rows) expect(papers.get(row.cited_doi!)!.date! < papers.get(row.citing_doi!)!.date!, `${row.citing_doi} → ${row.cited_doi}`).toBe(true);
    const cross = rows.filter((r) => r.kind === 'cross-topic');
    expect(cross.length).toBeGreaterThan(0);
    expect(cross.length).toBeLessThan(0.2 * rows.length);
    for (const row of rows) expect(papers.get(row.cited_doi!)!.topic === papers.get(row.citing_doi!)!.topic).toBe(row.kind === 'topic');
  });

  it('lets the citations stage recover the findable citations by DOI and by author, year, volume and page', () => {
    const title = new Map(corpus.papers.map((p) => [p.id, p.title]));
    const score = scoreCitations(citations.links.map((l) => [title.get(l.citing)!, title.get(l.cited)!] as const), readFileSync(join(summary.truthDir, 'papers.csv'), 'utf8'), readFileSync(join(summary.truthDir, 'citations.csv'), 'utf8'))!;
    expect(score.planted).toBe(summary.references.inCorpus);
    expect(score.findable).toBe(summary.references.findable);
    // Papers seen on pages only cannot be matched: a real share of the planted citations.
    expect(score.findable).toBeLessThan(0.8 * score.planted);
    expect(score.recall).toBeGreaterThanOrEqual(0.9);
    expect(score.precision).toBeGreaterThanOrEqual(0.99);
    expect(new Set(citations.links.map((l) => l.matchedBy))).toEqual(new Set(['doi', 'key']));
  });

  it('folds the spellings of an outside work onto one work, as often as the truth cites it', () => {
    const works = new Map(citations.works.map((w) => [w.key, w]));
    let planted = 0;
    let found = 0;
    for (const row of readCsv(join(summary.truthDir, 'cited_works.csv'))) {
      const doi = /DOI (\S+)$/.exec(row.reference!)?.[1];
      // A work cited a few times may be cited without its DOI every time: it has none to fold onto.
      if (!doi || Number(row.citations) < 5) continue;
      const cited = works.get(`doi:${doi}`)?.citedBy.length ?? 0;
      // Spellings without the DOI and without a page or volume are another work: never more.
      expect(cited, row.reference).toBeLessThanOrEqual(Number(row.citations));
      planted += Number(row.citations);
      found += cited;
    }
    expect(found).toBeGreaterThanOrEqual(0.95 * planted);
  });

  it('gives reference lists of realistic length and a heavy-tailed citation count on a larger corpus', () => {
    const truth = bigCorpus().truthDir;
    const lengths = readCsv(join(truth, 'papers.csv')).filter((p) => p.references !== '').map((p) => Number(p.references)).sort((a, b) => a - b);
    const median = lengths[Math.floor(lengths.length / 2)]!;
    expect(median).toBeGreaterThanOrEqual(25);
    expect(median).toBeLessThanOrEqual(35);
    expect(lengths.at(-1)).toBeLessThanOrEqual(200);
    expect(lengths.at(-1)).toBeGreaterThan(2 * median);
    const counts = new Map<string, number>();
    for (const row of readCsv(join(truth, 'citations.csv'))) counts.set(row.cited_doi!, (counts.get(row.cited_doi!) ?? 0) + 1);
    const sorted = [...counts.values()].sort((a, b) => b - a);
    const total = sorted.reduce((a, b) => a + b, 0);
    const top = sorted.slice(0, 5000 / 100).reduce((a, b) => a + b, 0);
    expect(top).toBeGreaterThanOrEqual(0.1 * total);
  });
});

describe('determinism', () => {
  it('writes byte-identical files for the same seed and a different corpus for another', () => {
    const again = generateCorpus({ papers: N, out: join(root, 'again'), seed: 'test' });
    const other = generateCorpus({ papers: N, out: join(root, 'other'), seed: 'another' });
    const first = fingerprint(join(root, 'a'));
    expect(fingerprint(join(root, 'again'))).toEqual(first);
    expect(again).toMatchObject({ ...summary, corpusDir: again.corpusDir, truthDir: again.truthDir });
    const changed = fingerprint(join(root, 'other'));
    expect(changed.get('truth/papers.csv')).not.toBe(first.get('truth/papers.csv'));
    expect(readCsv(join(other.truthDir, 'papers.csv'))[0]!.title).not.toBe(truthPapers[0]!.title);
  });
});

describe('building blocks', () => {
  it('gives distinct names to a quarter of a million authors, past the two-word names running out', () => {
    const book = new NameBook(new Rng('test', 'names'));
    const count = 250_000;
    expect(count * 0.7).toBeGreaterThan(FIRST_NAMES.length * LAST_NAMES.length);
    const keys = new Set<string>();
    for (let s = 0; s < count; s++) keys.add(nameKey(book.name(s)));
    expect(keys.size).toBe(count);
  });

  it('varies a title only in ways that keep its title key', () => {
    const rng = new Rng('test', 'variants');
    let changed = 0;
    for (const row of truthPapers) {
      const variant = titleVariant(row.title!, rng);
      expect(titleKey(variant)).toBe(titleKey(row.title!));
      if (variant !== row.title) changed++;
    }
    expect(changed).toBeGreaterThan(0.9 * truthPapers.length);
  });
});

describe('the output folder and arguments', () => {
  it('refuses a non-empty folder unless forced, and a forced run leaves no stale page behind', () => {
    const dir = join(root, 'reuse');
    generateCorpus({ papers: 40, out: dir });
    expect(() => generateCorpus({ papers: 40, out: dir })).toThrow(UsageError);
    const stale = join(dir, 'corpus', 'pages', 'listing-99999.txt');
    writeFileSync(stale, 'old');
    generateCorpus({ papers: 40, out: dir, force: true });
    expect(existsSync(stale)).toBe(false);
  });

  it('rejects impossible numbers', () => {
    const out = join(root, 'never');
    expect(() => generateCorpus({ papers: 0, out })).toThrow(UsageError);
    expect(() => generateCorpus({ papers: 2.5, out })).toThrow(UsageError);
    expect(() => generateCorpus({ papers: 10, topics: 11, out })).toThrow(UsageError);
    expect(existsSync(out)).toBe(false);
  });

  it('exits 2 with a message on bad arguments, and 0 with help', async () => {
    const tsx = join(process.cwd(), 'node_modules', '.bin', 'tsx');
    const run = async (args: string[]) => {
      try {
        const { stdout, stderr } = await promisify(execFile)(tsx, ['bench/gen-corpus.ts', ...args]);
        return { code: 0, stdout, stderr };
      } catch (error) {
        return error as { code: number; stdout: string; stderr: string };
      }
    };
    const bad = await run(['--papers', 'many', '--out', join(root, 'cli')]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--papers must be a whole number');
    const help = await run(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('--papers N');
    mkdirSync(join(root, 'cli-full'));
    writeFileSync(join(root, 'cli-full', 'x'), '');
    const full = await run(['--papers', '10', '--out', join(root, 'cli-full')]);
    expect(full.code).toBe(2);
    expect(full.stderr).toContain('--force');
  });
});
