// Text as XML (and HTML) writes it: characters XML 1.0 does not allow replaced (safe-chars.ts),
// markup escaped, and tab and line ends as character references, which attribute-value
// normalisation would otherwise turn into spaces.
import { safeChars } from './safe-chars';

const MARKUP = /[&<>"'\t\n\r]/g;
/** Anything escapeXml would change: most values hold none, and are returned as they are. */
const SPECIAL = /[&<>"'\t\n\r\0-\x08\x0b\x0c\x0e-\x1f\x7f\ufffe\uffff\ud800-\udfff]/;
const REFERENCES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;', '\t': '&#9;', '\n': '&#10;', '\r': '&#13;' };

export function escapeXml(text: string): string {
  return SPECIAL.test(text) ? safeChars(text).replace(MARKUP, (c) => REFERENCES[c]!) : text;
}

/** A cell's value as XML text: numbers and booleans need no escaping. */
export function xmlValue(value: string | number | boolean): string {
  return typeof value === 'string' ? escapeXml(value) : String(value);
}
