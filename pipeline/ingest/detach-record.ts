// A record's strings copied out of the text they were cut from. A field read from an entry or an
// article is often a slice of it, and a slice keeps its whole text alive: the records of a 200 MB
// file would hold on to all 200 MB, the fields no record uses included.
import type { SourceRecord } from '../model';
import { detach } from './lines';

export function detachRecord(record: SourceRecord): void {
  detachIn(record as unknown as Record<string, unknown>);
}

function detachIn(holder: Record<string, unknown> | unknown[]): void {
  const entries = Array.isArray(holder) ? holder.entries() : Object.entries(holder);
  for (const [key, value] of entries) {
    if (typeof value === 'string') (holder as Record<string | number, unknown>)[key] = detach(value);
    else if (typeof value === 'object' && value !== null) detachIn(value as Record<string, unknown>);
  }
}
