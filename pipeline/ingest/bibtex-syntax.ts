// BibTeX's syntax, read the way BibTeX itself reads it: `@type{key, name = value # value, …}`
// (or with parentheses), a value being `{…}` with balanced braces, `"…"`, a number or an
// @string macro. Field values come out as raw TeX, concatenated and with macros expanded;
// turning TeX into text is bibtex-tex.ts's job.
//
// This is stricter than nothing and looser than the TeX-level parsers: as in BibTeX, a key or a
// field name may hold any character but the delimiters (Scopus writes keys with "’", Web of
// Science the field `Usage-Count-(Last-180-days)`), and braces are all that is counted in a
// value ("$" and "%" mean nothing to BibTeX). Outside entries, "%" starts a comment to the end of
// the line (so "% @article{…" is commented out, as people mean it); any other text there is
// reported, since BibTeX would silently skip it.
import { MONTH_NAMES } from './dates';

/** One field as written: its value in raw TeX, and the line its value starts on. */
export interface RawField {
  value: string;
  line: number;
}

export type BibItem =
  | { kind: 'entry'; type: string; key: string; fields: Map<string, RawField>; line: number; endLine: number; notes: BibNote[]; text: string }
  /** An @string, @comment or @preamble: read (the macros) or passed over, and no paper. */
  | { kind: 'directive'; line: number; endLine: number }
  /** Text outside any entry that is not a "%" comment. */
  | { kind: 'stray'; line: number; endLine: number; text: string }
  | { kind: 'broken'; line: number; endLine: number; reason: string; text: string };

/** Something doubtful in an entry that was read all the same. */
export interface BibNote {
  line: number;
  field: string;
  value: string;
  reason: string;
}

/** BibTeX's standard styles define the months' macros (jan → January); keys are lower case, as macro names are compared. */
const STANDARD_MACROS: readonly [string, string][] = MONTH_NAMES.map((month) => [month.slice(0, 3).toLowerCase(), month]);

/** The @string macros of one file, in the order they are defined. */
export class BibMacros {
  private readonly values = new Map<string, string>(STANDARD_MACROS);

  get(name: string): string | undefined {
    return this.values.get(name.toLowerCase());
  }

  set(name: string, value: string): void {
    this.values.set(name.toLowerCase(), value);
  }
}

class BibSyntaxError extends Error {}

