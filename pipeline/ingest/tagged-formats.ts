// The tagged exports ingest reads, and how a file shows it is one: by its first non-blank lines,
// which these formats always open the same way (WoS "FN …" then "VR …", MEDLINE "PMID- …", RIS
// "TY  - …"). Those lines are stronger evidence than any page or table heuristic.
import type { SourceFormat } from '../model';
import { MEDLINE } from './medline';
import { RIS } from './ris';
import type { TaggedFormat } from './tagged-reader';
import { WOS_TEXT } from './wos-text';

export const TAGGED_FORMATS: readonly TaggedFormat[] = [WOS_TEXT, MEDLINE, RIS];

/** Enough lines for RIS's longest preamble and its first TY. */
const OPENING_LINES = 8;

/** The tagged format a text opens as, if any. */
export function detectTaggedFormat(text: string): SourceFormat | undefined {
  const lines: string[] = [];
  for (let from = 0; lines.length < OPENING_LINES && from < text.length; ) {
    const nl = text.indexOf('\n', from);
    const line = text.slice(from, nl < 0 ? text.length : nl).trim();
    if (line !== '') lines.push(line);
    from = nl < 0 ? text.length : nl + 1;
  }
  return TAGGED_FORMATS.find((f) => f.opens(lines))?.format;
}
