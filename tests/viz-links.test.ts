// A paper's details link out to its DOI, arXiv, PubMed and OpenAlex pages, an author's to their
// ORCID record: real links to those hosts only, opened in a new tab with no handle on the page,
// built from checked identifiers, so an identifier holding "javascript:" or markup never becomes
// an href of its own. The page still loads nothing but its own files.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { makeBundle, PAPER_PAGE, XSS_DOI, XSS_IDS, XSS_SCRIPT, XSS_URLS } from './fixtures/make-bundle';
import { chromiumAvailable } from './helpers/browser';
import { type VizEnv, openViz, startViz } from './helpers/viz-page';

const bundle = makeBundle();
const hostile = makeBundle({ hostile: true });
const HOSTS = new Set(['doi.org', 'arxiv.org', 'pubmed.ncbi.nlm.nih.gov', 'openalex.org', 'orcid.org', new URL(PAPER_PAGE).host]);

interface Anchor {
  href: string;
  text: string;
  target: string | null;
  rel: string | null;
}

const anchors = (page: Page): Promise<Anchor[]> =>
  page.$$eval('#details-content a', (list) =>
    list.map((a) => ({ href: a.getAttribute('href') ?? '', text: a.textContent ?? '', target: a.getAttribute('target'), rel: a.getAttribute('rel') })),
  );

describe.skipIf(!chromiumAvailable())('links out of the details panel', () => {
  let env: VizEnv;
  beforeAll(async () => {
    expect(bundle.papers.p00000?.ids).toMatchObject({ doi: '10.5555/citegraph.0', arxiv: '1901.10000', pmid: '30000000', openalex: 'W4000000000' });
    env = await startViz({ 'links.json': bundle, 'hostile.json': hostile });
  });
  afterAll(async () => env?.close());

  it('show a paper’s venue, keywords and cited-by count, and link its DOI, arXiv, PubMed and OpenAlex pages', async () => {
    const opened = await openViz(env, '?bundle=fixtures/links.json&graph=papers&node=p00000');
    const { page, errors, requests } = opened;
    const paper = bundle.papers.p00000!;
    const panel = (await page.textContent('#details-content')) ?? '';
    expect(panel).toContain(`${paper.venue} ${paper.volume}, ${paper.pages}`);
    expect(panel).toContain(paper.keywords.join('; '));
    expect(panel).toContain(`Cited by${paper.citedBy}`);
    expect(await anchors(page)).toEqual([
      { href: 'https://doi.org/10.5555/citegraph.0', text: 'DOI 10.5555/citegraph.0', target: '_blank', rel: 'noopener noreferrer' },
      { href: 'https://arxiv.org/abs/1901.10000', text: 'arXiv 1901.10000', target: '_blank', rel: 'noopener noreferrer' },
      { href: 'https://pubmed.ncbi.nlm.nih.gov/30000000', text: 'PubMed 30000000', target: '_blank', rel: 'noopener noreferrer' },
      { href: 'https://openalex.org/W4000000000', text: 'OpenAlex W4000000000', target: '_blank', rel: 'noopener noreferrer' },
      { href: PAPER_PAGE, text: 'Page at openreview.net', target: '_blank', rel: 'noopener noreferrer' },
    ]);
    // Links are followed only when clicked: the page itself fetched nothing from those hosts.
    expect(requests.every((url) => new URL(url).origin === new URL(env.server.url).origin)).toBe(true);
    expect(errors).toEqual([]);
    await opened.context.close();
  });

  it('list a source’s page once when it is the arXiv link again', async () => {
    const { page, context, errors } = await openViz(env, '?bundle=fixtures/links.json&graph=papers&node=p00001');
    const hrefs = (await anchors(page)).map((a) => a.href);
    expect(bundle.papers.p00001?.url).toBe(hrefs.find((h) => h.startsWith('https://arxiv.org/')));
    expect(new Set(hrefs).size).toBe(hrefs.length);
    expect(hrefs.some((h) => h.includes('openreview'))).toBe(false);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('show an author’s ORCID as a link, their affiliations and countries, and “possibly several people” when ambiguous', async () => {
    const withOrcid = Object.keys(bundle.authors).find((id) => {
      const a = bundle.authors[id]!;
      return a.orcid && a.ambiguous && a.affiliations.length && a.paperIds.length;
    })!;
    const author = bundle.authors[withOrcid]!;
    const opened = await openViz(env, `?bundle=fixtures/links.json&graph=coauthor&node=${withOrcid}`);
    const { page, errors } = opened;
    const panel = (await page.textContent('#details-content')) ?? '';
    expect(panel).toContain('possibly several people');
    expect(panel).toContain(author.affiliations[0]);
    expect(panel).toContain(author.countries.join(', '));
    expect(await anchors(page)).toEqual([{ href: `https://orcid.org/${author.orcid}`, text: author.orcid, target: '_blank', rel: 'noopener noreferrer' }]);
    expect(errors).toEqual([]);
    await opened.context.close();

    const plain = Object.keys(bundle.authors).find((id) => !bundle.authors[id]!.orcid && !bundle.authors[id]!.ambiguous && bundle.authors[id]!.paperIds.length)!;
    const other = await openViz(env, `?bundle=fixtures/links.json&graph=coauthor&node=${plain}`);
    expect(await other.page.textContent('#details-content')).not.toContain('possibly several people');
    expect(await anchors(other.page)).toEqual([]);
    await other.context.close();
  });

  it('never turn a malicious identifier into a javascript: or other-host href', async () => {
    const first = await openViz(env, '?bundle=fixtures/hostile.json&graph=papers&node=p00000');
    expect(hostile.papers.p00000?.ids).toEqual(XSS_IDS);
    expect([hostile.papers.p00000?.url, hostile.papers.p00001?.url]).toEqual(XSS_URLS);
    // None of the four is an identifier of its kind, nor the page a javascript: one: no link at all, and no text turned into markup.
    expect(await anchors(first.page)).toEqual([]);
    expect(await first.page.locator('a[href^="javascript" i]').count()).toBe(0);
    await first.context.close();

    const second = await openViz(env, '?bundle=fixtures/hostile.json&graph=papers&node=p00001');
    const { page, errors } = second;
    const links = await anchors(page);
    // The page address carries credentials: not linked.
    expect(links).toHaveLength(1);
    expect(links[0]!.text).toBe(`DOI ${XSS_DOI}`);
    const url = new URL(links[0]!.href);
    expect([url.protocol, url.host]).toEqual(['https:', 'doi.org']);
    expect(decodeURIComponent(url.pathname)).toBe(`/${XSS_DOI}`);
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
    expect(await page.locator('body script').count()).toBe(0);
    expect(await page.textContent('#details-content')).toContain(XSS_SCRIPT);
    expect(errors).toEqual([]);
    await second.context.close();

    const author = await openViz(env, '?bundle=fixtures/hostile.json&graph=coauthor&node=a0000');
    expect(hostile.authors.a0000?.orcid).toMatch(/^javascript:/);
    expect(await anchors(author.page)).toEqual([]);
    await author.context.close();
  });

  it('keep the page’s Content-Security-Policy, which allows nothing from other origins', async () => {
    const { page, context } = await openViz(env, '?bundle=fixtures/links.json&graph=papers&node=p00000');
    const policy = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content');
    expect(policy).toContain("default-src 'self'");
    expect(policy).toContain("connect-src 'self'");
    expect(policy).not.toMatch(/https?:/);
    for (const { href } of await anchors(page)) expect(HOSTS.has(new URL(href).host)).toBe(true);
    await context.close();
  });
});
