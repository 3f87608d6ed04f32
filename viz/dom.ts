// Tiny DOM helpers. Data from the bundle only ever becomes text nodes here: no innerHTML.

type Child = Node | string | number | null | undefined | false;

interface ElementProps {
  className?: string;
  id?: string;
  title?: string;
  attrs?: Record<string, string>;
  on?: Partial<{ [K in keyof HTMLElementEventMap]: (event: HTMLElementEventMap[K]) => void }>;
}

export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: ElementProps = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (props.className) node.className = props.className;
  if (props.id) node.id = props.id;
  if (props.title) node.title = props.title;
  for (const [name, value] of Object.entries(props.attrs ?? {})) node.setAttribute(name, value);
  for (const [type, handler] of Object.entries(props.on ?? {})) {
    node.addEventListener(type, handler as EventListener);
  }
  append(node, ...children);
  return node;
}

/**
 * A link out, opened in a new tab that gets no handle on this page. `href` must come from
 * pipeline/id-links.ts (a registry's https address and a checked identifier, or a page address
 * it parsed as http(s)), never straight from the data.
 */
export function externalLink(href: string, text: string): HTMLAnchorElement {
  return el('a', { className: 'external', attrs: { href, target: '_blank', rel: 'noopener noreferrer' } }, text);
}

export function append(parent: Node, ...children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(typeof child === 'object' ? child : document.createTextNode(String(child)));
  }
}

export function clear(node: Node): void {
  while (node.firstChild) node.removeChild(node.firstChild);
}

export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const node = document.getElementById(id);
  if (!node) throw new Error(`viz: #${id} is missing from index.html`);
  return node as T;
}

/** Case- and accent-insensitive form used by search ("Álvarez" → "alvarez"). */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase();
}

export function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return '–';
  if (Number.isInteger(value)) return value.toLocaleString('en');
  const abs = Math.abs(value);
  if (abs !== 0 && (abs < 0.001 || abs >= 1e6)) return value.toExponential(2);
  return value.toLocaleString('en', { maximumFractionDigits: abs < 1 ? 4 : 2 });
}
