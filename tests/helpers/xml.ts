// Well-formed XML 1.0 as a test checks it: every character is one the spec's Char production
// allows (xmldom does not check that), and xmldom reads the structure with no error or warning.
import { DOMParser } from '@xmldom/xmldom';

const NOT_XML_CHAR = /[^\t\n\r\x20-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/u;

/** What is wrong with the text as XML: empty when it is well-formed. */
export function xmlProblems(text: string): string[] {
  const problems: string[] = [];
  const bad = NOT_XML_CHAR.exec(text);
  if (bad) problems.push(`character U+${bad[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')} at ${bad.index}, which XML 1.0 does not allow`);
  const report = (level: string) => (message: unknown) => problems.push(`${level}: ${String(message)}`);
  const doc = new DOMParser({ errorHandler: { warning: report('warning'), error: report('error'), fatalError: report('fatal') } }).parseFromString(text, 'text/xml');
  if (!doc.documentElement) problems.push('no root element');
  return problems;
}

/** The document, parsed: for reading values back. */
export function parseXml(text: string): Document {
  return new DOMParser().parseFromString(text, 'text/xml');
}
