// A paper's authors from the records that are one paper: the author list of the record that
// names the most (ties: the first), plus any author another record inferred (a profile's owner)
// that it lacks. A name only another record gives is a spelling of the kept author at its
// position (or of the only kept author it may be) when plausibly the same person — an initial
// for a name, a handle that reads as the name ("smccandlish" for Sam McCandlish) — else an author
// of the paper too, so every name read has a paper. Two records of one paper naming someone at
// the same position is evidence of who they are that no other paper gives.
import type { AuthorDetail, SourceRecord, SourceRef } from '../model';
import { handleLetters, handleReadings, type NameForm, writesInitialsAfter } from './name-forms';
import { plausiblySamePerson, type SpellingBook } from './persons';

/** One author of one paper, as its records give them. */
export interface Slot {
  /** Every spelling the records give of this author, each read in its list's style, in record order. */
  spellings: NameForm[];
  /** What the records say of them beyond a name; absent when they say nothing (most pages and tables). */
  details?: { detail: AuthorDetail; source: SourceRef }[];
  /** A record adds them by inference (a profile's owner hidden behind "et al."). */
  inferred: boolean;
}

export function creditAuthors(records: readonly SourceRecord[], book: SpellingBook): Slot[] {
  const named = namingRecord(records);
  const slots: Slot[] = [];
  const slotOfKey = new Map<string, number>();
  const open = (key: string) => {
    let slot = slotOfKey.get(key);
    if (slot === undefined) {
      slotOfKey.set(key, (slot = slots.length));
      slots.push({ spellings: [], inferred: false });
    }
    return slot;
  };
  const styles = records.map((r) => writesInitialsAfter(r.authors ?? []));
  const namedStyle = styles[records.indexOf(named)]!;
  const byPosition = (named.authors ?? []).map((raw) => {
    const form = book.form(raw, namedStyle);
    return { raw, form, slot: form.key ? open(form.key) : -1 };
  });
  records.forEach((r, i) => {
    for (const raw of r.authorsInferred ?? []) {
      const { key } = book.form(raw, styles[i]!);
      if (key) slots[open(key)]!.inferred = true;
    }
  });

  const kept = byPosition.filter((k) => k.slot >= 0);
  records.forEach((r, i) => {
    const style = styles[i]!;
    (r.authors ?? []).forEach((raw, position) => {
      const form = book.form(raw, style);
      if (!form.key) return;
      let slot = slotOfKey.get(form.key);
      if (slot === undefined) {
        const same = (k: (typeof kept)[number]) => plausiblySamePerson(book.person(raw), book.person(k.raw)) || handleFits(form, k.form);
        const atPosition = byPosition[position];
        const plausible = atPosition && atPosition.slot >= 0 && same(atPosition) ? [atPosition] : kept.filter(same);
        // None of the kept authors, or more than one may be them: still this paper's, never an author without papers.
        slot = plausible.length === 1 ? plausible[0]!.slot : open(form.key);
      }
      const entry = slots[slot]!;
      entry.spellings.push(form);
      const detail = r.authorDetails?.[position];
      if (!detail) return;
      (entry.details ??= []).push({ detail, source: r.source });
      // Other forms of the name in the same record (WoS AU beside AF, MEDLINE AU beside FAU).
      const variantStyle = style || form.name.includes(',');
      for (const variant of detail.variants ?? []) entry.spellings.push(book.form(variant, variantStyle));
    });
  });
  return slots;
}

/** The record whose author list is kept: the one naming the most (ties: the first). */
export function namingRecord(records: readonly SourceRecord[]): SourceRecord {
  return records.reduce((best, r) => ((r.authors?.length ?? 0) > (best.authors?.length ?? 0) ? r : best));
}

/** A handle that reads as the other, full, name: run together, either way round, or as initial and family name. */
function handleFits(a: NameForm, b: NameForm): boolean {
  const [handle, full] = a.kind === 'handle' ? [a, b] : [b, a];
  return handle.kind === 'handle' && handleReadings(full).includes(handleLetters(handle));
}
