// The generator: planted topics → papers, teams and text, one topic at a time → where they are
// listed, published and what they cite → pages, tables, WoS records and the truth, written as
// they are made. Only one topic's papers (~300) and one open page per kind are held at once, so
// memory grows with the number of authors, titles and papers (a few typed-array slots each for
// the citations), not with the text.
import { join } from 'node:path';
import { AuthorRegistry, TopicAuthors } from './authors';
import { isoDate } from './dates';
import { bareListingPage, listingPage, profilePage, tableRow } from './formats';
import { NameBook } from './names';
import { BufferedFile, CorpusFiles, csvRow, PageFiller, prepareOutputDir, UsageError, writeFile } from './output';
import { paperDoi } from './paper-index';
import { makePaper, type Paper, TitleRegistry } from './papers';
import { type Listing, placeTopic } from './placement';
import { ReferencePlanter, type ReferenceSummary } from './references';
import { Rng } from './rng';
import { defaultTopicCount, planTopics } from './topics';
import { Venues } from './venues';
import { WOS_FILE, wosRecord } from './wos-record';

export interface GenerateOptions {
  papers: number;
  /** The output folder: DIR/corpus (pipeline input), DIR/truth, DIR/manifest.json. */
  out: string;
  seed?: string;
  /** Planted topics; default ≈ papers / 300, at least 5. */
  topics?: number;
  /** Replace an earlier corpus in a non-empty DIR. */
  force?: boolean;
}

export interface GenerateSummary {
  papers: number;
  seed: string;
  topics: number;
  /** Authors of at least one paper. */
  authors: number;
  /** Papers listed in more than one place. */
  duplicated: number;
  /** Consortium papers: 40 authors or more. */
  consortium: number;
  files: { profile: number; listing: number; bare: number; tables: number; wos: number };
  records: { profile: number; listing: number; bare: number; tables: number; wos: number };
  references: ReferenceSummary;
  corpusDir: string;
  truthDir: string;
}

export const DEFAULT_SEED = 'citegraph';
export const MAX_PAPERS = 10_000_000;
/** Seniors per topic: one per this many papers. */
const PAPERS_PER_SENIOR = 30;
/** Records per WoS export file, as Web of Science exports full records with their references. */
const WOS_RECORDS_PER_FILE = 500;

export function generateCorpus(options: GenerateOptions): GenerateSummary {
  const { papers: n, out, seed = DEFAULT_SEED, force = false } = options;
  if (!Number.isInteger(n) || n < 1 || n > MAX_PAPERS) throw new UsageError(`--papers must be a whole number from 1 to ${MAX_PAPERS}`);
  const topicCount = options.topics ?? defaultTopicCount(n);
  if (!Number.isInteger(topicCount) || topicCount < 1 || topicCount > n) throw new UsageError(`--topics must be a whole number from 1 to --papers (${n})`);
  const dirs = prepareOutputDir(out, force);

  const topics = planTopics(n, topicCount, seed);
  const names = new NameBook(new Rng(seed, 'names'));
  const registry = new AuthorRegistry(names);
  const nameOf = (serial: number) => names.name(serial);
  const seniors = topics.map((t) => Array.from({ length: Math.max(1, Math.round(t.size / PAPERS_PER_SENIOR)) }, () => registry.add(t.id)));
  const titles = new TitleRegistry();
  // About eight tables for a mid-sized corpus; at most 5,000 rows (~7 MB) each.
  const files = new CorpusFiles(dirs.corpus, Math.min(5000, Math.max(100, Math.ceil((0.3 * n) / 8))), { perFile: WOS_RECORDS_PER_FILE, shape: WOS_FILE });
  const planter = new ReferencePlanter(n, topics, seed, new Venues(topics, new Rng(seed, 'venues')), nameOf, dirs.truth);
  const pageRng = new Rng(seed, 'pages');
  const listings = new PageFiller<Listing>('listing', (e) => listingPage(e, pageRng), files, pageRng);
  const bares = new PageFiller<Listing>('bare', (e) => bareListingPage(e, pageRng), files, pageRng);
  const truthPapers = new BufferedFile(join(dirs.truth, 'papers.csv'));
  truthPapers.write(csvRow(['title', 'topic', 'mix_topic', 'date', 'copies', 'authors', 'doi', 'references']));
  let duplicated = 0;
  let consortium = 0;

  let serial = 0;
  for (const topic of topics) {
    const rng = new Rng(seed, `topic ${topic.id}`);
    const authors = new TopicAuthors(topic.id, seniors[topic.id]!, seniors, registry, rng);
    const papers: Paper[] = Array.from({ length: topic.size }, () => makePaper(serial++, topic, topics, authors, titles, rng));
    const placement = placeTopic(papers, authors, registry, rng);
    planter.plantTopic(topic, papers, placement);
    for (const page of placement.profiles) files.writePage('profile', profilePage(page, topic.categories[0], nameOf, rng), page.entries.length);
    for (const entry of placement.tables) files.tables.write(tableRow(entry, nameOf));
    for (const entry of placement.records) files.exports.write(wosRecord(entry, nameOf, rng));
    for (const entry of placement.listings) listings.add(entry);
    for (const entry of placement.bares) bares.add(entry);
    for (const paper of papers) {
      for (const a of paper.authors) registry.addPaper(a);
      if (paper.copies > 1) duplicated++;
      if (paper.authors.length >= 40) consortium++;
      const mix = paper.mixTopic < 0 ? '' : paper.mixTopic;
      const references = paper.references?.length ?? '';
      truthPapers.write(csvRow([paper.title, paper.topic, mix, isoDate(paper.day), paper.copies, paper.authors.map(nameOf).join('; '), paperDoi(paper.serial), references]));
    }
  }
  listings.finish();
  bares.finish();
  files.close();
  truthPapers.close();
  const references = planter.finish();

  const truthAuthors = new BufferedFile(join(dirs.truth, 'authors.csv'));
  truthAuthors.write(csvRow(['name', 'group', 'papers', 'profile']));
  let authorCount = 0;
  for (let s = 0; s < registry.count; s++) {
    // Seniors never drawn wrote nothing: no input names them.
    if (registry.papers(s) === 0) continue;
    authorCount++;
    truthAuthors.write(csvRow([nameOf(s), registry.home(s), registry.papers(s), registry.isOwner(s) ? 1 : 0]));
  }
  truthAuthors.close();
  writeFile(
    join(dirs.truth, 'topics.csv'),
    csvRow(['topic', 'field', 'papers', 'categories', 'label']) +
      topics.map((t) => csvRow([t.id, t.field, t.size, t.categories.join(' '), t.label])).join(''),
  );

  const summary: GenerateSummary = {
    papers: n,
    seed,
    topics: topics.length,
    authors: authorCount,
    duplicated,
    consortium,
    files: { ...files.pages, tables: files.tables.files, wos: files.exports.files },
    records: { ...files.pageRecords, tables: files.tables.records, wos: files.exports.records },
    references,
    corpusDir: dirs.corpus,
    truthDir: dirs.truth,
  };
  writeFile(dirs.manifest, `${JSON.stringify({ generator: 'bench/gen-corpus.ts', ...summary, corpusDir: 'corpus', truthDir: 'truth' }, null, 2)}\n`);
  return summary;
}
