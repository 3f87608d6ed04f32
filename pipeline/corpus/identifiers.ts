// Identifiers normalised so that every spelling of one names it once: "https://doi.org/10.1/ABC.",
// "doi:10.1/abc" and "10.1%2Fabc" are the DOI 10.1/abc; "arXiv:2101.00001v2", arxiv.org/pdf/…
// links and the arXiv DOI 10.48550/arXiv.2101.00001 are the arXiv id 2101.00001. A value that is
// not an identifier of its kind is no identifier at all (the corpus warns about it): merging on a
// wrong one would join different papers.
import type { IdentifierKind, Identifiers, SourceRecord, Warning } from '../model';

interface KindSpec {
  /** What one is called in a report ("DOI", "arXiv id"). */
  label: string;
  /** The canonical form of one value, or undefined when it is not one. */
  read: (value: string) => string | undefined;
  /** Web addresses that name one: the first group is the identifier. */
  url?: RegExp;
}

const ARXIV_DOI = /^10\.48550\/arxiv\./i;

/** Strongest first: a paper's id derives from the first kind it has. */
const KINDS: Record<IdentifierKind, KindSpec> = {
  doi: {
    label: 'DOI',
    read: (v) => {
      const doi = v.replace(/^(?:urn:|info:)?doi(?::|\/|\s)\s*/i, '').toLowerCase();
      return /^10\.\d{4,9}(?:\.\d+)*\/\S+$/.test(doi) ? doi : undefined;
    },
    url: /^(?:https?:\/\/)?(?:dx\.|www\.)?doi\.org\/(.+)$/i,
  },
  arxiv: {
    label: 'arXiv id',
    read: (v) => {
      const id = v
        .replace(/^(?:10\.48550\/)?arxiv[:.]\s*/i, '') // "arXiv:…", the arXiv DOI
        .replace(/\s*\[[^\]]*\]$/, '') // "arXiv:2101.00001 [cs.LG]"
        .replace(/[?#].*$/, '')
        .replace(/\.pdf$/i, '');
      const modern = /^(\d{4}\.\d{4,5})(?:v\d+)?$/.exec(id);
      if (modern) return modern[1];
      // Old style: archive[.subject class]/YYMMNNN; the subject class is not part of the id.
      const old = /^([a-z]+(?:-[a-z]+)*)(?:\.[a-z]{2})?\/(\d{7})(?:v\d+)?$/i.exec(id);
      return old ? `${old[1]!.toLowerCase()}/${old[2]}` : undefined;
    },
    url: /^(?:https?:\/\/)?(?:www\.|export\.)?arxiv\.org\/(?:abs|pdf|html)\/(.+)$/i,
  },
  pmid: {
    label: 'PMID',
    read: (v) => {
      const digits = /^(?:pmid:?\s*)?(\d{1,9})$/i.exec(v)?.[1];
      return digits === undefined || /^0+$/.test(digits) ? undefined : String(Number(digits));
    },
    url: /^(?:https?:\/\/)?(?:pubmed\.ncbi\.nlm\.nih\.gov|(?:www\.)?ncbi\.nlm\.nih\.gov\/pubmed)\/(\d+)/i,
  },
  pmcid: {
    label: 'PMCID',
    read: (v) => {
      const digits = /^(?:pmcid:?\s*)?(?:pmc)?(\d{1,9})$/i.exec(v)?.[1];
      return digits === undefined ? undefined : `PMC${digits}`;
    },
    // OpenAlex writes the number alone (…/pmc/articles/6258996), which PMC's site resolves as PMC6258996.
    url: /^(?:https?:\/\/)?(?:pmc\.ncbi\.nlm\.nih\.gov|(?:www\.)?ncbi\.nlm\.nih\.gov\/pmc)\/articles\/((?:pmc)?\d+)(?:[/?#]|$)/i,
  },
  wos: {
    label: 'Web of Science UT',
    read: (v) => {
      const ut = v.replace(/\s+/g, '').toUpperCase();
      if (/^[A-Z]{2,10}:[A-Z0-9]{6,}$/.test(ut)) return ut; // WOS:…, MEDLINE:…, other Web of Science databases
      return /^[A-Z0-9]{15}$/.test(ut) ? `WOS:${ut}` : undefined;
    },
    url: /webofscience\.com\/wos\/[a-z]+\/full-record\/([a-z]+:[a-z0-9]+)/i,
  },
  eid: {
    label: 'Scopus EID',
    read: (v) => /^2-s2\.0-\d{6,}$/i.exec(v)?.[0].toLowerCase(),
    url: /scopus\.com\/.*[?&]eid=(2-s2\.0-\d+)/i,
  },
  openalex: {
    label: 'OpenAlex id',
    read: (v) => {
      const id = /^w\d+$/i.exec(v)?.[0];
      return id?.toUpperCase();
    },
    url: /^(?:https?:\/\/)?(?:api\.)?openalex\.org\/(?:works\/)?(w\d+)$/i,
  },
  lens: {
    label: 'Lens id',
    read: (v) => /^\d{3}-\d{3}-\d{3}-\d{3}-\d{3}$/.exec(v.replace(/\s+/g, ''))?.[0],
    url: /lens\.org\/lens\/scholar\/article\/(\d{3}-\d{3}-\d{3}-\d{3}-\d{3})/i,
  },
  dimensions: {
    label: 'Dimensions id',
    read: (v) => /^pub\.\d{6,}$/i.exec(v.trim())?.[0].toLowerCase(),
    url: /app\.dimensions\.ai\/details\/publication\/(pub\.\d+)/i,
  },
};

export const IDENTIFIER_KINDS = Object.keys(KINDS) as readonly IdentifierKind[];

export function identifierLabel(kind: IdentifierKind): string {
  return KINDS[kind].label;
}

/**
 * One identifier as a source gives it, normalised; the arXiv DOI is read as the arXiv id it
 * names. Undefined when the value is not an identifier of that kind.
 */
export function readIdentifier(kind: IdentifierKind, raw: string): { kind: IdentifierKind; value: string } | undefined {
  const text = stripBrackets(decodeUrl(raw.trim()));
  const link = KINDS[kind].url?.exec(text)?.[1]; // "https://doi.org/10.…", a PubMed link in a PMID column
  const value = KINDS[kind].read(link ?? text);
  if (kind === 'doi' && value && ARXIV_DOI.test(value)) {
    const arxiv = KINDS.arxiv.read(value);
    return arxiv ? { kind: 'arxiv', value: arxiv } : undefined;
  }
  return value ? { kind, value } : undefined;
}

/** The identifiers a web address names (doi.org, arxiv.org, PubMed, OpenAlex, … links); none for others. */
export function identifiersInUrl(url: string): Identifiers {
  const found = IDENTIFIER_KINDS.filter((kind) => KINDS[kind].url?.test(url.trim())).map((kind) => readIdentifier(kind, url));
  return unionIdentifiers(found.map((f) => (f ? { [f.kind]: f.value } : {})));
}

/**
 * A record's identifiers, normalised. A field of a kind wins over an identifier read from another
 * kind's field (the arXiv DOI), which wins over one its URL names. Values that are no identifier
 * of their kind are warnings, so a wrong DOI is neither silent nor merged on.
 */
export function recordIdentifiers(record: SourceRecord): { ids: Identifiers; warnings: Warning[] } {
  if (!record.ids && !record.url) return { ids: {}, warnings: [] };
  const own: Identifiers = {};
  const other: Identifiers = {};
  const warnings: Warning[] = [];
  for (const kind of IDENTIFIER_KINDS) {
    const raw = record.ids?.[kind];
    if (raw === undefined) continue;
    const found = readIdentifier(kind, raw);
    if (!found) warnings.push({ source: record.source, field: kind, value: raw.slice(0, 200), reason: `not a ${KINDS[kind].label}: not used to merge` });
    else (found.kind === kind ? own : other)[found.kind] ??= found.value;
  }
  return { ids: unionIdentifiers([own, other, record.url ? identifiersInUrl(record.url) : {}]), warnings };
}

/** One value per kind, the first list's that has one, in the order of kinds (so output is stable). */
export function unionIdentifiers(lists: readonly Identifiers[]): Identifiers {
  const ids: Identifiers = {};
  for (const kind of IDENTIFIER_KINDS) {
    const value = lists.find((l) => l[kind] !== undefined)?.[kind];
    if (value !== undefined) ids[kind] = value;
  }
  return ids;
}

/**
 * Quotes, brackets and sentence punctuation around a value ("(doi:10.1/abc);"); a closing bracket
 * only when it closes nothing inside, since DOIs hold brackets.
 */
function stripBrackets(value: string): string {
  let text = value.replace(/^["'<(\[]+/, '');
  const unbalanced = (close: string, open: string) => text.endsWith(close) && text.split(close).length > text.split(open).length;
  for (let before = ''; before !== text; ) {
    before = text;
    text = text.replace(/[\s"'.,;:]+$/, '');
    if (unbalanced(')', '(') || unbalanced(']', '[') || unbalanced('>', '<')) text = text.slice(0, -1);
  }
  return text;
}

/** "10.1000%2Fabc" → "10.1000/abc"; a value that is not valid percent-encoding is left as it is. */
function decodeUrl(value: string): string {
  if (!/%[0-9a-f]{2}/i.test(value)) return value;
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
