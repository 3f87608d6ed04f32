// Web of Science tab-delimited export ("PT\tAU\tBA\t…": a header of field tags, one record a
// line, cells never quoted). Its cells are those of the plain-text export joined on one line:
// "; " between authors, keywords, cited references (CR) and addresses (C1).
import { splitCell, textOf } from '../cells';
import { parseDate } from '../dates';
import type { TableDialect } from '../dialect';
import { count, field, list, text } from '../dialect-fields';
import { tableDate } from '../table-date';
import { parseWosAddresses, parseWosReference, splitWosAddressCell, wosPeople } from '../wos-fields';

/** A "; "-separated cell's parts. */
const parts = (value: unknown) => {
  const cell = textOf(value);
  return cell === undefined ? [] : splitCell(cell, ';');
};

export const wosTab: TableDialect = {
  name: 'wos',
  recognise: (keys) => keys.has('pt') && keys.has('ti') && keys.has('ut') && (keys.has('au') || keys.has('af')),
  unquoted: true,
  fields: {
    title: text('TI'),
    abstract: text('AB'),
    people: field(['AU', 'AF', 'C1', 'RI', 'OI'], ([au, af, c1, ri, oi]) => {
      const addresses = parseWosAddresses(splitWosAddressCell(textOf(c1) ?? ''));
      return wosPeople(parts(au), parts(af), addresses, parts(ri), parts(oi));
    }),
    // PD is "MAR", "MAR 15" or "SPR": with the year (PY) a date when it reads as one.
    date: field(['PD', 'PY'], ([pd, py], notes) => {
      const withYear = textOf(pd) === undefined || textOf(py) === undefined ? undefined : `${textOf(pd)} ${textOf(py)}`;
      return tableDate(withYear !== undefined && parseDate(withYear) ? withYear : undefined, py, notes.warn);
    }),
    venue: text('SO'),
    volume: text('VL'),
    issue: text('IS'),
    pageStart: text('BP', 'AR'),
    pageEnd: text('EP'),
    documentType: text('DT'),
    language: text('LA'),
    categories: list('WC', ';'),
    authorKeywords: list('DE', ';'),
    indexKeywords: list('ID', ';'),
    citedBy: count('TC'),
    references: field(['CR'], ([cr]) => parts(cr).map(parseWosReference)),
    ids: { doi: text('DI'), wos: text('UT'), pmid: text('PM') },
  },
};
