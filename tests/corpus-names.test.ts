import { describe, expect, it } from 'vitest';
import { readName } from '../pipeline/corpus/name-forms';
import { chooseDisplayName as chooseOf, cleanName, nameKey } from '../pipeline/corpus/names';

const chooseDisplayName = (spellings: string[]) => chooseOf(spellings.map((s) => readName(s)));

describe('author name keys', () => {
  it('merge spellings that are certainly the same person', () => {
    expect(nameKey('Franck-Dernoncourt')).toBe(nameKey('Franck Dernoncourt'));
    expect(nameKey('Peter L. Bartlett')).toBe(nameKey('Peter L Bartlett'));
    expect(nameKey('  Hossein   Mobahi ')).toBe(nameKey('hossein mobahi'));
    expect(nameKey('José García')).toBe(nameKey('Jose Garcia'));
    expect(nameKey('Ａｌｉｃｅ Ｗｏｎｇ')).toBe(nameKey('Alice Wong')); // full-width forms (NFKC)
  });

  it('never merge an initial with a full name, or two different initials', () => {
    expect(nameKey('J. Smith')).not.toBe(nameKey('John Smith'));
    expect(nameKey('J. Smith')).not.toBe(nameKey('A. Smith'));
    expect(nameKey('Yi Tay')).not.toBe(nameKey('Yi Tai'));
  });

  it('clean names keep case and marks but fold white space', () => {
    expect(cleanName(' José\u00a0 García ')).toBe('José García');
  });
});

describe('display names', () => {
  it('prefer the most frequent spelling', () => {
    expect(chooseDisplayName(['A. Smith', 'A Smith', 'A Smith'])).toBe('A Smith');
  });
  it('prefer a real name over an account handle, even a more frequent one', () => {
    expect(chooseDisplayName(['Franck-Dernoncourt', 'Franck-Dernoncourt', 'Franck Dernoncourt'])).toBe('Franck Dernoncourt');
    expect(chooseDisplayName(['Franck-Dernoncourt', 'Franck Dernoncourt'])).toBe('Franck Dernoncourt');
    expect(chooseDisplayName(['jose garcia', 'José García'])).toBe('José García');
  });
  it('keep the first seen when nothing else decides', () => {
    expect(chooseDisplayName(['Ab Cd', 'Ab Ce'])).toBe('Ab Cd');
  });
});
