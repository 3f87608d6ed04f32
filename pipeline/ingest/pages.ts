// Page ranges as exports write them ("296-302", MEDLINE's shortened "616-7", "e1234", "10"), to
// the first and last page of SourceRecord.

export interface Pages {
  pageStart?: string;
  pageEnd?: string;
}

/**
 * The first range of a pagination ("1-7; quiz 8" → 1 and 7). A last page written short after
 * NLM's rule ("616-7", "1453-4") is written out ("617", "1454"), since a reference to the paper
 * gives it whole. A single page or article number is the first page alone.
 */
export function pageRange(text: string): Pages {
  const first = text.split(/[,;]/, 1)[0]!.trim();
  const m = /^(\S+?)\s*[-–]\s*(\S+)$/.exec(first);
  if (!m) return first === '' ? {} : { pageStart: first };
  const [start, end] = [m[1]!, m[2]!];
  const shortened = /^\d+$/.test(start) && /^\d+$/.test(end) && end.length < start.length;
  return { pageStart: start, pageEnd: shortened ? start.slice(0, start.length - end.length) + end : end };
}
