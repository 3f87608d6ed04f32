// Files that are not records however they are decoded, told by their first bytes, so that the
// reject says what to do: an Excel workbook is saved as CSV, a ZIP archive unzipped, a PDF is a
// paper rather than a list of them. Gzip data is not here: it is read (gzip.ts).

const startsWith = (head: Buffer, bytes: readonly number[]) => bytes.every((b, i) => head[i] === b);
const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const COMPRESSED: [string, readonly number[]][] = [
  ['bzip2', [0x42, 0x5a, 0x68]],
  ['xz', [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00]],
  ['7-Zip', [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c]],
  ['Zstandard', [0x28, 0xb5, 0x2f, 0xfd]],
];

/** Why a file with this head is skipped, or undefined when its head names none of these kinds. */
export function skippedKind(head: Buffer): string | undefined {
  if (startsWith(head, ZIP)) {
    // The first entry's name follows its 30-byte local header. An Office file's parts are in a
    // folder of its kind, often after its [Content_Types].xml entry.
    const first = head.subarray(30, 30 + 64).toString('latin1');
    const office = (folder: string) => first.startsWith(folder) || (first.startsWith('[Content_Types].xml') && head.includes(folder));
    if (office('xl/')) return 'an Excel workbook, skipped: save it as CSV (UTF-8) and read that';
    if (office('word/')) return 'a Word document, skipped: citegraph reads exported records (CSV, RIS, BibTeX, …)';
    return 'a ZIP archive, skipped: unzip it and read the files it holds';
  }
  if (startsWith(head, OLE2)) return 'an older Office file (.xls, .doc), skipped: save it as CSV (UTF-8) and read that';
  if (head.subarray(0, 5).toString('latin1') === '%PDF-') return "a PDF, skipped: citegraph reads exported records (CSV, RIS, BibTeX, …), not papers' full text";
  for (const [name, magic] of COMPRESSED) if (startsWith(head, magic)) return `${name}-compressed, skipped: decompress it first (gzip files are read as they are)`;
  return undefined;
}
