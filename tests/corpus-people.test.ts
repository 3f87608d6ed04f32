// Who is one person across papers: an ORCID or a database author id first, then the full name;
// an initial-only form or an account handle joins a full name only with evidence (an id, the
// same paper, a shared co-author) that singles one person out, never on the name alone. Ids
// derive from the strongest key, whatever the input order; a name whose papers fall into teams
// that never met is flagged as possibly several people.
import { describe, expect, it } from 'vitest';
import { stableId } from '../pipeline/corpus/ids';
import { buildCorpus } from '../pipeline/corpus/merge';
import type { AuthorDetail, Corpus, SourceRecord } from '../pipeline/model';
import { seededRandom } from './fixtures/make-bundle';

const corpusOf = (records: SourceRecord[]): Corpus => buildCorpus({ files: [], records, rejects: [], warnings: [], profiles: [] });
let line = 0;
/** A record of its own paper (a title of its own), in file a.csv unless told. */
function rec(authors: string[], details?: AuthorDetail[], extra: Partial<SourceRecord> = {}): SourceRecord {
  line++;
  return { source: { file: 'a.csv', line, format: 'csv' }, title: `Study number ${line} of people`, authors, ...(details ? { authorDetails: details } : {}), ...extra };
}
const byName = (c: Corpus, name: string) => c.authors.filter((a) => a.name === name);
const one = (c: Corpus, name: string) => {
  const found = byName(c, name);
  expect(found.map((a) => a.name), name).toEqual([name]);
  return found[0]!;
};
const ORCID = '0000-0002-1825-0097';
const OTHER_ORCID = '0000-0001-5109-3700';

describe('ids join people', () => {
  it('an ORCID iD makes one person of different spellings, and the id derives from it', () => {
    const c = corpusOf([
      rec(['Iver Brevik', 'Ann Lee'], [{ orcid: `https://orcid.org/${ORCID}` }, {}]),
      rec(['Brevik, I. H.', 'Bo Chen'], [{ orcid: ORCID.replace(/-/g, '') }, {}]),
      rec(['Brevik, Iver Harald'], [{ orcid: ORCID }]),
    ]);
    const brevik = one(c, 'Iver Harald Brevik');
    expect(brevik.paperIds).toHaveLength(3);
    expect(brevik.orcid).toBe(ORCID);
    expect(brevik.id).toBe(stableId('a', `ORCID:${ORCID}`));
    expect(brevik.variants).toEqual(['Brevik, I. H.', 'Brevik, Iver Harald', 'Iver Brevik']);
  });

  it('two ORCID iDs are two people, whatever their name; a database id given with both joins neither to the other', () => {
    const c = corpusOf([
      rec(['John Smith', 'Ann Lee'], [{ orcid: ORCID, ids: { scopus: '7004212771' } }, {}]),
      rec(['John Smith', 'Bo Chen'], [{ orcid: OTHER_ORCID, ids: { scopus: '7004212771' } }, {}]),
    ]);
    expect(byName(c, 'John Smith').map((a) => a.orcid).sort()).toEqual([OTHER_ORCID, ORCID].sort());
  });

  it('a Scopus author id joins spellings; one id holds several kinds of a person’s ids', () => {
    const c = corpusOf([
      rec(['Aria, Massimo'], [{ ids: { scopus: '7004212771', openalex: 'https://openalex.org/A5023888391' } }]),
      rec(['Aria M.'], [{ ids: { openalex: 'A5023888391' } }]),
    ]);
    const aria = one(c, 'Massimo Aria');
    expect(aria.ids).toEqual({ openalex: ['A5023888391'], scopus: ['7004212771'] });
    expect(aria.id).toBe(stableId('a', 'SCOPUS:7004212771'));
  });

  it('a value that is no ORCID iD is a warning and joins nobody', () => {
    const c = corpusOf([rec(['Iver Brevik'], [{ orcid: '0000-0002-1825-0098' }]), rec(['I. Brevik', 'Ann Lee'], [{ orcid: '0000-0002-1825-0098' }, {}])]);
    expect(c.authors.map((a) => a.name).sort()).toEqual(['Ann Lee', 'I. Brevik', 'Iver Brevik']);
    expect(c.warnings.map((w) => [w.field, w.reason])).toEqual([
      ['orcid', 'not a valid ORCID iD: not used to tell who is who'],
      ['orcid', 'not a valid ORCID iD: not used to tell who is who'],
    ]);
  });

  it('a full name without an id joins the one person with an id who carries it, and stays apart when two do', () => {
    const joined = corpusOf([rec(['Iver Brevik', 'Ann Lee'], [{ orcid: ORCID }, {}]), rec(['Iver Brevik', 'Zed Zhu'])]);
    expect(one(joined, 'Iver Brevik').paperIds).toHaveLength(2);
    const contested = corpusOf([
      rec(['John Smith', 'Ann Lee'], [{ orcid: ORCID }, {}]),
      rec(['John Smith', 'Bo Chen'], [{ orcid: OTHER_ORCID }, {}]),
      rec(['John Smith', 'Cy Dang']),
    ]);
    expect(byName(contested, 'John Smith')).toHaveLength(3);
  });
});

