// Finds, fetches and checks the bundle. Default: the bundle inlined in the page (a built page,
// which opens from file://), else bundle.json next to the page; ?bundle=<relative path> overrides
// both (tests use it), but only for same-origin relative paths.
import { INLINE_BUNDLE_ID } from '../pipeline/export/inline-bundle';
import type { BundleAuthor, BundlePaper, BundleReference, BundleTerm, Entity, ViewBundle } from '../pipeline/bundle-model';
import { LINKED_KINDS } from '../pipeline/id-links';

export class BundleError extends Error {
  constructor(
    message: string,
    /** What the user can do about it. */
    readonly hint: string,
  ) {
    super(message);
    this.name = 'BundleError';
  }
}

const RUN_PIPELINE = 'Run `npm run pipeline` first to create output/bundle.json, then reload this page.';
const FROM_FILE =
  'Opened from a file, the page reads only the bundle inlined in it: open the folder `npm run pipeline -- --report DIR` ' +
  'writes, or run `npm run build` after `npm run pipeline` and open dist/index.html.';

/** Where to fetch the bundle from; rejects absolute and other-origin URLs. */
export function bundleLocation(query: string, page: string): URL {
  const requested = new URLSearchParams(query).get('bundle');
  if (requested === null || requested === '') return new URL('bundle.json', page);
  // Only a relative path: no scheme ("https:", "data:", "javascript:"), no "//host", no "/root",
  // no backslashes (browsers read "\\host" as "//host").
  if (/^[a-z][a-z0-9+.-]*:/i.test(requested) || /^[\\/]/.test(requested) || requested.includes('\\')) {
    throw new BundleError(
      `Refusing to load the bundle from “${requested}”.`,
      'The bundle parameter must be a relative path on this server (bundle=fixtures/small.json). ' +
        'Without it the page loads bundle.json, which `npm run pipeline` writes to output/.',
    );
  }
  const url = new URL(requested, page);
  if (url.origin !== new URL(page).origin) {
    throw new BundleError(`Refusing to load the bundle from another origin (${url.origin}).`, RUN_PIPELINE);
  }
  return url;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const ENTITIES: readonly Entity[] = ['author', 'paper', 'term', 'reference'];
const OLDER_KINDS: Record<string, Entity> = { coauthor: 'author', papers: 'paper', terms: 'term' };

/** A lookup table's entries whose values are objects; anything else in it is left out. */
const entries = (table: unknown): [string, Record<string, unknown>][] =>
  Object.entries(isRecord(table) ? table : {}).filter((e): e is [string, Record<string, unknown>] => isRecord(e[1]));
const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((s): s is string => typeof s === 'string') : []);
const text = (v: unknown, fallback = ''): string => (typeof v === 'string' ? v : fallback);
const count = (v: unknown): number | undefined => (typeof v === 'number' && Number.isInteger(v) && v >= 0 ? v : undefined);
/** The string values of `keys` that `from` has; others (numbers, objects, missing) left out. */
function optionalTexts<K extends string>(from: Record<string, unknown>, keys: readonly K[]): Partial<Record<K, string>> {
  return Object.fromEntries(keys.filter((k) => typeof from[k] === 'string').map((k) => [k, from[k]])) as Partial<Record<K, string>>;
}

/**
 * Check the shape the page relies on and fill defaults in the lookup tables, so a bundle from an
 * older or partial pipeline run degrades (missing fields shown as unknown) rather than crashing.
 * Node and edge entries are checked while the graph is built (graph-data.ts).
 */
