// Two records are the same paper when their titles are the same after folding Unicode form,
// case, punctuation and white space: pages differ in quotes, dashes and spacing, never in words.
export function titleKey(title: string): string {
  return title
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
