// Country names where an export gives a country: an ISO 3166 code (OpenAlex), or the last part
// of an address (Scopus, Web of Science). Deliberately small: names are kept as the export writes
// them when they are English country names, the few abbreviations exports use are spelled out,
// and anything else (a city, a postcode) is no country. A fuller normaliser can replace this.

const REGIONS = new Intl.DisplayNames(['en'], { type: 'region' });

/** "US" → "United States"; undefined for a code that names no country. */
export function countryFromCode(code: string): string | undefined {
  const upper = code.trim().toUpperCase();
  if (!/^[A-Z]{2}$/.test(upper)) return undefined;
  const name = REGIONS.of(upper);
  return name === undefined || name === upper || name === 'Unknown Region' ? undefined : name;
}

/** Spellings of exports that are not the English name. */
const SPELLED_OUT: Readonly<Record<string, string>> = {
  usa: 'United States',
  'peoples r china': 'China',
  'u arab emirates': 'United Arab Emirates',
  'north ireland': 'Northern Ireland',
  'byelarus': 'Belarus',
};

/** English names exports use beside the ISO ones (the parts of the United Kingdom, older names). */
const ALSO_COUNTRIES = ['England', 'Scotland', 'Wales', 'Northern Ireland', 'Russian Federation', 'Czech Republic', 'Turkey', 'Viet Nam', 'Hong Kong', 'Macau', 'Macao', 'South Korea', 'Korea', 'Taiwan', 'Iran', 'Syria', 'Palestine', 'Brunei', 'Ivory Coast'];

/** Every name above, lower-cased, to the name given; built on first use, as it asks ICU 676 times. */
let known: Map<string, string> | undefined;

function knownNames(): ReadonlyMap<string, string> {
  if (known) return known;
  known = new Map<string, string>();
  const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
  for (const a of letters) for (const b of letters) {
    const name = countryFromCode(a + b);
    if (name !== undefined) known.set(name.toLowerCase(), name);
  }
  for (const name of ALSO_COUNTRIES) known.set(name.toLowerCase(), name);
  for (const [spelling, name] of Object.entries(SPELLED_OUT)) known.set(spelling, name);
  return known;
}

/**
 * The country an address ends in ("Sophia University, Tokyo, Japan" → "Japan"; Web of Science's
 * "Stanford, CA 94305 USA" → "United States"), or undefined when its last part is no country.
 */
export function countryOfAddress(address: string): string | undefined {
  const last = address.split(',').at(-1)!.trim().replace(/\.$/, '');
  // Web of Science puts US and Chinese postcodes before the country: "CA 94305 USA".
  const named = /(?:^|\s)(USA|Peoples R China)$/i.exec(last)?.[1] ?? last;
  return knownNames().get(named.toLowerCase());
}
