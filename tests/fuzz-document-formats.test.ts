// Fuzzing the BibTeX and PubMed XML readers with the invariants of the page and table fuzzers:
// files made of real entries and articles (tests/fixtures/formats/), shuffled, behind the
// preludes exporters write, in LF, CRLF or CR, with or without a BOM, then mutated line by line
// (cut, doubled, swapped, split, spliced with odd characters, made very long) or character by
// character. parseText must never throw; every line must be in exactly one record or reject but
// the documented comments and wrappers (coverage.ts); unmutated, every entry and article is one
// record or reject at its own first line; and reading in chunks of any size, with or without a
// record limit that cuts entries off, gives what reading the text whole gives.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseText } from '../pipeline/ingest/index';
import { readLimits } from '../pipeline/ingest/record-limit';
import { parseInChunks, readInChunks } from './fixtures/ingest/chunks';
import { checkCoverage } from './fixtures/ingest/coverage';
import { brokenText, mutate, mutation } from './fixtures/ingest/fuzz-inputs';
import { formatFixture } from './helpers/format-fixture';

const fixtureLines = (name: string) => formatFixture(name).replace(/^\ufeff/, '').split('\n');

/** A fixture's lines cut into pieces, each starting at a line `starts` accepts (what comes before the first is dropped). */
function pieces(lines: readonly string[], starts: (line: string) => boolean): string[][] {
  const out: string[][] = [];
  for (const line of lines) {
    if (starts(line)) out.push([]);
    out.at(-1)?.push(line);
  }
  return out;
}

const ENTRY_START = /^\s*@/;
const IS_ENTRY = /^\s*@(?!\s*(?:string|comment|preamble)\b)/i;
const ENTRIES = ['wos-savedrecs-excerpt.bib', 'scopus-excerpt.bib', 'zotero-bibtex-excerpt.bib', 'zotero-biblatex-preprints.bib', 'jabref-2.10-excerpt.bib', 'xampl.bib'].flatMap((name) =>
  pieces(fixtureLines(name), (l) => ENTRY_START.test(l)),
);
const BIB_PRELUDES = [[], ['% Encoding: UTF-8', ''], ['@comment{jabref-meta: databaseType:bibtex;}'], ['@string{jnl = "Journal of Tests"}', ''], ['@preamble{"\\newcommand{\\noop}[1]{}"}']];

const ARTICLES = ['pubmed-easypubmed-excerpt.xml', 'pubmed-biopython-pubmed7.xml'].flatMap((name) =>
  pieces(fixtureLines(name), (l) => /^\s*<PubmedArticle>/.test(l)).map((p) => p.filter((l) => !/PubmedArticleSet>/.test(l))),
);
const XML_PROLOG = ['<?xml version="1.0" ?>', '<!DOCTYPE PubmedArticleSet PUBLIC "-//NLM//DTD PubMedArticle, 1st January 2019//EN" "https://dtd.nlm.nih.gov/ncbi/pubmed/out/pubmed_190101.dtd">', '<PubmedArticleSet>'];

interface Document {
  lines: string[];
  /** The 1-based first line of each entry or article. */
  starts: number[];
}

const bibtexDocument = fc
  .record({ picks: fc.array(fc.nat(ENTRIES.length - 1), { minLength: 1, maxLength: 4 }), prelude: fc.nat(BIB_PRELUDES.length - 1) })
  .map(({ picks, prelude }): Document => {
    const lines = [...BIB_PRELUDES[prelude]!];
    const starts: number[] = [];
    for (const pick of picks) {
      const entry = ENTRIES[pick]!;
      if (IS_ENTRY.test(entry[0]!)) starts.push(lines.length + 1);
      lines.push(...entry);
    }
    return { lines, starts };
  });

const pubmedDocument = fc
  .record({ picks: fc.array(fc.nat(ARTICLES.length - 1), { minLength: 1, maxLength: 3 }), closed: fc.boolean() })
  .map(({ picks, closed }): Document => {
    const lines = [...XML_PROLOG];
    const starts: number[] = [];
    for (const pick of picks) {
      starts.push(lines.length + 1);
      lines.push(...ARTICLES[pick]!);
    }
    if (closed) lines.push('</PubmedArticleSet>');
    return { lines, starts };
  });

