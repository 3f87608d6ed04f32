// A listing page without author counts or dates: site chrome, then title and abstract lines.
import type { SourceRecord } from '../model';
import { ListingParser } from './page-body';
import { parseListingDate } from './page-lines';
import type { Collector } from './result';
import { nextUnit, type PairUnit, type TextLine, unitSize } from './title-pairs';

export class BareListingParser extends ListingParser {
  constructor(file: string) {
    // Pairing looks one line ahead: is the next line this title's abstract?
    super(file, 'bare-listing', 2);
  }

  protected step(window: readonly TextLine[]): number {
    const unit = nextUnit(window[0]!, window[1]);
    emitUnit(this.out, unit);
    return unitSize(unit);
  }
}

/**
 * A title (+ abstract) becomes a record whose block runs to `through` (its last line unless the
 * caller has more); an orphan line a reject. Shared with listing pages.
 */
export function emitUnit(out: Collector, unit: PairUnit, through?: TextLine): SourceRecord | undefined {
  if ('orphan' in unit) {
    const { index, text } = unit.orphan;
    const reason = parseListingDate(text) ? 'date line that belongs to no paper' : 'line fits no paper: too long or sentence-like for a title, and no title above it';
    out.reject(index + 1, index + 1, reason, text);
    return undefined;
  }
  const last = through ?? unit.abstract ?? unit.title;
  const record: SourceRecord = { source: out.source(unit.title.index + 1, last.index + 1), title: unit.title.text };
  if (unit.abstract) record.abstract = unit.abstract.text;
  out.records.push(record);
  return record;
}
