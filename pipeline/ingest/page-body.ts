// The paper lines of a listing page: non-blank lines, without the site chrome above the papers.
import { isPageChrome, parseListingDate } from './page-lines';
import type { TextLine } from './title-pairs';

/**
 * Non-blank lines minus page chrome ("Subscribe", "Daily Papers", …) and the page's own date
 * ("May 28"): a date line right under the chrome, or before any paper when no chrome was copied.
 */
export function pageBody(lines: readonly string[]): TextLine[] {
  const body: TextLine[] = [];
  let afterChrome = false;
  let pageDateSeen = false;
  lines.forEach((line, index) => {
    const text = line.trim();
    if (text === '') return;
    if (isPageChrome(text)) {
      afterChrome = true;
      return;
    }
    const date = afterChrome || (body.length === 0 && !pageDateSeen) ? parseListingDate(text) : undefined;
    afterChrome = false;
    if (date && date.upvotes === undefined) {
      pageDateSeen = true;
      return;
    }
    body.push({ index, text });
  });
  return body;
}
