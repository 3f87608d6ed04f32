// The table layouts of the databases, tried in this order on a CSV header or a JSON row's keys;
// a table that has none of them is read by the generic mapping (table-fields.ts).
import { type Cells, normaliseKey } from '../cells';
import type { Field, TableDialect } from '../dialect';
import { crossref } from './crossref';
import { dimensions } from './dimensions';
import { lens } from './lens';
import { openalex } from './openalex';
import { scopus } from './scopus';
import { wosTab } from './wos-tab';

const DIALECTS: readonly TableDialect[] = [scopus, wosTab, lens, dimensions, openalex, crossref];

export function dialectOf(keys: ReadonlySet<string>, cells?: Cells): TableDialect | undefined {
  return DIALECTS.find((d) => d.recognise(keys, cells));
}

/** The columns and top-level keys some dialect reads (a JSON reader keeps the lists under them). */
export const DIALECT_KEYS: ReadonlySet<string> = new Set(
  DIALECTS.flatMap(fieldsOf)
    .flatMap((f) => f.from)
    .flatMap((path) => [normaliseKey(path), normaliseKey(path.split('.')[0]!)]),
);

function fieldsOf(dialect: TableDialect): Field<unknown>[] {
  const { ids, ...fields } = dialect.fields;
  return [...Object.values(fields), ...Object.values(ids ?? {})] as Field<unknown>[];
}
