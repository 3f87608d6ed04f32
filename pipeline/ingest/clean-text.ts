// Text hygiene for what ingest read, before any key is built: characters that show nothing, or
// that a spreadsheet or a page would act on, are taken out of every string of every record and
// profile, whatever its field (a walk over the values, so fields that importers add later are
// covered too). Each value changed is a warning naming its field, with the characters shown.
// - control characters but tab and line feed become a space (a CR or CRLF becomes a line feed,
//   as in file text, and is not warned about);
// - U+200B zero-width space becomes a space, so "Alice\u200bSmith" is "Alice Smith";
// - the invisible format characters are removed: ZWNJ, ZWJ, word joiner, invisible operators,
//   BOM, soft hyphen, and the bidirectional marks, embeddings, overrides and isolates, so that
//   no name can reorder the text around it;
// - a lone surrogate (half a character, which UTF-8 cannot hold) becomes U+FFFD; the
//   noncharacters U+FFFE and U+FFFF are removed.
import type { Profile, SourceRecord, Warning } from '../model';
import { excerpt } from './text';

/** Every character cleaning may change; surrogates are looked at closer, as pairs are fine. */
const CHANGED = String.raw`\0-\x08\x0b-\x1f\x7f-\x9f\xad\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\ufffe\uffff\ud800-\udfff`;
/** The fast path: most strings have none of them. */
const SUSPECT = new RegExp(`[${CHANGED}]`);
const CLEAN = new RegExp(String.raw`\r\n?|[\ud800-\udbff][\udc00-\udfff]|[${CHANGED}]`, 'g');

/** What each character becomes, and how a warning says so. */
function treatment(c: string): { by: string; what: string } {
  const code = c.charCodeAt(0);
  if (code < 0xa0) return { by: ' ', what: 'control character, read as a space' };
  if (code === 0x200b) return { by: ' ', what: 'zero-width space, read as a space' };
  if (code >= 0xd800 && code <= 0xdfff) return { by: '\ufffd', what: 'half a surrogate pair, read as U+FFFD' };
  if (code === 0x061c || (code >= 0x200e && code <= 0x200f) || (code >= 0x202a && code <= 0x202e) || (code >= 0x2066 && code <= 0x2069)) {
    return { by: '', what: 'bidirectional control, removed' };
  }
  return { by: '', what: code >= 0xfffe ? 'noncharacter, removed' : 'invisible character, removed' };
}

export interface CleanedText {
  text: string;
  /** Each character taken out or replaced ("U+200B zero-width space, read as a space"), in order of first sight; empty when only line ends changed. */
  removed: string[];
}

export function cleanText(raw: string): CleanedText {
  if (!SUSPECT.test(raw)) return { text: raw, removed: [] };
  const removed = new Map<string, string>();
  const text = raw.replace(CLEAN, (c) => {
    if (c[0] === '\r') return '\n';
    if (c.length === 2) return c; // a surrogate pair: one character beyond the BMP
    const { by, what } = treatment(c);
    removed.set(codePoint(c), what);
    return by;
  });
  return { text: removed.size > 0 ? text.trim() : text, removed: [...removed].map(([code, what]) => `${code} ${what}`) };
}

/** The text with each character cleanText takes out shown as <U+XXXX>, for a warning. */
function showRemoved(raw: string): string {
  return raw.replace(CLEAN, (c) => (c[0] === '\r' || c.length === 2 ? c : `<${codePoint(c)}>`));
}

function codePoint(c: string): string {
  return `U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
}

/**
 * Cleans, in place, every string a record or profile holds but its source (a file name, not
 * data); a string in a list that cleaning empties is dropped. One warning per value changed.
 * Only what needs cleaning is touched: a clean record costs a walk and a regex test a string.
 */
export function cleanItems(items: readonly (SourceRecord | Profile)[], warnings: Warning[]): void {
  for (const item of items) {
    const onChange: OnChange = (field, raw, removed) => warnings.push(cleanWarning(item, field, raw, removed));
    const fields = item as unknown as Record<string, unknown>;
    for (const key in fields) if (key !== 'source') cleanField(fields, key, key, onChange);
  }
}

type OnChange = (field: string, raw: string, removed: string[]) => void;

/** Cleans holder[key] (an object's field or an array's item) where it is or holds a string. */
function cleanField(holder: Record<string, unknown> | unknown[], key: string | number, field: string, onChange: OnChange): void {
  const value = (holder as Record<string | number, unknown>)[key];
  if (typeof value === 'string') {
    if (!SUSPECT.test(value)) return;
    const { text, removed } = cleanText(value);
    if (removed.length > 0) onChange(field, value, removed);
    (holder as Record<string | number, unknown>)[key] = text;
  } else if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const before = value[i];
      cleanField(value, i, field, onChange);
      if (value[i] === '' && before !== '') value.splice(i--, 1);
    }
  } else if (typeof value === 'object' && value !== null) {
    for (const k in value) cleanField(value as Record<string, unknown>, k, `${field}.${k}`, onChange);
  }
}

function cleanWarning(item: SourceRecord | Profile, field: string, raw: string, removed: string[]): Warning {
  const shown = showRemoved(raw);
  // The excerpt starts near the first character shown, which may be deep in an abstract.
  const at = shown.indexOf('<U+');
  const value = at > 60 ? `…${shown.slice(at - 40)}` : shown;
  const reason = `cleaned: ${removed.join('; ')}`;
  return { source: item.source, field, value: excerpt(value), reason };
}
