// VOSviewer Online's load rules, as its loader applies them (src/workers/worker.js and
// src/utils/errors.js of neesjanvaneck/VOSviewer-Online, read for this checker): a JSON map or a
// map/network file pair is refused for fewer than 3 items, a missing id or label, empty or
// duplicate ids, x/y that are not numbers, weights that are not non-negative numbers, scores
// that are neither numbers nor null, clusters outside 1..1000, all items on one spot, links to
// unknown ids or with negative strength. Values are typed as the loader types them (numeric
// text → number, "" → null) and every item gets every key another item has (null where absent).
// Also what it draws: each item's cluster colour and each cluster's legend label.
import Papa from 'papaparse';

type Value = string | number | boolean | null | undefined;
type Item = Record<string, Value>;

/** Colours VOSviewer uses without `config.color_schemes.cluster_colors`, and for no cluster. */
const DEFAULT_COLORS = ['#d62728', '#2ca02c', '#1f77b4', '#bcbd22', '#9467bd', '#17becf', '#ff7f0e', '#8c564b', '#e377c2', '#ff9896', '#98df8a', '#aec7e8', '#dbdb8d', '#c5b0d5', '#9edae5', '#ffbb78', '#c49c94', '#f7b6d2'];
const NO_CLUSTER = '#bfbfbf';

export interface VosLoad {
  error?: string;
  items: Item[];
  links: [Value, Value, Value][];
  /** Item id → the colour VOSviewer gives its cluster. */
  colors: Map<Value, string>;
  /** Cluster → the legend's label. */
  legend: Map<number, string>;
}

function transformed(item: Record<string, unknown>): Item {
  const out: Item = {};
  for (const [key, value] of Object.entries(item)) {
    let v = value as Value;
    if (typeof v === 'string') {
      const t = v.trim();
      if (t === '' || t.toLowerCase() === 'null' || t.toLowerCase() === 'nan') v = null;
      else if (!Number.isNaN(Number(t))) v = Number(t);
    }
    out[/weight|score/i.test(key) ? key : key.toLowerCase()] = v;
  }
  return out;
}

function withPrototype(items: Item[]): { items: Item[]; fields: string[] } {
  const fields = [...new Set(items.flatMap((i) => Object.keys(i)))];
  return { items: items.map((i) => ({ ...Object.fromEntries(fields.map((f) => [f, null])), ...i })), fields };
}

const isNumber = (v: Value): v is number => typeof v === 'number' && !Number.isNaN(v);

function itemError(items: Item[], fields: string[], hasLinks: boolean): string | undefined {
  if (items.length < 3) return 'less than three items';
  if (!fields.includes('id') && !fields.includes('label')) return 'id and label missing';
  if (hasLinks && !fields.includes('id')) return 'id missing';
  if (!hasLinks && (!fields.includes('x') || !fields.includes('y'))) return 'x and y missing';
  if (fields.includes('id') && items.some((i) => i.id === undefined || i.id === null || i.id === '')) return 'id empty';
  if (fields.includes('id') && new Set(items.map((i) => i.id)).size !== items.length) return 'id not unique';
  if (items.some((i) => i.x !== undefined && i.y !== undefined && (!isNumber(i.x) || !isNumber(i.y)))) return 'x or y not a number';
  const weights = fields.filter((f) => /weight/i.test(f));
  if (items.some((i) => weights.some((w) => !isNumber(i[w]!) || (i[w] as number) < 0))) return 'weight not a non-negative number';
  const scores = fields.filter((f) => /score/i.test(f));
  if (items.some((i) => scores.some((s) => i[s] !== null && !isNumber(i[s]!)))) return 'score not a number';
  if (items.some((i) => i.cluster !== undefined && i.cluster !== null && (!Number.isInteger(i.cluster) || (i.cluster as number) <= 0 || (i.cluster as number) > 1000))) return 'cluster not an integer in 1..1000';
  if (fields.includes('x') && fields.includes('y') && items.every((i) => i.x === items[0]!.x) && items.every((i) => i.y === items[0]!.y)) return 'items all at the same coordinates';
  return undefined;
}

function linkError(links: [Value, Value, Value][], items: Item[]): string | undefined {
  const ids = new Set(items.map((i) => i.id));
  if (links.some(([s, t]) => s === undefined || t === undefined || (items.length > 0 && (!ids.has(s) || !ids.has(t))))) return 'link to an unknown id';
  if (links.some(([, , strength]) => typeof strength === 'number' && strength < 0)) return 'negative link strength';
  return undefined;
}

