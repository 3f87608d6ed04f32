// Text as XML (and HTML) writes it: characters XML 1.0 does not allow replaced (safe-chars.ts),
// markup escaped, and tab and line ends as character references, which attribute-value
// normalisation would otherwise turn into spaces.
import { safeChars } from './safe-chars';

const MARKUP = /[&<>"'\t\n\r]/g;
const REFERENCES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;', '\t': '&#9;', '\n': '&#10;', '\r': '&#13;' };

export function escapeXml(text: string): string {
  return safeChars(text).replace(MARKUP, (c) => REFERENCES[c]!);
}