describe('initials join a full name only with evidence', () => {
  it('never on the name alone', () => {
    const c = corpusOf([rec(['Iver Brevik', 'Ann Lee']), rec(['I. Brevik', 'Bo Chen'])]);
    expect(c.authors.map((a) => a.name).sort()).toEqual(['Ann Lee', 'Bo Chen', 'I. Brevik', 'Iver Brevik']);
  });

  it('with the same ORCID iD', () => {
    const c = corpusOf([rec(['Iver Brevik', 'Ann Lee'], [{ orcid: ORCID }, {}]), rec(['Brevik I', 'Chen B'], [{ orcid: ORCID }, {}])]);
    expect(one(c, 'Iver Brevik').paperIds).toHaveLength(2);
  });

  it('on the same paper: two records naming them at the same position', () => {
    const same = { title: 'One paper seen twice', ids: { doi: '10.1000/one' } };
    const c = corpusOf([rec(['Iver Brevik', 'Ann Lee', 'Bo Chen'], undefined, same), rec(['I. Brevik', 'A. Lee'], undefined, same)]);
    expect(one(c, 'Iver Brevik').variants).toEqual(['I. Brevik']);
    expect(c.authors).toHaveLength(3);
  });

  it('through a co-author both share (other than themselves)', () => {
    const c = corpusOf([rec(['Iver Brevik', 'Ann Lee']), rec(['I. Brevik', 'Ann Lee', 'Bo Chen'])]);
    expect(one(c, 'Iver Brevik').paperIds).toHaveLength(2);
    expect(byName(c, 'I. Brevik')).toEqual([]);
  });

  it('kept apart when the evidence points to two compatible full names', () => {
    const c = corpusOf([rec(['Iver Brevik', 'Ann Lee']), rec(['Ingrid Brevik', 'Bo Chen']), rec(['I. Brevik', 'Ann Lee', 'Bo Chen'])]);
    expect(byName(c, 'I. Brevik')).toHaveLength(1);
    expect(one(c, 'Iver Brevik').paperIds).toHaveLength(1);
    expect(one(c, 'Ingrid Brevik').paperIds).toHaveLength(1);
  });

  it('joined to the one compatible full name the evidence singles out', () => {
    const c = corpusOf([rec(['Iver Brevik', 'Ann Lee']), rec(['Ingrid Brevik', 'Bo Chen']), rec(['I. Brevik', 'Ann Lee', 'Cy Dang'])]);
    expect(one(c, 'Iver Brevik').paperIds).toHaveLength(2);
    expect(one(c, 'Ingrid Brevik').paperIds).toHaveLength(1);
  });

  it('kept apart from a full name on the same paper: that is someone else', () => {
    const c = corpusOf([rec(['Iver Brevik', 'I. Brevik', 'Ann Lee']), rec(['Iver Brevik', 'Ann Lee'])]);
    expect(byName(c, 'I. Brevik')).toHaveLength(1);
  });
});

describe('handles join a full name only with evidence', () => {
  it('never on the name alone, however well it reads', () => {
    const c = corpusOf([rec(['Chengsong Huang', 'Ann Lee']), rec(['ChengsongHuang', 'Bo Chen']), rec(['Franck Dernoncourt', 'Cy Dang']), rec(['Franck-Dernoncourt', 'Di Eng'])]);
    expect(c.authors.map((a) => a.name).sort()).toEqual(['Ann Lee', 'Bo Chen', 'ChengsongHuang', 'Chengsong Huang', 'Cy Dang', 'Di Eng', 'Franck Dernoncourt', 'Franck-Dernoncourt'].sort());
  });

  it('through a shared co-author, and then every paper of the handle (one account) follows', () => {
    const c = corpusOf([rec(['Chengsong Huang', 'Ann Lee']), rec(['ChengsongHuang', 'Ann Lee']), rec(['ChengsongHuang', 'Bo Chen']), rec(['amanchadha', 'Ann Lee']), rec(['Aman Chadha', 'Ann Lee'])]);
    expect(one(c, 'Chengsong Huang').paperIds).toHaveLength(3);
    expect(one(c, 'Aman Chadha').variants).toEqual(['amanchadha']);
  });

  it('on the same paper, and not when two full names read alike', () => {
    const same = { title: 'One paper seen twice', ids: { arxiv: '2511.21631' } };
    const c = corpusOf([rec(['Chengsong Huang', 'Ann Lee', 'Bo Chen'], undefined, same), rec(['ChengsongHuang', 'Ann Lee'], undefined, same), rec(['ChengsongHuang', 'Cy Dang'])]);
    expect(one(c, 'Chengsong Huang').paperIds).toHaveLength(2);
    const two = corpusOf([rec(['Chengsong Huang', 'Ann Lee']), rec(['Huang Chengsong', 'Ann Lee']), rec(['ChengsongHuang', 'Ann Lee', 'Bo Chen'])]);
    expect(byName(two, 'ChengsongHuang')).toHaveLength(1);
  });
});

