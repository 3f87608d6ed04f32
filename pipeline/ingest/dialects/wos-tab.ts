// Web of Science tab-delimited export ("PT\tAU\tBA\t…": a header of field tags, one record a
// line, cells never quoted). Its cells are those of the plain-text export joined on one line:
// "; " between authors, keywords, cited references (CR) and addresses (C1). Those cells are read
// as the plain-text export's fields are (wos-people.ts, wos-references.ts, tagged-dates.ts).
import { authorFields } from '../author-details';
import { splitCell, splitOutsideBrackets, textOf } from '../cells';
import type { CellNotes, TableDialect } from '../dialect';
import { count, field, list, lists, text } from '../dialect-fields';
import { type DateText, wosDate } from '../tagged-dates';
import { readWosPeople, type WosField } from '../wos-people';
import { readWosReference } from '../wos-references';

/** A "; "-separated cell's parts. */
const parts = (value: unknown) => {
  const cell = textOf(value);
  return cell === undefined ? [] : splitCell(cell, ';');
};

/** A cell as the one field of its tag, its doubts this row's warnings. */
const cellField = (tag: string, values: string[], notes: CellNotes): WosField[] => [{ values, doubt: (value, reason) => notes.warn(tag, value, reason) }];

const DATE_TAGS = ['PY', 'PD', 'EY', 'EA'];

export const wosTab: TableDialect = {
  name: 'wos',
  recognise: (keys) => keys.has('pt') && keys.has('ti') && keys.has('ut') && (keys.has('au') || keys.has('af')),
  unquoted: true,
  fields: {
    title: text('TI'),
    abstract: text('AB'),
    people: field(['AU', 'AF', 'C1', 'OI', 'RI'], ([au, af, c1, oi, ri], notes) => {
      const { authors, affiliations } = readWosPeople({
        AU: cellField('AU', parts(au), notes),
        AF: cellField('AF', parts(af), notes),
        // Addresses are joined with "; ", as are the names in their brackets: cut outside those.
        C1: cellField('C1', splitOutsideBrackets(textOf(c1) ?? '', ';'), notes),
        OI: cellField('OI', parts(oi), notes),
        RI: cellField('RI', parts(ri), notes),
      });
      const { authors: names = [], authorDetails: details } = authorFields(authors);
      return { names, details, affiliations };
    }),
    date: field(DATE_TAGS, (values, notes) =>
      wosDate((...tags) =>
        tags.flatMap((tag): DateText[] => {
          const raw = textOf(values[DATE_TAGS.indexOf(tag)]);
          return raw === undefined ? [] : [{ raw, doubt: (reason) => notes.warn(tag, raw, reason) }];
        }),
      ),
    ),
    venue: text('SO'),
    volume: text('VL'),
    issue: text('IS'),
    pageStart: text('BP', 'AR'),
    pageEnd: text('EP'),
    documentType: text('DT'),
    language: text('LA'),
    // Web of Science categories, then research areas, as the plain-text export reads them.
    categories: lists(';', 'WC', 'SC'),
    authorKeywords: list('DE', ';'),
    indexKeywords: list('ID', ';'),
    citedBy: count('TC'),
    // Cut at "; " only: old DOIs hold a ";" of their own ("…3.0.CO;2-G").
    references: field(['CR'], ([cr]) => splitCell(textOf(cr) ?? '', '; ').map(readWosReference)),
    ids: { doi: text('DI'), wos: text('UT'), pmid: text('PM') },
  },
};
