// A paper's own page is the one address from a source the view links: only a plain http(s) URL,
// normalised, with its host to show; anything else (javascript:, data:, credentials, no host) gives none.
import { describe, expect, it } from 'vitest';
import { pageLink } from '../pipeline/id-links';

describe('pageLink', () => {
  it('links an http(s) page, normalised, and names its host', () => {
    expect(pageLink(' https://OpenReview.net/forum?id=x1 ')).toEqual({ href: 'https://openreview.net/forum?id=x1', host: 'openreview.net' });
    expect(pageLink('http://example.org:8080/a b')).toEqual({ href: 'http://example.org:8080/a%20b', host: 'example.org:8080' });
  });

  it('gives no link for other schemes, credentials or text that is no URL', () => {
    for (const url of ['javascript:alert(1)', 'JaVaScRiPt:alert(1)', 'data:text/html,<script>1</script>', 'ftp://example.org/x', 'https://user:pw@evil.example/', 'https://user@evil.example/', '//example.org/x', 'www.example.org', '']) {
      expect(pageLink(url)).toBeUndefined();
    }
  });
});