/** The colours by VOSviewer's ordinal scale: the k-th cluster present takes the k-th colour. */
function colorsOf(items: Item[], custom: { cluster: number; color: string }[] = []): Map<Value, string> {
  const palette = [...DEFAULT_COLORS];
  for (const { cluster, color } of custom) palette[cluster - 1] = color;
  const present = [...new Set(items.map((i) => i.cluster).filter((c) => c !== null && c !== undefined))].sort((a, b) => (a as number) - (b as number));
  const domain = new Map<Value, string>(present.slice(0, palette.length).map((c, k) => [c, palette[k]!]));
  return new Map(items.map((i) => [i.id, domain.get(i.cluster) ?? NO_CLUSTER]));
}

function legendOf(items: Item[], labels: { cluster: number; label: string }[] = []): Map<number, string> {
  const named = new Map(labels.map((c) => [c.cluster, c.label]));
  const present = [...new Set(items.map((i) => i.cluster).filter((c): c is number => typeof c === 'number'))];
  return new Map(present.map((c) => [c, named.get(c) ?? `Cluster ${c}`]));
}

/** Loads a JSON map as VOSviewer Online does. */
export function loadVosviewerJson(text: string): VosLoad {
  const data = JSON.parse(text) as {
    network?: { items?: Record<string, unknown>[]; links?: Record<string, Value>[]; clusters?: { cluster: number; label: string }[] };
    config?: { color_schemes?: { cluster_colors?: { cluster: number; color: string }[] } };
  };
  const raw = (data.network?.items ?? []).map(({ weights, scores, ...rest }) => ({
    ...rest,
    ...Object.fromEntries(Object.entries((weights as Record<string, unknown>) ?? {}).map(([k, v]) => [`weight<${k}>`, v])),
    ...Object.fromEntries(Object.entries((scores as Record<string, unknown>) ?? {}).map(([k, v]) => [`score<${k}>`, v])),
  }));
  const { items, fields } = withPrototype(raw.map(transformed));
  const rawLinks = data.network?.links ?? [];
  const links = rawLinks.map((l): [Value, Value, Value] => [l.source_id, l.target_id, l.strength]);
  const linkFields = new Set(rawLinks.flatMap((l) => Object.keys(l)));
  const error =
    (items.length ? itemError(items, fields, links.length > 0) : undefined) ??
    (links.length && !linkFields.has('source_id') ? 'source_id missing' : undefined) ??
    (links.length && !linkFields.has('target_id') ? 'target_id missing' : undefined) ??
    linkError(links, items);
  return { ...(error ? { error } : {}), items, links, colors: colorsOf(items, data.config?.color_schemes?.cluster_colors), legend: legendOf(items, data.network?.clusters) };
}

/** Loads a map file and a network file as VOSviewer Online does (papaparse, tab among the guessed delimiters). */
export function loadVosviewerMapNetwork(mapText: string, networkText: string): VosLoad {
  const map = Papa.parse<Record<string, string>>(mapText, { header: true, delimitersToGuess: ['\t', ';', ','] });
  if (map.errors.some((e) => e.type === 'Quotes')) return { error: 'incorrect use of quotes', items: [], links: [], colors: new Map(), legend: new Map() };
  // The loader drops an empty last line and its "too few fields" error.
  const last = map.data.length - 1;
  const emptyLast = last >= 0 && map.errors.some((e) => e.row === last && e.code === 'TooFewFields');
  const rows = emptyLast ? map.data.slice(0, last) : map.data;
  const errors = map.errors.filter((e) => !(emptyLast && e.row === last));
  const fields = map.meta.fields ?? [];
  const duplicate = fields.some((f, i) => fields.indexOf(f) !== i);
  const items = rows.map(transformed);
  const network = Papa.parse<Value[]>(networkText, { header: false, delimitersToGuess: ['\t', ';', ','], dynamicTyping: true });
  const links = network.data.filter((l) => !(l.length === 1 && (l[0] === '' || l[0] === null))).map((l): [Value, Value, Value] => [l[0], l[1], l[2]]);
  const widths = new Set(network.data.filter((l) => l.length > 1).map((l) => l.length));
  const error =
    (duplicate ? 'a column given twice' : undefined) ??
    (errors.some((e) => e.type === 'FieldMismatch') ? 'rows of different lengths' : undefined) ??
    itemError(items, fields.map((f) => (/weight|score/i.test(f) ? f : f.toLowerCase())), true) ??
    ([...widths].some((w) => w < 2 || w > 3) || widths.size > 1 ? 'network file not of 2 or 3 columns' : undefined) ??
    linkError(links, items);
  return { ...(error ? { error } : {}), items, links, colors: colorsOf(items), legend: legendOf(items) };
}
