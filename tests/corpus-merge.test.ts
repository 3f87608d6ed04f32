import { describe, expect, it } from 'vitest';
import { buildCorpus } from '../pipeline/corpus/merge';
import { titleKey } from '../pipeline/corpus/titles';
import type { IngestResult, SourceRecord } from '../pipeline/model';

const ref = (file: string, line: number, format: SourceRecord['source']['format'] = 'listing-page') => ({ file, line, format });

function ingest(records: SourceRecord[], extra: Partial<IngestResult> = {}): IngestResult {
  return { files: [], records, rejects: [], warnings: [], profiles: [], ...extra };
}

const profileRecord: SourceRecord = {
  source: ref('a/profile.txt', 12, 'profile-page'),
  title: 'Sharpness-Aware Minimization Leads to Low-Rank Features',
  abstract: 'Short abstract.',
  authors: ['Maksym Andriushchenko', 'Dara Bahri', 'Hossein Mobahi'],
  authorsTruncated: true,
  date: { raw: 'May 25, 2023', year: 2023, month: 5, day: 25 },
  categories: ['LG'],
  hasCode: true,
};
const listingRecord: SourceRecord = {
  source: ref('b/listing.txt', 40),
  title: 'Sharpness-aware minimization leads to low-rank features.',
  abstract: 'A longer abstract that the listing page shows in full.',
  authorCount: 5,
  date: { raw: 'May 25', month: 5, day: 25 },
  submitter: 'epfl EPFL',
  upvotes: 4,
};

describe('title keys', () => {
  it('fold Unicode form, case, punctuation and white space', () => {
    expect(titleKey('Don’t  Stop: Pretraining!')).toBe(titleKey('don t stop pretraining'));
    expect(titleKey('ＢＥＲＴ – Pre-training')).toBe(titleKey('BERT pre training'));
    expect(titleKey('Scaling Laws I')).not.toBe(titleKey('Scaling Laws II'));
  });
});

describe('merging records into papers', () => {
  const corpus = buildCorpus(ingest([listingRecord, profileRecord]));
  const paper = corpus.papers[0]!;

  it('makes one paper from records with the same normalised title', () => {
    expect(corpus.papers).toHaveLength(1);
    expect(paper.sources.map((s) => `${s.file}:${s.line}`)).toEqual(['a/profile.txt:12', 'b/listing.txt:40']);
  });

  it('merges fields by the stated rule', () => {
    expect(paper.title).toBe(profileRecord.title);
    expect(paper.abstract).toBe(listingRecord.abstract);
    expect(paper.authors).toHaveLength(3);
    expect(paper.authorCount).toBe(5);
    expect(paper.authorsTruncated).toBe(true);
    expect(paper.year).toBe(2023);
    expect(paper.date).toBe('2023-05-25');
    expect(paper.categories).toEqual(['LG']);
    expect(paper.hasCode).toBe(true);
    expect(paper.submitter).toBe('epfl EPFL');
    expect(paper.upvotes).toBe(4);
  });

  it('gives ids that do not depend on input order', () => {
    const reversed = buildCorpus(ingest([profileRecord, listingRecord]));
    expect(reversed).toEqual(corpus);
    expect(paper.id).toMatch(/^p[0-9a-f]{12}$/);
  });

  it('keeps a date without a year as its raw text and no year', () => {
    const c = buildCorpus(ingest([listingRecord]));
    expect(c.papers[0]!.year).toBeUndefined();
    expect(c.papers[0]!.date).toBe('May 25');
  });

  it('adds inferred authors and records them', () => {
    const c = buildCorpus(
      ingest([{ ...profileRecord, authors: ['A B', 'C D', 'Hossein Mobahi'], authorsInferred: ['Hossein Mobahi'] }, listingRecord]),
    );
    const mobahi = c.authors.find((a) => a.name === 'Hossein Mobahi')!;
    expect(c.papers[0]!.inferredAuthors).toEqual([mobahi.id]);
  });

  it('merges author variants (a handle through a shared co-author) and attaches profile figures', () => {
    const c = buildCorpus(
      ingest(
        [
          { ...profileRecord, authors: ['Franck-Dernoncourt', 'Hossein Mobahi'] },
          { ...listingRecord, title: 'Another paper', authors: ['Franck Dernoncourt', 'J. Smith', 'John Smith', 'Hossein Mobahi'] },
        ],
        { profiles: [{ name: 'Hossein Mobahi', stats: { hIndex: 30, papers: 23, citations: 5508 }, source: ref('a/profile.txt', 1, 'profile-page') }] },
      ),
    );
    const names = c.authors.map((a) => a.name).sort();
    expect(names).toEqual(['Franck Dernoncourt', 'Hossein Mobahi', 'J. Smith', 'John Smith']);
    const franck = c.authors.find((a) => a.name === 'Franck Dernoncourt')!;
    expect(franck.variants).toEqual(['Franck-Dernoncourt']);
    expect(franck.paperIds).toHaveLength(2);
    expect(c.authors.find((a) => a.name === 'Hossein Mobahi')!.profile?.hIndex).toBe(30);
  });

  it('rejects a title with no letters or digits instead of dropping it', () => {
    const c = buildCorpus(ingest([{ ...listingRecord, title: '???' }]));
    expect(c.papers).toHaveLength(0);
    expect(c.rejects).toEqual([{ source: listingRecord.source, reason: 'title has no letters or digits', excerpt: '???' }]);
  });
});
