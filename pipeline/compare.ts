/** Code-unit order: locale-independent, so sorted output is the same on every machine. */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The key under which values that differ only in Unicode form, case and spacing are one ("Deep Learning" / "deep  learning"). */
export function caseFoldKey(text: string): string {
  return text.normalize('NFKC').replace(/\s+/gu, ' ').trim().toLowerCase();
}