export function checkBundle(raw: unknown, where: string): ViewBundle {
  const bad = (why: string) => new BundleError(`The bundle at ${where} is not a citegraph view bundle: ${why}.`, RUN_PIPELINE);
  if (!isRecord(raw)) throw bad('it is not a JSON object');
  if (raw.version !== 1) throw bad(`version is ${JSON.stringify(raw.version)}, this page reads version 1`);
  if (!Array.isArray(raw.graphs) || raw.graphs.length === 0) throw bad('it has no graphs');
  raw.graphs.forEach((g: unknown, i) => {
    if (!isRecord(g)) throw bad(`graphs[${i}] is not an object`);
    if (typeof g.kind !== 'string') throw bad(`graphs[${i}] has no kind`);
    if (!Array.isArray(g.nodes) || !Array.isArray(g.edges)) throw bad(`graphs[${i}] lacks nodes or edges`);
    if (!Array.isArray(g.communities)) g.communities = [];
    if (typeof g.title !== 'string') g.title = g.kind;
    // A bundle written before graphs said what their nodes are: its three kinds did.
    if (!ENTITIES.includes(g.entity as Entity)) g.entity = OLDER_KINDS[g.kind];
    if (g.entity === undefined) throw bad(`graphs[${i}] does not say what its nodes are (entity)`);
    // Only the values the page draws by; anything else draws the graph undirected, by force.
    if (g.directed !== true) delete g.directed;
    if (g.layout !== 'years') delete g.layout;
  });

  const papers: Record<string, BundlePaper> = {};
  for (const [id, p] of entries(raw.papers)) {
    const authors = strings(p.authors);
    papers[id] = {
      title: text(p.title, id),
      authors,
      ...(typeof p.year === 'number' ? { year: p.year } : {}),
      ...(typeof p.date === 'string' ? { date: p.date } : {}),
      categories: strings(p.categories),
      hasCode: p.hasCode === true,
      sources: strings(p.sources),
      abstract: text(p.abstract),
      authorCount: typeof p.authorCount === 'number' ? p.authorCount : authors.length,
      authorsTruncated: p.authorsTruncated === true,
      ...(p.dateFrom === 'arxiv-id' ? { dateFrom: p.dateFrom } : {}),
      ...optionalTexts(p, ['venue', 'volume', 'issue', 'pages', 'url']),
      keywords: strings(p.keywords),
      indexKeywords: strings(p.indexKeywords),
      ...(count(p.citedBy) !== undefined ? { citedBy: count(p.citedBy) } : {}),
      // Only the linked kinds, only strings: id-links.ts checks each value's form again before linking.
      ids: optionalTexts(isRecord(p.ids) ? p.ids : {}, LINKED_KINDS),
      ...(count(p.localCitations) !== undefined ? { localCitations: count(p.localCitations) } : {}),
      ...(count(p.localReferences) !== undefined ? { localReferences: count(p.localReferences) } : {}),
      ...(Array.isArray(p.citingPapers) ? { citingPapers: strings(p.citingPapers) } : {}),
      ...(Array.isArray(p.cites) ? { cites: strings(p.cites) } : {}),
    };
  }
  const authors: Record<string, BundleAuthor> = {};
  for (const [id, a] of entries(raw.authors)) {
    authors[id] = {
      name: text(a.name, id),
      variants: strings(a.variants),
      paperIds: strings(a.paperIds),
      ...optionalTexts(a, ['orcid']),
      affiliations: strings(a.affiliations),
      countries: strings(a.countries),
      ambiguous: a.ambiguous === true,
    };
  }
  const terms: Record<string, BundleTerm> = {};
  for (const [id, t] of entries(raw.terms)) {
    terms[id] = {
      label: text(t.label, id),
      variants: strings(t.variants),
      occurrences: typeof t.occurrences === 'number' ? t.occurrences : strings(t.paperIds).length,
      papers: typeof t.papers === 'number' ? t.papers : strings(t.paperIds).length,
      paperIds: strings(t.paperIds),
    };
  }
  const references: Record<string, BundleReference> = {};
  for (const [key, r] of entries(raw.references)) {
    const paperIds = strings(r.paperIds);
    references[key] = {
      label: text(r.label, key),
      // Text only: id-links.ts checks the DOI's form again before it becomes a link.
      ...optionalTexts(r, ['doi', 'paperId']),
      citations: count(r.citations) ?? paperIds.length,
      paperIds,
    };
  }
  return { version: 1, ...timeOf(raw.time), ...overviewOf(raw.overview), papers, authors, terms, references, graphs: raw.graphs as ViewBundle['graphs'] };
}

/**
 * The bundle's time data when its lists are there (an older bundle has none: the page then offers
 * no Themes panel and marks no bursts); entries are drawn as text and numbers only.
 */
function timeOf(time: unknown): Pick<ViewBundle, 'time'> {
  if (!isRecord(time) || !Array.isArray(time.bursts) || !Array.isArray(time.themes) || !isRecord(time.evolution)) return {};
  const { slices, themes, links } = time.evolution;
  if (!Array.isArray(slices) || !Array.isArray(themes) || !Array.isArray(links)) return {};
  return { time: time as unknown as NonNullable<ViewBundle['time']> };
}

/**
 * The overview block when its parts have their shapes (an older bundle has none: no Overview
 * button); the plots draw names as text and numbers as numbers only.
 */
function overviewOf(overview: unknown): Pick<ViewBundle, 'overview'> {
  if (!isRecord(overview)) return {};
  const lists = ['years', 'topAuthors', 'topSources', 'documentTypes'].every((key) => Array.isArray(overview[key]));
  const optional = ['mostCited', 'mostCitedLocally'].every((key) => overview[key] === null || Array.isArray(overview[key]));
  const fits = ['lotka', 'collaboration'].every((key) => overview[key] === null || isRecord(overview[key]));
  const counts = ['papers', 'authors', 'sources', 'types', 'undated', 'untyped'].every((key) => typeof overview[key] === 'number');
  return lists && optional && fits && counts ? { overview: overview as unknown as NonNullable<ViewBundle['overview']> } : {};
}

/** The bundle carried in the page, unless the query names another one. */
function inlineBundleText(query: string): string | null {
  if (new URLSearchParams(query).get('bundle')) return null;
  return document.getElementById(INLINE_BUNDLE_ID)?.textContent ?? null;
}

function parseBundle(body: string, where: string): ViewBundle {
  let raw: unknown;
  try {
    raw = JSON.parse(body);
  } catch (error) {
    throw new BundleError(`The bundle at ${where} is not valid JSON (${(error as Error).message}).`, RUN_PIPELINE);
  }
  return checkBundle(raw, where);
}

export async function loadBundle(query: string, page: string): Promise<ViewBundle> {
  const inline = inlineBundleText(query);
  if (inline !== null) return parseBundle(inline, 'this page');
  const url = bundleLocation(query, page);
  const where = url.pathname.split('/').pop() || url.pathname;
  let response: Response;
  try {
    response = await fetch(url, { credentials: 'same-origin' });
  } catch (error) {
    // Browsers refuse fetch() from file://: only a page with the bundle inlined opens there.
    const hint = url.protocol === 'file:' ? FROM_FILE : RUN_PIPELINE;
    throw new BundleError(`Could not fetch ${where}: ${(error as Error).message}.`, hint);
  }
  if (!response.ok) {
    throw new BundleError(`No bundle at ${where} (HTTP ${response.status}).`, RUN_PIPELINE);
  }
  const body = await response.text();
  // A dev server's HTML fallback page is "found" but is not a bundle.
  if (/^\s*</.test(body)) throw new BundleError(`No bundle at ${where} (the server answered with a web page).`, RUN_PIPELINE);
  return parseBundle(body, where);
}
