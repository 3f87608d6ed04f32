// The forms database exports write names in, read into given and family names: every form of a
// person shows as "First Last", keys alike, keeps particles, hyphens and diacritics, and a name
// in capitals is shown in mixed case only when no source gives it so.
import { describe, expect, it } from 'vitest';
import { buildCorpus } from '../pipeline/corpus/merge';
import { readName, writesInitialsAfter } from '../pipeline/corpus/name-forms';
import type { Corpus, SourceRecord } from '../pipeline/model';

const corpusOf = (records: SourceRecord[]): Corpus => buildCorpus({ files: [], records, rejects: [], warnings: [], profiles: [] });
let line = 0;
const rec = (authors: string[], extra: Partial<SourceRecord> = {}): SourceRecord => ({ source: { file: 'a.txt', line: ++line, format: 'csv' }, title: `Paper number ${line} on names`, authors, ...extra });

describe('name forms', () => {
  const shown = (raw: string, familyFirst = false) => {
    const { kind, display, key } = readName(raw, familyFirst);
    return { kind, display, key };
  };

  it('show "Last, First" as First Last, keyed as the First Last form is', () => {
    expect(shown('Brevik, Iver')).toEqual({ kind: 'full', display: 'Iver Brevik', key: readName('Iver Brevik').key });
    expect(shown('Smith, John A.')).toEqual({ kind: 'full', display: 'John A. Smith', key: readName('John A Smith').key });
    expect(shown('Smith, John, Jr.')).toEqual({ kind: 'full', display: 'John Smith Jr.', key: readName('John Smith Jr.').key });
  });

  it('read WoS "BREVIK, I" and MEDLINE "Brevik I" / "Smith JA" as initials before the family name', () => {
    expect(shown('BREVIK, I')).toEqual({ kind: 'initials', display: 'I. Brevik', key: readName('I. Brevik').key });
    expect(shown('Brevik I', true)).toEqual({ kind: 'initials', display: 'I. Brevik', key: readName('I. Brevik').key });
    expect(shown('Smith JA', true)).toEqual({ kind: 'initials', display: 'J. A. Smith', key: readName('J. A. Smith').key });
    expect(shown('Brevik, IH').display).toBe('I. H. Brevik');
  });

  it('keep particles, multi-word and hyphenated family names and diacritics', () => {
    expect(shown('van der Berg, Jan')).toEqual({ kind: 'full', display: 'Jan van der Berg', key: readName('Jan van der Berg').key });
    expect(shown('García Márquez, Gabriel').display).toBe('Gabriel García Márquez');
    expect(shown('Lévy-Leblond, Jean-Marc').display).toBe('Jean-Marc Lévy-Leblond');
    expect(shown('José Núñez')).toEqual({ kind: 'full', display: 'José Núñez', key: 'jose nunez' });
    expect(readName('Jan van der Berg')).toMatchObject({ given: 'Jan', family: 'van der Berg' });
  });

  it('show a name in capitals in mixed case, particles lower', () => {
    expect(shown('BREVIK, IVER').display).toBe('Iver Brevik');
    expect(shown('VAN DER BERG, JAN').display).toBe('Jan van der Berg');
    expect(shown("O'BRIEN, SEAN").display).toBe("Sean O'Brien");
  });

  it('tell an account handle from a name: its own key, never a full name’s', () => {
    for (const handle of ['ChengsongHuang', 'amanchadha', 'Franck-Dernoncourt']) {
      expect(readName(handle).kind, handle).toBe('handle');
    }
    expect(readName('Franck-Dernoncourt').key).not.toBe(readName('Franck Dernoncourt').key);
  });

  it('read a list as "Family Initials" only when most of its names end so', () => {
    expect(writesInitialsAfter(['Brevik I', 'Smith JA', 'Aria M'])).toBe(true);
    expect(writesInitialsAfter(['Yingfan MA', 'Wei Chen', 'Ana Costa', 'Bo Li'])).toBe(false);
    expect(writesInitialsAfter(['Brevik, I', 'Smith JA'])).toBe(false);
  });
});

describe('display names in the corpus', () => {
  const nameOf = (c: Corpus, part: string) => c.authors.filter((a) => a.name.includes(part)).map((a) => a.name);

  it('show one person written "Brevik, Iver" and "Iver Brevik" as Iver Brevik, once', () => {
    const c = corpusOf([rec(['Brevik, Iver', 'Aria, Massimo']), rec(['Iver Brevik', 'Massimo Aria'])]);
    expect(nameOf(c, 'Brevik')).toEqual(['Iver Brevik']);
    expect(c.authors.find((a) => a.name === 'Iver Brevik')!.variants).toEqual(['Brevik, Iver']);
  });

  it('prefer a spelling a source gives in mixed case over one made from capitals', () => {
    const c = corpusOf([rec(['MCDONALD, RONALD']), rec(['MCDONALD, RONALD']), rec(['McDonald, Ronald'])]);
    expect(nameOf(c, 'onald')).toEqual(['Ronald McDonald']);
    expect(nameOf(corpusOf([rec(['MCDONALD, RONALD'])]), 'onald')).toEqual(['Ronald Mcdonald']);
  });

  it('show a MEDLINE list in First Last order', () => {
    const c = corpusOf([rec(['Smith JA', 'Brevik I', 'Aria M'])]);
    expect(c.authors.map((a) => a.name).sort()).toEqual(['I. Brevik', 'J. A. Smith', 'M. Aria']);
  });
});
