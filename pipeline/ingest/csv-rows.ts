// Where a CSV row ends: at a line end outside quotes. Quotes are read as papaparse reads them, so
// a well-formed row ends where papaparse would end it: a field is quoted when it starts with '"',
// "" inside it is a quote, and a '"' followed by the delimiter or the line end closes it. A '"'
// followed by anything else is malformed; papaparse would search on for a closing quote,
// swallowing the rows below, so here the field ends there and the row alone is malformed.

const QUOTE = '"';

/** Is the row still inside a quoted field at the end of this line? `inQuotes`: it was at the line's start. */
export function endsInQuotes(line: string, delimiter: string, inQuotes: boolean): boolean {
  let quoted = inQuotes;
  let pos = 0;
  for (;;) {
    // `pos` is at the start of a field, unless the line continues a quoted one.
    if (!quoted && line[pos] === QUOTE) {
      quoted = true;
      pos++;
    }
    if (quoted) {
      const close = closingQuote(line, pos);
      if (close === -1) return true;
      quoted = false;
      pos = close + 1;
    }
    const next = line.indexOf(delimiter, pos);
    if (next === -1) return false;
    pos = next + delimiter.length;
  }
}

/** The first quote from `from` that is not half of a "" pair, or -1. */
function closingQuote(line: string, from: number): number {
  let at = line.indexOf(QUOTE, from);
  while (at !== -1 && line[at + 1] === QUOTE) at = line.indexOf(QUOTE, at + 2);
  return at;
}
