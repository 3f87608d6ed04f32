// The values of one table row (a CSV row's cells, a JSON object's members), found by column name
// or by a dotted path of keys, with names matched ignoring case and separators ("Source title",
// "source_title" and "sourceTitle" are one name). And the kinds of value a field may take: a
// field reads only values of its kind, so an object or a list of numbers is never read as text.

export type Row = Readonly<Record<string, unknown>>;

export function normaliseKey(key: string): string {
  return key.toLowerCase().replace(/[^a-z0-9]/g, '');
}

export function isPlainObject(value: unknown): value is Row {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export class Cells {
  private readonly top: Map<string, unknown>;

  constructor(readonly row: Row) {
    this.top = indexKeys(row);
  }

  /** The normalised names of the row's columns or keys. */
  keys(): ReadonlySet<string> {
    return new Set(this.top.keys());
  }

  /**
   * The value of a column ("Art. No.", "authorships.author.display_name" in a CSV) or, when no
   * column has that name, at a dotted path of keys ("primary_location.source.display_name"). A
   * path through a list gives the list of what each element holds there: "keywords.display_name"
   * of [{display_name: "a"}, {display_name: "b"}] is ["a", "b"].
   */
  at(path: string): unknown {
    const whole = this.top.get(normaliseKey(path));
    if (whole !== undefined || !path.includes('.')) return whole;
    const [first, ...rest] = path.split('.');
    return descend(this.top.get(normaliseKey(first!)), rest);
  }
}

function descend(value: unknown, keys: readonly string[]): unknown {
  if (keys.length === 0) return value;
  if (Array.isArray(value)) return value.map((v) => descend(v, keys));
  if (!isPlainObject(value)) return undefined;
  return descend(indexKeys(value).get(normaliseKey(keys[0]!)), keys.slice(1));
}

/** An object's members by normalised key; of names that normalise alike, the first with a value. */
export function indexKeys(obj: Row): Map<string, unknown> {
  const map = new Map<string, unknown>();
  for (const [k, v] of Object.entries(obj)) {
    const key = normaliseKey(k);
    if (!map.has(key) || !hasValue(map.get(key))) map.set(key, v);
  }
  return map;
}

export function hasValue(v: unknown): boolean {
  return v !== undefined && v !== null && !(typeof v === 'string' && v.trim() === '');
}

/** A string, trimmed, or a number; undefined for anything else, and for blank text. */
export function textOf(v: unknown): string | undefined {
  if (typeof v === 'string') return v.trim() || undefined;
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  return undefined;
}

/** Numbers, or numeric strings ("7", "1,234", "12.0"). */
export function countOf(v: unknown): number | undefined {
  if (typeof v === 'number') return Number.isFinite(v) && v >= 0 ? v : undefined;
  const s = textOf(v)?.replace(/,/g, '');
  return s !== undefined && /^\d+(?:\.0+)?$/.test(s) ? Number(s) : undefined;
}

/** The parts of a list cell, trimmed, blanks dropped. */
export function splitCell(text: string, separator: RegExp | string): string[] {
  return text
    .split(separator)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

/** Distinct values in first-seen order. */
export function distinct(values: readonly string[]): string[] {
  return [...new Set(values)];
}

/** What a value that no field may take is, for a warning: "an object", "a list of numbers". */
export function kindOf(v: unknown): string {
  if (Array.isArray(v)) {
    const kinds = distinct(v.filter((x) => x !== null).map((x) => (Array.isArray(x) ? 'lists' : isPlainObject(x) ? 'objects' : `${typeof x}s`)));
    return kinds.length === 0 ? 'an empty list' : `a list of ${kinds.join(' and ')}`;
  }
  return isPlainObject(v) ? 'an object' : `a ${typeof v}`;
}
