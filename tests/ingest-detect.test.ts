import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectFormat } from '../pipeline/ingest/detect';

const seed = (prefix: string) => {
  const name = readdirSync('seeds').find((f) => f.startsWith(prefix))!;
  return readFileSync(`seeds/${name}`, 'utf8');
};

describe('detectFormat', () => {
  it('tells the seed pages apart', () => {
    expect(detectFormat(seed('000_'))).toBe('profile-page');
    expect(detectFormat(seed('001_'))).toBe('listing-page');
    expect(detectFormat(seed('002_'))).toBe('bare-listing');
    expect(detectFormat(seed('003_'))).toBe('listing-page');
  });

  it('looks at content only, unaffected by CRLF and a BOM', () => {
    const text = seed('000_');
    expect(detectFormat('\ufeff' + text.replace(/\n/g, '\r\n'))).toBe('profile-page');
  });

  it('still knows a page whose header was not copied', () => {
    const profileBody = seed('000_').split('\n').slice(11).join('\n');
    expect(detectFormat(profileBody)).toBe('profile-page');
    const listingBody = seed('001_').split('\n').slice(12).join('\n');
    expect(detectFormat(listingBody)).toBe('listing-page');
    const bareBody = seed('002_').split('\n').slice(10).join('\n');
    expect(detectFormat(bareBody)).toBe('bare-listing');
  });

  it('knows tables', () => {
    expect(detectFormat('title,authors,year\n"A paper","A; B",2020\n')).toBe('csv');
    expect(detectFormat('title\tyear\nA paper\t2020\n')).toBe('csv');
    expect(detectFormat('a,b,c\n')).toBe('csv');
    expect(detectFormat('[{"title": "A"}]')).toBe('json');
    expect(detectFormat('  \n{"papers": []}')).toBe('json');
    expect(detectFormat('[\n  {"title": "A"')).toBe('json'); // broken JSON is still JSON, to be rejected with its position
    expect(detectFormat('[null, {"title": "A"}]')).toBe('json');
    expect(detectFormat('[true story] and other titles\n\n' + 'An abstract sentence. '.repeat(30))).toBe('bare-listing');
  });

  it('does not take a title starting with a bracket for JSON', () => {
    expect(detectFormat('[Re] A reproduction\n\n' + 'An abstract sentence. '.repeat(30))).toBe('bare-listing');
  });

  it('does not take a listing title with a comma for a CSV header', () => {
    const text = `Train longer, generalize better\n\n${'We study this. '.repeat(40)}\n\nAnother title\n\n${'More text here. '.repeat(40)}`;
    expect(detectFormat(text)).toBe('bare-listing');
  });

  it('recognises nothing in other text', () => {
    expect(detectFormat('')).toBeUndefined();
    expect(detectFormat('  \n\n ')).toBeUndefined();
    expect(detectFormat('# Notes\n\nSome short remark.\n\n- a list item\n- another one\n')).toBeUndefined();
  });
});