/** A document written out: mutated or not, in one of the line ends, with or without a BOM; XML also on one line. */
function written(document: fc.Arbitrary<Document>, oneLine: boolean) {
  return fc
    .record({ document, mutations: fc.array(mutation, { maxLength: 5 }), eol: fc.constantFrom('\n', '\n', '\r\n', '\r'), bom: fc.boolean(), compact: oneLine ? fc.boolean() : fc.constant(false) })
    .map(({ document: d, mutations, eol, bom, compact }) => (bom ? '\ufeff' : '') + (compact ? d.lines.join(' ') : mutate([...d.lines], mutations).join(eol)));
}

const bibtexTexts = fc.oneof(written(bibtexDocument, false), brokenText(bibtexDocument.map((d) => d.lines.join('\n'))));
const pubmedTexts = fc.oneof(written(pubmedDocument, true), brokenText(pubmedDocument.map((d) => d.lines.join('\n'))));

function unmutated(document: Document, format: 'bibtex' | 'pubmed-xml') {
  const text = document.lines.join('\n');
  const result = parseText(text, 'fuzz');
  expect(result.format).toBe(format);
  checkCoverage(text, result, 'fuzz');
  const firsts = [...result.records, ...result.rejects].map((r) => r.source.line).sort((a, b) => a - b);
  expect(firsts).toEqual(document.starts);
}

describe('fuzzing the BibTeX and PubMed XML readers', () => {
  it('reads every unmutated entry and article into exactly one record or reject, at its first line', () => {
    fc.assert(fc.property(bibtexDocument, (d) => unmutated(d, 'bibtex')), { numRuns: 300, seed: 1201 });
    fc.assert(fc.property(pubmedDocument, (d) => unmutated(d, 'pubmed-xml')), { numRuns: 100, seed: 1202 });
  });

  /** Holds the coverage invariant on every text; most are still read in their format (a mutation may cut what detection needs). */
  function mutatedRuns(texts: fc.Arbitrary<string>, format: 'bibtex' | 'pubmed-xml', numRuns: number, seed: number) {
    let read = 0;
    fc.assert(
      fc.property(texts, (text) => {
        const result = parseText(text, 'fuzz');
        checkCoverage(text, result, 'fuzz');
        if (result.format === format) read++;
      }),
      { numRuns, seed },
    );
    expect(read).toBeGreaterThan(numRuns / 2);
  }

  it('never throws on mutated BibTeX, and puts every line in exactly one record or reject', () => {
    mutatedRuns(bibtexTexts, 'bibtex', 1500, 1203);
  });

  it('never throws on mutated PubMed XML, and puts every line in exactly one record or reject', () => {
    mutatedRuns(pubmedTexts, 'pubmed-xml', 400, 1204);
  });

  it('reads the real files in chunks of 1, 2, 7, 100 and 4096 characters as it reads them whole', () => {
    const files = { 'zotero-bibtex-excerpt.bib': 'bibtex', 'xampl.bib': 'bibtex', 'pubmed-easypubmed-excerpt.xml': 'pubmed-xml', 'pubmed-biopython-pubmed7.xml': 'pubmed-xml' } as const;
    for (const [name, format] of Object.entries(files)) {
      const text = formatFixture(name);
      const whole = readInChunks(format, text, []);
      expect(whole.records.length).toBeGreaterThan(0);
      for (const size of [1, 2, 7, 100, 4096]) {
        expect(readInChunks(format, text, Array.from({ length: Math.ceil(text.length / size) }, (_, k) => k * size)), `${name} in chunks of ${size}`).toEqual(whole);
      }
    }
  });

  it('reads in chunks of any size what it reads whole, also with a record limit that cuts entries and articles off', () => {
    const texts = fc.oneof(bibtexTexts.map((text) => ['bibtex', text] as const), pubmedTexts.map((text) => ['pubmed-xml', text] as const));
    fc.assert(
      fc.property(texts, fc.array(fc.nat(), { maxLength: 40 }), fc.constantFrom(undefined, 0.0002, 0.001, 0.005), ([format, text], cuts, mb) => {
        const limits = mb === undefined ? undefined : readLimits(mb);
        expect(readInChunks(format, text, cuts, limits)).toEqual(readInChunks(format, text, [], limits));
        expect(parseInChunks(text, cuts, limits)).toEqual(parseText(text, 'chunked.txt', limits));
      }),
      { numRuns: 600, seed: 1205 },
    );
  });
});
