// The bundle carried inside the page, so the page opens from file:// (where fetch is refused):
// a JSON data block that the browser never runs (so the Content-Security-Policy does not
// concern it) and the page reads by id (viz/load-bundle.ts).

export const INLINE_BUNDLE_ID = 'citegraph-bundle';

/**
 * `html` with `bundleJson` placed before </body>. Every `<` is written as \u003c, which JSON
 * reads back as the same character: no text in the data can close the element.
 */
export function inlineBundle(html: string, bundleJson: string): string {
  const at = html.lastIndexOf('</body>');
  if (at < 0) throw new Error('export/inline-bundle: the page has no </body>');
  const data = bundleJson.replace(/</g, '\\u003c');
  const block = `<script type="application/json" id="${INLINE_BUNDLE_ID}">${data}</script>\n`;
  return html.slice(0, at) + block + html.slice(at);
}