describe('possibly several people', () => {
  it('a name whose multi-author papers are by teams that share nobody', () => {
    const c = corpusOf([rec(['Rui Wang', 'Ann Lee', 'Bo Chen']), rec(['Rui Wang', 'Cy Dang']), rec(['Rui Wang', 'Di Eng', 'Ed Fox'])]);
    expect(one(c, 'Rui Wang').ambiguous).toBe(true);
  });

  it('not a collaborator whose papers are linked through the people they work with', () => {
    const c = corpusOf([rec(['Rui Wang', 'Ann Lee', 'Bo Chen']), rec(['Rui Wang', 'Bo Chen', 'Cy Dang']), rec(['Rui Wang', 'Cy Dang', 'Di Eng']), rec(['Rui Wang'])]);
    expect(one(c, 'Rui Wang').ambiguous).toBe(false);
    expect(c.authors.every((a) => !a.ambiguous)).toBe(true);
  });

  it('not a person whose papers carry their id, or share their affiliation, or are by one account, or a profile’s owner', () => {
    const ids = corpusOf([rec(['Rui Wang', 'Ann Lee'], [{ orcid: ORCID }, {}]), rec(['Rui Wang', 'Cy Dang'], [{ orcid: ORCID }, {}])]);
    expect(one(ids, 'Rui Wang').ambiguous).toBe(false);
    const place = { affiliations: ['Zhejiang University, Hangzhou, China'], countries: ['China'] };
    const aff = corpusOf([rec(['Rui Wang', 'Ann Lee'], [place, {}]), rec(['Rui Wang', 'Cy Dang'], [place, {}])]);
    expect(one(aff, 'Rui Wang')).toMatchObject({ ambiguous: false, affiliations: place.affiliations, countries: ['China'] });
    const account = corpusOf([rec(['ruiwang', 'Ann Lee']), rec(['ruiwang', 'Cy Dang'])]);
    expect(one(account, 'ruiwang').ambiguous).toBe(false);
    const profile = { name: 'Rui Wang', stats: { hIndex: 12 }, source: { file: 'profile.txt', line: 1, format: 'profile-page' as const } };
    const owner = buildCorpus({ files: [], records: [rec(['Rui Wang', 'Ann Lee']), rec(['Rui Wang', 'Cy Dang'])], rejects: [], warnings: [], profiles: [profile] });
    expect(one(owner, 'Rui Wang')).toMatchObject({ ambiguous: false, profile: { hIndex: 12 } });
  });
});

describe('author records', () => {
  it('list affiliations and countries from their papers, most frequent first', () => {
    const oslo = { affiliations: ['University of Oslo, Norway'], countries: ['Norway'] };
    const c = corpusOf([
      rec(['Iver Brevik', 'Ann Lee'], [{ affiliations: ['NTNU, Trondheim, Norway', 'CERN, Geneva, Switzerland'], countries: ['Norway', 'Switzerland'] }, {}]),
      rec(['Iver Brevik', 'Ann Lee'], [oslo, {}]),
      rec(['Iver Brevik', 'Ann Lee'], [{ affiliations: ['university of oslo,  Norway'], countries: ['Norway'] }, {}]),
    ]);
    expect(one(c, 'Iver Brevik')).toMatchObject({
      affiliations: ['University of Oslo, Norway', 'CERN, Geneva, Switzerland', 'NTNU, Trondheim, Norway'],
      countries: ['Norway', 'Switzerland'],
    });
  });

  it('are the same, with the same ids, whatever the order of the records; ids unique; everyone has a paper', () => {
    const records = [
      rec(['Iver Brevik', 'Ann Lee'], [{ orcid: ORCID }, {}]),
      rec(['I. Brevik', 'Ann Lee', 'Bo Chen']),
      rec(['ChengsongHuang', 'Bo Chen']),
      rec(['Chengsong Huang', 'Bo Chen', 'Cy Dang'], undefined, { source: { file: 'b.csv', line: 1, format: 'csv' } }),
      rec(['Rui Wang', 'Di Eng']),
      rec(['Rui Wang', 'Ed Fox'], undefined, { source: { file: 'c.csv', line: 9, format: 'csv' } }),
    ];
    const c = corpusOf(records);
    for (let seed = 1; seed <= 5; seed++) {
      const random = seededRandom(seed);
      const shuffled = [...records];
      for (let i = shuffled.length - 1; i > 0; i--) {
        const j = Math.floor(random() * (i + 1));
        [shuffled[i], shuffled[j]] = [shuffled[j]!, shuffled[i]!];
      }
      expect(corpusOf(shuffled)).toEqual(c);
    }
    expect(new Set(c.authors.map((a) => a.id)).size).toBe(c.authors.length);
    expect(c.authors.filter((a) => a.paperIds.length === 0)).toEqual([]);
    expect(one(c, 'Iver Brevik').paperIds).toHaveLength(2);
    expect(one(c, 'Chengsong Huang').paperIds).toHaveLength(2);
  });
});
