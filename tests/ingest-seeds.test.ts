import { beforeAll, describe, expect, it } from 'vitest';
import type { IngestResult, SourceRecord } from '../pipeline/model';
import { ingestPaths } from '../pipeline/ingest/index';

let result: IngestResult;
const fromFile = (prefix: string) => result.records.filter((r) => r.source.file.startsWith(`seeds/${prefix}`));
const titled = (title: string): SourceRecord => {
  const found = result.records.filter((r) => r.title === title);
  expect(found).toHaveLength(1);
  return found[0]!;
};

beforeAll(async () => {
  result = await ingestPaths(['seeds']);
});

describe('ingest on the seeds', () => {
  it('reads 156 records from the four files in order, with no rejects', () => {
    expect(result.rejects).toEqual([]);
    expect(result.records).toHaveLength(156);
    expect(result.files.map((f) => [f.file.slice(0, 10), f.format, f.encoding, f.records, f.rejects])).toEqual([
      ['seeds/000_', 'profile-page', 'utf-8', 23, 0],
      ['seeds/001_', 'listing-page', 'utf-8', 31, 0],
      ['seeds/002_', 'bare-listing', 'utf-8', 58, 0],
      ['seeds/003_', 'listing-page', 'utf-8', 44, 0],
    ]);
    expect(result.records.map((r) => r.source.file.slice(0, 10))).toEqual([
      ...Array<string>(23).fill('seeds/000_'),
      ...Array<string>(31).fill('seeds/001_'),
      ...Array<string>(58).fill('seeds/002_'),
      ...Array<string>(44).fill('seeds/003_'),
    ]);
  });

  it('reads the profile of Hossein Mobahi', () => {
    expect(result.profiles).toHaveLength(1);
    expect(result.profiles[0]!.name).toBe('Hossein Mobahi');
    expect(result.profiles[0]!.stats).toEqual({ category: 'LG', hIndex: 30, papers: 23, citations: 5508, novelty: 57, aiScore: 48 });
    expect(result.profiles[0]!.source).toEqual({ file: result.files[0]!.file, line: 1, endLine: 10, format: 'profile-page' });
  });

  it('makes the profile owner an author of all 23 profile papers, inferred only where hidden', () => {
    const papers = fromFile('000_');
    expect(papers.every((r) => r.authors?.includes('Hossein Mobahi'))).toBe(true);
    const inferred = papers.filter((r) => r.authorsInferred);
    expect(inferred.length).toBeGreaterThan(0);
    for (const r of inferred) {
      expect(r.authorsTruncated).toBe(true);
      expect(r.authorsInferred).toEqual(['Hossein Mobahi']);
      expect(r.authors!.at(-1)).toBe('Hossein Mobahi');
      expect(r.authors!.indexOf('Hossein Mobahi')).toBe(r.authors!.length - 1);
    }
    expect(titled('On student-teacher deviations in distillation: does it pay to disobey?').authorsInferred).toEqual(['Hossein Mobahi']);
    expect(titled('Training Recurrent Neural Networks by Diffusion').authors).toEqual(['Hossein Mobahi']);
  });

  it('reads profile papers field by field', () => {
    expect(titled('Sharpness-Aware Minimization Leads to Low-Rank Features')).toMatchObject({
      source: { line: 33, format: 'profile-page' },
      categories: ['LG'],
      date: { raw: 'May 25, 2023', year: 2023, month: 5, day: 25 },
      hasCode: true,
      authorsTruncated: true,
      authors: ['Maksym Andriushchenko', 'Dara Bahri', 'Hossein Mobahi'],
    });
    const sam = titled('Avoiding spurious sharpness minimization broadens applicability of SAM');
    expect(sam.affiliation).toBe('eth-zurich');
    expect(sam.authors).toEqual(['Sidak Pal Singh', 'Hossein Mobahi', 'Atish Agarwala']);
    const yearless = titled('Data-Aware Random Feature Kernel for Transformers');
    expect(yearless.date).toEqual({ raw: 'Mar 4', month: 3, day: 4 });
    expect(titled('Sharpness-Aware Minimization Improves Language Model Generalization').categories).toEqual(['CL']);
  });

  it('reads listing papers field by field', () => {
    const counted = fromFile('001_').find((r) => r.date?.raw === 'Feb 27')!;
    expect(counted).toMatchObject({
      title: 'Compositional Generalization Requires Linear, Orthogonal Representations in Vision Embedding Models',
      authorCount: 3,
      upvotes: 3,
    });
    expect(counted.date).not.toHaveProperty('year');
    expect(titled('Textual Equilibrium Propagation for Deep Compound AI Systems')).toMatchObject({
      source: { line: 13, format: 'listing-page' },
      authorCount: 5,
      date: { raw: 'Apr 1', month: 4, day: 1 },
    });
    const apple = fromFile('003_').filter((r) => r.submitter === 'apple Apple');
    expect(apple).toHaveLength(1);
    expect(apple[0]).toMatchObject({
      title: 'LinEAS: End-to-end Learning of Activation Steering with a Distributional Loss',
      date: { raw: 'Mar 11, 2025', year: 2025, month: 3, day: 11 },
      upvotes: 1,
    });
    expect(apple[0]).not.toHaveProperty('authorCount');
    expect(fromFile('003_').find((r) => r.submitter === 'BostonU Boston University')!.title).toBe(
      'LADDER: Language Driven Slice Discovery and Error Rectification',
    );
    expect(fromFile('003_').find((r) => r.title.startsWith('WakeupUrban'))!.title).toContain('Mid-20$^{th}$ century');
  });

  it('reads the bare listing as title and abstract pairs', () => {
    const bare = fromFile('002_');
    expect(bare[0]).toMatchObject({ title: 'Cross-Entropy Loss Functions: Theoretical Analysis and Applications', source: { line: 11 } });
    expect(bare.every((r) => r.abstract && r.abstract.length > r.title.length)).toBe(true);
    expect(bare.every((r) => Object.keys(r).sort().join() === 'abstract,source,title')).toBe(true);
  });

  it('is deterministic', async () => {
    expect(await ingestPaths(['seeds/'])).toEqual(result);
  });
});
