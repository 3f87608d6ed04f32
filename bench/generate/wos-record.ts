// A paper as a Web of Science plain-text record (savedrecs.txt, tests/fixtures/formats/): tags in
// the export's order, list fields (AU, AF, CR) an item a line, long titles wrapped onto indented
// lines as WoS wraps them, the full author list (AU short, AF full names), the venue's full title,
// the date (PD and PY), volume and pages, the DOI when the database has it, the UT accession
// number, and the reference list with its count (NR).
import { paperDoi } from './paper-index';
import { nameParts } from './names';
import type { NameOf } from './formats';
import type { Listing } from './placement';
import type { Rng } from './rng';

/** The first lines of an export file, and its last. */
export const WOS_FILE = { head: '\ufeffFN Clarivate Analytics Web of Science\nVR 1.0\n', between: '\n', tail: '\nEF\n' };

const MONTHS = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'];
const WRAP = 70;
/** Share of records whose PD gives only the month (an issue date). */
const MONTH_ONLY = 0.4;

export function wosRecord({ paper, title }: Listing, nameOf: NameOf, rng: Rng): string {
  const publication = paper.publication!;
  const references = paper.references ?? [];
  const names = paper.authors.map((a) => nameParts(nameOf(a)));
  const month = MONTHS[paper.day.month - 1]!;
  const lines = [
    'PT J',
    ...field('AU', names.map((n) => `${n.family}, ${n.initials}`)),
    ...field('AF', names.map((n) => `${n.family}, ${n.given}`)),
    ...field('TI', wrap(title)),
    `SO ${publication.venue.name}`,
    'LA English',
    'DT Article',
    `AB ${paper.abstract}`,
    ...field('CR', references),
    `NR ${references.length}`,
    `PD ${rng.chance(MONTH_ONLY) ? month : `${month} ${paper.day.day}`}`,
    `PY ${paper.day.year}`,
    `VL ${publication.volume}`,
    `BP ${publication.firstPage}`,
    `EP ${publication.lastPage}`,
    ...(publication.doiListed ? [`DI ${paperDoi(paper.serial)}`] : []),
    `UT WOS:${String(paper.serial + 1).padStart(15, '0')}`,
    'ER',
  ];
  return `${lines.join('\n')}\n`;
}

/** "TAG first", then "   next" for each further value; nothing for no values. */
function field(tag: string, values: readonly string[]): string[] {
  return values.map((v, i) => `${i === 0 ? tag : '  '} ${v}`);
}

/** A title in lines of at most WRAP characters, cut at spaces (the reader joins them with one). */
function wrap(text: string): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line !== '' && line.length + 1 + word.length > WRAP) {
      lines.push(line);
      line = word;
    } else line = line === '' ? word : `${line} ${word}`;
  }
  return [...lines, line];
}