/** An "@" that starts something: a name, then its opening delimiter (@comment needs none). */
const DIRECTIVE = /@[ \t]*([A-Za-z][^\s{}()@,="#%]*)[ \t]*/y;
/** What ends a key, field name or macro name; the entry's closing ")" too, when it has one. */
const NAME_END = /[\s=,{}"#%]/;

/**
 * Reads the items of a block of text whose first character is on line `firstLine` (1-based).
 * `macros` are updated by its @string definitions and used for its fields.
 */
export function readBibBlock(text: string, firstLine: number, macros: BibMacros): BibItem[] {
  return new BlockReader(text, firstLine, macros).items();
}

class BlockReader {
  private pos = 0;
  /** Offsets of the line breaks, for turning offsets into lines. */
  private readonly breaks: number[] = [];

  constructor(
    private readonly text: string,
    private readonly firstLine: number,
    private readonly macros: BibMacros,
  ) {
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) this.breaks.push(i);
  }

  items(): BibItem[] {
    const items: BibItem[] = [];
    while (this.pos < this.text.length) {
      const at = this.skipOutside(items);
      if (at === undefined) break;
      items.push(this.item(at));
    }
    return items;
  }

  /** Passes over text up to the next "@" that starts something (a stray item for text that is no comment): its offset. */
  private skipOutside(items: BibItem[]): number | undefined {
    const { text } = this;
    let strayFrom: number | undefined;
    let strayTo = 0;
    let found: number | undefined;
    while (this.pos < text.length) {
      const c = text[this.pos]!;
      if (c === '%') {
        const eol = text.indexOf('\n', this.pos);
        this.pos = eol === -1 ? text.length : eol;
      } else if (c === '@' && this.startsDirective(this.pos)) {
        found = this.pos;
        break;
      } else {
        if (!/\s/.test(c)) {
          strayFrom ??= this.pos;
          strayTo = this.pos + 1;
        }
        this.pos++;
      }
    }
    if (strayFrom !== undefined) {
      items.push({ kind: 'stray', line: this.lineAt(strayFrom), endLine: this.lineAt(strayTo - 1), text: text.slice(strayFrom, strayTo) });
    }
    return found;
  }

  private startsDirective(at: number): boolean {
    DIRECTIVE.lastIndex = at;
    const m = DIRECTIVE.exec(this.text);
    if (!m) return false;
    const next = this.text[at + m[0].length];
    return next === '{' || next === '(' || m[1]!.toLowerCase() === 'comment';
  }

  /** The item whose "@" is at `at`; a syntax error makes the rest of the block one broken item. */
  private item(at: number): BibItem {
    DIRECTIVE.lastIndex = at;
    const m = DIRECTIVE.exec(this.text)!;
    const type = m[1]!.toLowerCase();
    this.pos = at + m[0].length;
    const line = this.lineAt(at);
    try {
      if (type === 'comment') {
        this.skipComment();
        return { kind: 'directive', line, endLine: this.lineAt(this.pos - 1) };
      }
      const open = this.text[this.pos]!;
      const close = open === '(' ? ')' : '}';
      if (type === 'preamble') {
        this.balanced(open, close, '@preamble');
        return { kind: 'directive', line, endLine: this.lineAt(this.pos - 1) };
      }
      this.pos++;
      if (type === 'string') {
        this.fields(close, (name, field) => this.macros.set(name, field.value), []);
        return { kind: 'directive', line, endLine: this.lineAt(this.pos - 1) };
      }
      return this.entry(type, close, at);
    } catch (error) {
      if (!(error instanceof BibSyntaxError)) throw error;
      const end = this.text.trimEnd().length;
      const reason = `${error.message}; the entry is not read`;
      this.pos = this.text.length;
      return { kind: 'broken', line, endLine: this.lineAt(end - 1), reason, text: this.text.slice(at, end) };
    }
  }

  private entry(type: string, close: string, at: number): BibItem {
    this.skipSpace();
    const keyStart = this.pos;
    while (this.pos < this.text.length && !/[\s,]/.test(this.text[this.pos]!) && this.text[this.pos] !== close) this.pos++;
    const key = this.text.slice(keyStart, this.pos);
    this.skipSpace();
    const fields = new Map<string, RawField>();
    const notes: BibNote[] = [];
    if (this.text[this.pos] === ',') {
      this.pos++;
      this.fields(
        close,
        (name, field) => {
          if (fields.has(name)) notes.push({ line: field.line, field: name, value: field.value, reason: `repeated field "${name}": the first is kept` });
          else fields.set(name, field);
        },
        notes,
      );
    } else if (this.text[this.pos] === close) this.pos++;
    else throw this.expected(`"," after the key "${key}"`);
    return { kind: 'entry', type, key, fields, line: this.lineAt(at), endLine: this.lineAt(this.pos - 1), notes, text: this.text.slice(at, this.pos) };
  }

  /** `name = value` pairs up to the closing delimiter (consumed); a trailing comma is allowed. */
  private fields(close: string, take: (name: string, field: RawField) => void, notes: BibNote[]): void {
    for (;;) {
      this.skipSpace(true);
      if (this.text[this.pos] === close) {
        this.pos++;
        return;
      }
      const name = this.name(close);
      if (name === '') throw this.expected(`a field name or "${close}"`);
      this.skipSpace();
      if (this.text[this.pos] !== '=') throw this.expected(`"=" after the field name "${name}"`);
      this.pos++;
      this.skipSpace(true);
      const line = this.lineAt(this.pos);
      take(name.toLowerCase(), { value: this.value(name, close, notes), line });
      this.skipSpace(true);
      const c = this.text[this.pos];
      // A value that took in the rest of the entry opened a brace it never closed.
      if (c === undefined) throw new BibSyntaxError(`the value of the field "${name}" (line ${line}) runs to the end of the entry: its braces do not balance`);
      if (c === ',') this.pos++;
      else if (c !== close) {
        // A missing comma before the next `name =`: read on, as the intent is plain.
        if (!this.atFieldStart(close)) throw this.expected(`"," or "${close}" after the field "${name}"`);
        notes.push({ line: this.lineAt(this.pos), field: name.toLowerCase(), value: '', reason: `a "," is missing after the field "${name}": read as if it were there` });
      }
    }
  }

  private atFieldStart(close: string): boolean {
    const start = this.pos;
    const name = this.name(close);
    this.pos = start;
    return name !== '' && /^\s*=/.test(this.text.slice(start + name.length, start + name.length + 100));
  }

  /** value ("#" value)*: the parts' raw TeX, concatenated. */
  private value(field: string, close: string, notes: BibNote[]): string {
    let value = '';
    for (;;) {
      value += this.part(field, close, notes);
      this.skipSpace(true);
      if (this.text[this.pos] !== '#') return value;
      this.pos++;
      this.skipSpace(true);
    }
  }

  private part(field: string, close: string, notes: BibNote[]): string {
    const c = this.text[this.pos];
    if (c === '{') return this.balanced('{', '}', `the field "${field}"`);
    if (c === '"') return this.quoted(field);
    const start = this.pos;
    const name = this.name(close);
    if (name === '') throw this.expected(`a value for the field "${field}"`);
    if (/^\d+$/.test(name)) return name;
    const value = this.macros.get(name);
    if (value !== undefined) return value;
    notes.push({ line: this.lineAt(start), field: field.toLowerCase(), value: name, reason: `no @string defines "${name}": its name is read as the text` });
    return name;
  }

  /** From an opening brace or parenthesis to its match (consumed): what is between. Braces nest, as BibTeX counts them. */
  private balanced(open: string, close: string, what: string): string {
    const start = this.pos;
    let depth = 0;
    for (; this.pos < this.text.length; this.pos++) {
      const c = this.text[this.pos];
      if (c === open) depth++;
      else if (c === close && --depth === 0) return this.text.slice(start + 1, this.pos++);
    }
    throw new BibSyntaxError(`the "${open}" of ${what} (line ${this.lineAt(start)}) is never closed`);
  }

  /** A "…" value: it ends at a quote outside braces. */
  private quoted(field: string): string {
    const start = this.pos++;
    let depth = 0;
    for (; this.pos < this.text.length; this.pos++) {
      const c = this.text[this.pos];
      if (c === '{') depth++;
      else if (c === '}') depth--;
      else if (c === '"' && depth <= 0) return this.text.slice(start + 1, this.pos++);
    }
    throw new BibSyntaxError(`the quote opening the field "${field}" (line ${this.lineAt(start)}) is never closed`);
  }

  /** @comment{…}, @comment(…), or an old-style @comment to the end of its line. */
  private skipComment(): void {
    const c = this.text[this.pos];
    if (c === '{' || c === '(') this.balanced(c, c === '{' ? '}' : ')', '@comment');
    else {
      const eol = this.text.indexOf('\n', this.pos);
      this.pos = eol === -1 ? this.text.length : eol;
    }
  }

  private name(close: string): string {
    const start = this.pos;
    for (; this.pos < this.text.length; this.pos++) {
      const c = this.text[this.pos]!;
      if (c === close || NAME_END.test(c)) break;
    }
    return this.text.slice(start, this.pos);
  }

  /** White space; between fields also "%" comments, as hand-edited files have them. */
  private skipSpace(comments = false): void {
    for (; this.pos < this.text.length; this.pos++) {
      const c = this.text[this.pos]!;
      if (comments && c === '%') {
        const eol = this.text.indexOf('\n', this.pos);
        this.pos = eol === -1 ? this.text.length - 1 : eol;
      } else if (!/\s/.test(c)) return;
    }
  }

  private expected(what: string): BibSyntaxError {
    const c = this.text[this.pos];
    const found = c === undefined ? 'the end of the entry' : JSON.stringify(this.text.slice(this.pos, this.pos + 20));
    return new BibSyntaxError(`expected ${what} at line ${this.lineAt(Math.min(this.pos, this.text.length - 1))}, found ${found}`);
  }

  /** The 1-based line of an offset. */
  private lineAt(offset: number): number {
    let lo = 0;
    let hi = this.breaks.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.breaks[mid]! < offset) lo = mid + 1;
      else hi = mid;
    }
    return this.firstLine + lo;
  }
}
