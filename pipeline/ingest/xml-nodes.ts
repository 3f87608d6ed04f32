// One XML element's text → its tree, in document order (fast-xml-parser's preserveOrder form),
// and the few ways of reading it that an importer needs: children by name, attributes, and the
// text of an element with its inline markup ("<i>E. coli</i>", "CO<sub>2</sub>") read as text.
// Entities (&amp;, &lt;, &#x2019;) are decoded once, by the parser; no DTD is read or fetched.
import { XMLParser, XMLValidator } from 'fast-xml-parser';

/** An element ({name: children, ":@": attributes}) or a text node ({"#text": text}). */
export type XmlNode = { [name: string]: XmlNode[] | string | Record<string, string> | undefined };

const ATTRIBUTES = ':@';
const TEXT = '#text';

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  ignoreDeclaration: true,
  ignorePiTags: true,
  // Numeric character references ("&#x2019;"), which PubMed uses for anything beyond ASCII.
  htmlEntities: true,
});

/** The element `text` holds, or why it is not well-formed XML (with the line, counted within `text`). */
export function parseElement(text: string): { element: XmlNode } | { problem: string; line: number } {
  const valid = XMLValidator.validate(text);
  if (valid !== true) return { problem: valid.err.msg.replace(/\.$/, ''), line: valid.err.line };
  const element = (parser.parse(text) as XmlNode[]).find((n) => nameOf(n) !== undefined);
  return element ? { element } : { problem: 'no element', line: 1 };
}

export function nameOf(node: XmlNode): string | undefined {
  for (const key in node) if (key !== ATTRIBUTES && key !== TEXT) return key;
  return undefined;
}

export function children(node: XmlNode | undefined, name?: string): XmlNode[] {
  const own = node === undefined ? undefined : nameOf(node);
  const kids = own === undefined ? [] : (node![own] as XmlNode[]);
  return name === undefined ? kids : kids.filter((k) => nameOf(k) === name);
}

/** The first element down a path of names. */
export function child(node: XmlNode | undefined, ...path: string[]): XmlNode | undefined {
  let at = node;
  for (const name of path) at = children(at, name)[0];
  return at;
}

export function attribute(node: XmlNode | undefined, name: string): string | undefined {
  return (node?.[ATTRIBUTES] as Record<string, string> | undefined)?.[name];
}

/** Everything the element holds as text, in order, white space collapsed; undefined when empty. */
export function textOf(node: XmlNode | undefined): string | undefined {
  if (node === undefined) return undefined;
  const text = rawText(node).replace(/\s+/g, ' ').trim();
  return text === '' ? undefined : text;
}

function rawText(node: XmlNode): string {
  const text = node[TEXT];
  if (typeof text === 'string') return text;
  return children(node).map(rawText).join('');
}
