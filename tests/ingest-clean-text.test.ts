// Text hygiene at ingest: invisible and control characters are taken out of every string of every
// record and profile, whatever the field, before any key is built, and each change is warned about.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCorpus } from '../pipeline/corpus/merge';
import type { Profile, SourceRecord, Warning } from '../pipeline/model';
import { cleanItems, cleanText } from '../pipeline/ingest/clean-text';
import { ingestPaths } from '../pipeline/ingest/index';
import { scratchDir } from './helpers/scratch';

const tmp = scratchDir('clean');

describe('cleanText', () => {
  it('reads a zero-width space and control characters as a space', () => {
    expect(cleanText('Alice\u200bSmith').text).toBe('Alice Smith');
    expect(cleanText('A\u0000B\u0007C\u001bD\u007fE\u0085F').text).toBe('A B C D E F');
  });

  it('removes invisible format characters and every bidirectional control', () => {
    const invisible = '\u00ad\u200c\u200d\u2060\u2061\u2062\u2063\u2064\ufeff\ufffe\uffff';
    const bidi = '\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069';
    expect(cleanText(`Na${invisible}me`).text).toBe('Name');
    expect(cleanText(`evil${bidi}txt.exe`).text).toBe('eviltxt.exe');
  });

  it('keeps tabs, line feeds and characters beyond the BMP, makes CR line ends line feeds, and lone surrogates U+FFFD', () => {
    expect(cleanText('a\tb\nc 😀')).toEqual({ text: 'a\tb\nc 😀', removed: [] });
    expect(cleanText('a\r\nb\rc')).toEqual({ text: 'a\nb\nc', removed: [] });
    expect(cleanText('x\ud800y\udc00z').text).toBe('x\ufffdy\ufffdz');
  });

  it('names what it took out, and trims what it left at the ends', () => {
    expect(cleanText('\u200bBob\u202e\u0000')).toEqual({
      text: 'Bob',
      removed: ['U+200B zero-width space, read as a space', 'U+202E bidirectional control, removed', 'U+0000 control character, read as a space'],
    });
  });
});

describe('cleanItems', () => {
  const source = { file: 'f.json', line: 3, endLine: 5, format: 'json' as const };

  it('cleans every string, also in lists, nested objects and fields it has never heard of, and warns once a field', () => {
    const record = {
      source,
      title: 'Grok\u202eking',
      authors: ['Ann\u200bOne', '\u200b', 'Bo Two'],
      categories: ['cs.LG\u0000'],
      // A field a future importer might add.
      keywords: [{ label: 'sharp\u00adness', weight: 2 }],
    } as SourceRecord;
    const warnings: Warning[] = [];
    cleanItems([record], warnings);
    expect(record).toEqual({ source, title: 'Grokking', authors: ['Ann One', 'Bo Two'], categories: ['cs.LG'], keywords: [{ label: 'sharpness', weight: 2 }] });
    expect(warnings.map((w) => [w.source, w.field, w.value])).toEqual([
      [source, 'title', 'Grok<U+202E>king'],
      [source, 'authors', 'Ann<U+200B>One'],
      [source, 'authors', '<U+200B>'],
      [source, 'categories', 'cs.LG<U+0000>'],
      [source, 'keywords.label', 'sharp<U+00AD>ness'],
    ]);
    expect(warnings[0]!.reason).toBe('cleaned: U+202E bidirectional control, removed');
  });

  it('cleans profiles, and leaves a clean record the very same', () => {
    const profile: Profile = { name: 'Alice\u200dSmith', stats: { category: 'ML\u0001', hIndex: 3 }, source };
    const clean: SourceRecord = { source, title: 'Plain', authors: ['Ann One'] };
    const before = structuredClone(clean);
    const warnings: Warning[] = [];
    cleanItems([profile], warnings);
    cleanItems([clean], warnings);
    expect(profile).toEqual({ name: 'AliceSmith', stats: { category: 'ML', hIndex: 3 }, source });
    expect(warnings.map((w) => w.field)).toEqual(['name', 'stats.category']);
    expect(clean).toEqual(before);
  });
});

describe('ingest', () => {
  it('makes "Alice\\u200bSmith" and "Alice Smith" one author, and says where it cleaned', async () => {
    const json = join(tmp, 'papers.json');
    writeFileSync(json, JSON.stringify([{ title: 'Grokking at the edge', authors: ['Alice\u200bSmith', 'Bo\u202eTwo'] }], null, 1));
    const csv = join(tmp, 'papers.csv');
    writeFileSync(csv, 'title,authors\nSharpness and more,Alice Smith; Cy Three\n');
    const ingest = await ingestPaths([json, csv]);
    const corpus = buildCorpus(ingest);
    expect(corpus.authors.map((a) => [a.name, a.paperIds.length]).sort()).toEqual([
      ['Alice Smith', 2],
      ['BoTwo', 1],
      ['Cy Three', 1],
    ]);
    expect(corpus.warnings.map((w) => [w.source.line, w.field, w.value])).toEqual([
      [2, 'authors', 'Alice<U+200B>Smith'],
      [2, 'authors', 'Bo<U+202E>Two'],
    ]);
    expect(ingest.files.map((f) => f.warnings)).toEqual([0, 2]);
  });
});
