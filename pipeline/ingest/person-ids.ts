// Identifiers of people as the exports give them: ORCID iDs (WoS OI, PubMed AUID "ORCID: …",
// with or without https://orcid.org/) and Web of Science ResearcherIDs (WoS RI). Each is read to its
// bare form, or found not to be one: a wrong id would tie an author to another person.

const ORCID = /(\d{4})-?(\d{4})-?(\d{4})-?(\d{3}[\dX])/i;

/** "0000-0001-5194-3680" from any spelling that holds one with a correct check digit (ISO 7064 11-2). */
export function readOrcid(text: string): string | undefined {
  const m = ORCID.exec(text);
  if (!m) return undefined;
  const digits = m.slice(1).join('').toUpperCase();
  let total = 0;
  for (const d of digits.slice(0, 15)) total = (total + Number(d)) * 2;
  const check = (12 - (total % 11)) % 11;
  if (digits[15] !== (check === 10 ? 'X' : String(check))) return undefined;
  return `${digits.slice(0, 4)}-${digits.slice(4, 8)}-${digits.slice(8, 12)}-${digits.slice(12)}`;
}

/** "B-9803-2009", "AAK-3548-2020": one to three letters, a number, the year it was registered. */
export function readResearcherId(text: string): string | undefined {
  return /^[A-Z]{1,3}-\d{4}-\d{4}$/i.exec(text.trim())?.[0].toUpperCase();
}
