// A listing page without author counts or dates: site chrome, then title and abstract lines.
import type { SourceRecord } from '../model';
import { pageBody } from './page-body';
import { parseListingDate } from './page-lines';
import { Collector, type ParseResult } from './result';
import { pairTitles, type PairUnit } from './title-pairs';

export function parseBareListing(lines: readonly string[], file: string): ParseResult {
  const out = new Collector(file, 'bare-listing');
  for (const unit of pairTitles(pageBody(lines))) emitUnit(out, unit);
  return out;
}

/** A title (+ abstract) becomes a record; an orphan line a reject. Shared with listing pages. */
export function emitUnit(out: Collector, unit: PairUnit): SourceRecord | undefined {
  if ('orphan' in unit) {
    const { index, text } = unit.orphan;
    const reason = parseListingDate(text) ? 'date line that belongs to no paper' : 'line fits no paper: too long or sentence-like for a title, and no title above it';
    out.reject(index + 1, reason, text);
    return undefined;
  }
  const record: SourceRecord = { source: out.source(unit.title.index + 1), title: unit.title.text };
  if (unit.abstract) record.abstract = unit.abstract.text;
  out.records.push(record);
  return record;
}
