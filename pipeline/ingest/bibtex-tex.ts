// Raw TeX field values → text, through @retorquere/bibtex-parser (the parser behind Better BibTeX
// for Zotero's imports): accents ({\"o} → ö, \'{e} → é), symbols, math ($\alpha$ → α, H$_2$O →
// H₂O), ligatures (-- → –) and braces resolved, and name lists split into their parts. The
// syntax is bibtex-syntax.ts's, so the parser is only handed values that are already whole.
//
// Its reading is TeX's, which exporters do not all write: Scopus leaves "%", "&", "#", "<" and ">"
// unescaped, and TeX would take "%" for a comment and set "<" as "¡". Those characters therefore
// mean themselves here, and so does a "$" that has no partner. A value with no TeX in it is not
// handed to the parser at all: most database exports are plain text, and the parser costs about
// 3 µs a character.
import { type Creator, parse } from '@retorquere/bibtex-parser';

export interface TexProblem {
  /** The request's name. */
  name: string;
  message: string;
}

export interface Decoded {
  texts: Map<string, string>;
  /** The names of the `names` request, in order. */
  names: Creator[];
  problems: TexProblem[];
}

/** What TeX makes something of: commands, groups, math, ties, and the ligatures ``  '' ?` !` (dashes are read here). */
const TEX = /[\\{}$~]|``|''|[?!]`/;
/** A group that is no command's argument ("{DNA}", Web of Science's "{[}"), and the escaped specials ("\&"). */
const BARE_GROUP = /(\\[A-Za-z]+\s*|\\.)?\{([^\\{}$]*)\}/g;
const ESCAPED = /\\([&%$#_{}])/g;
/** Where the parser's own markup (<i>, <span class="nocase">, <a href=…>) goes; "<" and ">" of the text wait behind stand-ins meanwhile. */
const MARKUP = /<\/?[a-z][^>]*>/g;
const [LT, GT] = ['\ufdd0', '\ufdd1'];
const OPTIONS = { sentenceCase: false } as const;

/**
 * Decodes `texts` (name → raw TeX) and, when given, one name list, in one pass of the parser.
 * Never throws: a value the parser cannot read is kept as written, minus its braces, and said so.
 */
export function decodeTex(texts: ReadonlyMap<string, string>, names?: string): Decoded {
  const result: Decoded = { texts: new Map(), names: [], problems: [] };
  const tex = new Map<string, string>();
  for (const [name, value] of texts) {
    const raw = unwrap(value);
    const plain = plainText(raw);
    if (plain !== undefined) result.texts.set(name, plain);
    else tex.set(name, raw);
  }
  if (tex.size === 0 && names === undefined) return result;
  const fields = [...tex.entries()];
  const parsed = parseFields(fields.map(([, raw]) => raw), names);
  if (parsed) {
    fields.forEach(([name], i) => result.texts.set(name, finish(parsed.fields[`f${i}`])));
    result.names = parsed.names.map(cleanCreator);
    for (const message of parsed.warnings) result.problems.push({ name: blame(message, fields, names), message });
    return result;
  }
  // Something in one of them stops the parser: each is tried alone, and the one that fails is kept as written.
  fields.forEach(([name, raw]) => {
    const alone = parseFields([raw]);
    result.texts.set(name, alone ? finish(alone.fields.f0) : collapse(raw.replace(/[{}]/g, '')));
    if (!alone) result.problems.push({ name, message: 'TeX the parser cannot read: kept as written' });
    else for (const message of alone.warnings) result.problems.push({ name, message });
  });
  if (names !== undefined) {
    const alone = parseFields([], names);
    if (alone) result.names = alone.names.map(cleanCreator);
    else result.problems.push({ name: 'author', message: 'a name list the parser cannot read: not read' });
  }
  return result;
}

interface Parsed {
  fields: Record<string, unknown>;
  names: Creator[];
  warnings: string[];
}

function parseFields(values: readonly string[], names?: string): Parsed | undefined {
  const prepared = [...values, ...(names === undefined ? [] : [names])].map(prepare);
  // A value must close every brace it opens, as the parser counts them, or it would run into the next.
  if (!prepared.every(balanced)) return undefined;
  const body = prepared.map((value, i) => `${i < values.length ? `f${i}` : 'author'} = {${value}}`);
  let library: ReturnType<typeof parse>;
  try {
    library = parse(`@misc{citegraph,\n${body.join(',\n')}\n}`, OPTIONS);
  } catch {
    return undefined;
  }
  const entry = library.entries[0];
  // An error that is not about a TeX command means the parser lost the entry's structure.
  if (!entry || library.errors.some((e) => !/^unhandled /.test(e.error))) return undefined;
  return { fields: entry.fields, names: entry.fields.author ?? [], warnings: library.errors.map((e) => e.error) };
}

/** The characters that mean themselves in database exports, escaped for TeX. */
function prepare(raw: string): string {
  const dollars = (raw.match(/(?<!\\)(?:\\\\)*\$/g) ?? []).length;
  return raw.replace(/\\(?:\\|[^\\])|\\$|([%&#<>$])/g, (m, c: string | undefined) => {
    // A control space ("et al.\ "), a backslash that ends the value, an escape kept as it is.
    if (c === undefined) return /^\\\s$/.test(m) ? ' ' : m === '\\' ? '\\textbackslash{}' : m;
    if (c === '<') return LT;
    if (c === '>') return GT;
    return c === '$' && dollars % 2 === 0 ? c : `\\${c}`;
  });
}

function finish(value: unknown): string {
  const text = typeof value === 'string' ? value : '';
  return collapse(
    text
      .replace(MARKUP, (tag) => (/^<(?:br|p|li)\b/.test(tag) ? ' ' : ''))
      .replaceAll(LT, '<')
      .replaceAll(GT, '>')
      // \"{\i}: a dotless i under an accent is the accented i.
      .replace(/[ıȷ](?=\p{M})/gu, (c) => (c === 'ı' ? 'i' : 'j'))
      .normalize('NFC'),
  );
}

/** The text of a value whose only TeX is case-protecting braces and escaped specials; undefined for any other. */
export function plainText(raw: string): string | undefined {
  let text = raw;
  for (let before = ''; before !== text; ) {
    before = text;
    text = text.replace(BARE_GROUP, (group, command: string | undefined, inner: string) => (command === undefined ? inner : group));
  }
  if (TEX.test(text.replace(ESCAPED, ''))) return undefined;
  return collapse(text.replace(ESCAPED, '$1').replaceAll('---', '—').replaceAll('--', '–'));
}

/** Are the braces balanced, escaped ones ("\\{") aside, as the parser reads them? */
function balanced(text: string): boolean {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\\') i++;
    else if (c === '{') depth++;
    else if (c === '}' && --depth < 0) return false;
  }
  return depth === 0;
}

/** "{{Title}}" → "Title": braces around the whole value only protect its case (Web of Science writes every value so). */
export function unwrap(raw: string): string {
  let text = raw.trim();
  while (text.startsWith('{') && text.endsWith('}') && closes(text) === text.length - 1) text = text.slice(1, -1).trim();
  return text;
}

/** Where the brace opening the text is closed. */
function closes(text: string): number {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '{') depth++;
    else if (text[i] === '}' && --depth === 0) return i;
  }
  return -1;
}

/** A name's parts, finished like any other text. */
function cleanCreator(creator: Creator): Creator {
  return Object.fromEntries(Object.entries(creator).map(([k, v]) => [k, typeof v === 'string' ? finish(v) : v])) as Creator;
}

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** The request a parser warning is about: the first whose raw text holds the command it names. */
function blame(message: string, fields: readonly [string, string][], names?: string): string {
  const command = /\\[A-Za-z]+|\\./.exec(message)?.[0];
  if (command !== undefined && names?.includes(command)) return 'author';
  return fields.find(([, raw]) => command !== undefined && raw.includes(command))?.[0] ?? '';
}
