// The country at the end of an address, as one English name, so that the exports of different
// databases count a country once: WoS writes "Peoples R China", "USA", "England", "Bosnia &
// Herceg"; PubMed "People's Republic of China", "UK"; Scopus "United States", "South Korea".
//
// The rule: the country is the address's last comma-separated part, once e-mail addresses and a
// trailing full stop are taken off; where that part starts with a state or a postal code ("CA 92093
// USA", "108-8639 Japan"), what follows its last token holding a digit; a name with a comma of
// its own ("Korea, Republic of") is read from the last two parts. An old WoS US address ends
// in a state and a ZIP code and no country ("OAK RIDGE,TN 37830"): that is the United States. The
// part is compared whole, ignoring case, accents, full stops and "&" for "and", so "New South
// Wales" is not Wales. A part that names no country known here gives none: no country is guessed.
//
// Names: the common English short name of each state (United States, United Kingdom, South Korea,
// Russia, Iran, Czech Republic, Turkey, Côte d'Ivoire). England, Scotland, Wales and Northern
// Ireland are the United Kingdom, as Scopus and PubMed write them and as a country collaboration
// map compares states. Territories that addresses name on their own (Hong Kong, Puerto Rico,
// Greenland, …) keep their names; states that no longer exist (USSR, Yugoslavia, Czechoslovakia,
// East Germany) keep theirs, since which successor is meant is not for an importer to decide.

/** Each country's name, then the other ways addresses write it. */
const COUNTRIES: readonly (readonly string[])[] = [
  ['Afghanistan'],
  ['Albania'],
  ['Algeria'],
  ['Andorra'],
  ['Angola'],
  ['Antigua and Barbuda', 'Antigua & Barbu'],
  ['Argentina'],
  ['Armenia'],
  ['Australia'],
  ['Austria'],
  ['Azerbaijan'],
  ['Bahamas', 'The Bahamas'],
  ['Bahrain'],
  ['Bangladesh'],
  ['Barbados'],
  ['Belarus', 'Byelarus'],
  ['Belgium'],
  ['Belize'],
  ['Benin'],
  ['Bermuda'],
  ['Bhutan'],
  ['Bolivia'],
  ['Bosnia and Herzegovina', 'Bosnia & Herceg', 'Bosnia-Herzegovina'],
  ['Botswana'],
  ['Brazil', 'Brasil'],
  ['Brunei', 'Brunei Darussalam'],
  ['Bulgaria'],
  ['Burkina Faso'],
  ['Burundi'],
  ['Cambodia'],
  ['Cameroon'],
  ['Canada'],
  ['Cape Verde', 'Cabo Verde'],
  ['Cayman Islands'],
  ['Central African Republic', 'Cent Afr Republ'],
  ['Chad'],
  ['Chile'],
  ['China', 'Peoples R China', "People's Republic of China", 'P R China', 'PR China', 'PRC'],
  ['Colombia'],
  ['Comoros'],
  ['Costa Rica'],
  ["Côte d'Ivoire", 'Cote Ivoire', 'Ivory Coast'],
  ['Croatia'],
  ['Cuba'],
  ['Curaçao'],
  ['Cyprus'],
  ['Czech Republic', 'Czechia'],
  ['Czechoslovakia'],
  ['Democratic Republic of the Congo', 'Dem Rep Congo', 'DR Congo', 'Democratic Republic Congo', 'Congo, Democratic Republic of the'],
  ['Denmark'],
  ['Djibouti'],
  ['Dominica'],
  ['Dominican Republic', 'Dominican Rep'],
  ['East Germany', 'Ger Dem Rep', 'German Democratic Republic'],
  ['Ecuador'],
  ['Egypt'],
  ['El Salvador'],
  ['Equatorial Guinea', 'Equat Guinea'],
  ['Eritrea'],
  ['Estonia'],
  ['Eswatini', 'Swaziland'],
  ['Ethiopia'],
  ['Faroe Islands', 'Faroe Isl'],
  ['Fiji'],
  ['Finland'],
  ['France'],
  ['French Guiana', 'Fr Guiana'],
  ['French Polynesia', 'Fr Polynesia'],
  ['Gabon'],
  ['Gambia', 'The Gambia'],
  ['Georgia'],
  ['Germany', 'Fed Rep Ger', 'Deutschland'],
  ['Ghana'],
  ['Gibraltar'],
  ['Greece'],
  ['Greenland'],
  ['Grenada'],
  ['Guadeloupe'],
  ['Guam'],
  ['Guatemala'],
  ['Guinea'],
  ['Guinea-Bissau', 'Guinea Bissau'],
  ['Guyana'],
  ['Haiti'],
  ['Honduras'],
  ['Hong Kong'],
  ['Hungary'],
  ['Iceland'],
  ['India'],
  ['Indonesia'],
  ['Iran', 'Islamic Republic of Iran', 'Iran, Islamic Republic of'],
  ['Iraq'],
  ['Ireland', 'Irish Republic', 'Republic of Ireland'],
  ['Israel'],
  ['Italy', 'Italia'],
  ['Jamaica'],
  ['Japan'],
  ['Jordan'],
  ['Kazakhstan'],
  ['Kenya'],
  ['Kiribati'],
  ['Kosovo'],
  ['Kuwait'],
  ['Kyrgyzstan', 'Kyrgyz Republic'],
  ['Laos', 'Lao PDR'],
  ['Latvia'],
  ['Lebanon'],
  ['Lesotho'],
  ['Liberia'],
  ['Libya', 'Libyan Arab Jamahiriya'],
  ['Liechtenstein'],
  ['Lithuania'],
  ['Luxembourg'],
  ['Macao', 'Macau'],
  ['Madagascar'],
  ['Malawi'],
  ['Malaysia'],
  ['Maldives'],
  ['Mali'],
  ['Malta'],
  ['Marshall Islands'],
  ['Martinique'],
  ['Mauritania'],
  ['Mauritius'],
  ['Mexico'],
  ['Micronesia', 'Fed States Micronesia'],
  ['Moldova', 'Republic of Moldova'],
  ['Monaco'],
  ['Mongolia'],
  ['Montenegro'],
  ['Morocco'],
  ['Mozambique'],
  ['Myanmar', 'Burma'],
  ['Namibia'],
  ['Nauru'],
  ['Nepal'],
  ['Netherlands', 'The Netherlands', 'Holland'],
  ['New Caledonia'],
  ['New Zealand'],
  ['Nicaragua'],
  ['Niger'],
  ['Nigeria'],
  ['North Korea', 'Dem Peoples R Korea', "Democratic People's Republic of Korea", 'DPR Korea'],
  ['North Macedonia', 'Macedonia', 'Republic of North Macedonia'],
  ['Norway'],
  ['Oman'],
  ['Pakistan'],
  ['Palau'],
  ['Palestine', 'State of Palestine'],
  ['Panama'],
  ['Papua New Guinea', 'Papua N Guinea'],
  ['Paraguay'],
  ['Peru'],
  ['Philippines'],
  ['Poland'],
  ['Portugal'],
  ['Puerto Rico'],
  ['Qatar'],
  ['Republic of the Congo', 'Rep Congo', 'Congo', 'Republic of Congo'],
  ['Réunion', 'Reunion'],
  ['Romania'],
  ['Russia', 'Russian Federation'],
  ['Rwanda'],
  ['Saint Kitts and Nevis', 'St Kitts & Nevi', 'St Kitts and Nevis'],
  ['Saint Lucia', 'St Lucia'],
  ['Saint Vincent and the Grenadines', 'St Vincent', 'St Vincent and the Grenadines'],
  ['Samoa'],
  ['San Marino'],
  ['São Tomé and Príncipe', 'Sao Tome & Prin'],
  ['Saudi Arabia'],
  ['Senegal'],
  ['Serbia'],
  ['Serbia and Montenegro', 'Serbia Monteneg'],
  ['Seychelles'],
  ['Sierra Leone'],
  ['Singapore'],
  ['Slovakia', 'Slovak Republic'],
  ['Slovenia'],
  ['Solomon Islands', 'Solomon Isl'],
  ['Somalia'],
  ['South Africa'],
  ['South Korea', 'Korea', 'Republic of Korea', 'Rep of Korea', 'Korea, Republic of', 'S Korea'],
  ['South Sudan'],
  ['Spain', 'España'],
  ['Sri Lanka'],
  ['Sudan'],
  ['Suriname'],
  ['Sweden'],
  ['Switzerland'],
  ['Syria', 'Syrian Arab Republic'],
  ['Taiwan', 'Taiwan, ROC', 'Republic of China', 'ROC'],
  ['Tajikistan'],
  ['Tanzania', 'United Republic of Tanzania', 'Tanzania, United Republic of'],
  ['Thailand'],
  ['Timor-Leste', 'East Timor'],
  ['Togo'],
  ['Tonga'],
  ['Trinidad and Tobago', 'Trinid & Tobago'],
  ['Tunisia'],
  ['Turkey', 'Türkiye'],
  ['Turkmenistan'],
  ['Tuvalu'],
  ['Uganda'],
  ['Ukraine'],
  ['United Arab Emirates', 'U Arab Emirates', 'UAE'],
  ['United Kingdom', 'UK', 'England', 'Scotland', 'Wales', 'North Ireland', 'Northern Ireland', 'Great Britain', 'GB'],
  ['United States', 'USA', 'US', 'United States of America'],
  ['Uruguay'],
  ['USSR'],
  ['Uzbekistan'],
  ['Vanuatu'],
  ['Vatican City', 'Vatican', 'Holy See'],
  ['Venezuela'],
  ['Vietnam', 'Viet Nam'],
  ['Yemen'],
  ['Yugoslavia'],
  ['Zambia'],
  ['Zimbabwe'],
];

/** How addresses are compared: case, accents, full stops, apostrophes and spacing ignored, "&" read as "and". */
function fold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[.'’]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

const BY_FOLDED: ReadonlyMap<string, string> = new Map(COUNTRIES.flatMap((names) => names.map((n) => [fold(n), names[0]!] as const)));

/** Enough of an address's end for its last parts, so that a long one costs no more than a short one. */
const TAIL_CHARS = 400;
/** PubMed puts e-mail addresses after the country ("… USA. x@y.org", "Electronic address: x@y.org."). */
const EMAIL_LEAD = /\s*electronic address:?\s*$/i;
/** An old WoS US address: state and ZIP code, no country. */
const US_STATE_ZIP = /^[A-Z]{2}\s+\d{5}(?:-\d{4})?$/;

/** The country an address ends with, by the rule above; undefined when its last part names none. */
export function countryOf(address: string): string | undefined {
  const words = address.slice(-TAIL_CHARS).split(/\s+/);
  const kept = words.filter((w) => !w.includes('@')).join(' ').replace(EMAIL_LEAD, '');
  const parts = kept.replace(/[\s.,;]+$/, '').split(',');
  const last = parts.at(-1)!.trim();
  if (US_STATE_ZIP.test(last)) return 'United States';
  // "CA 92093 USA", "108-8639 Japan": the words after the postal code.
  const tokens = last.split(/\s+/);
  const afterCode = tokens.slice(tokens.findLastIndex((t) => /\d/.test(t)) + 1).join(' ');
  // "Korea, Republic of": names with a comma of their own.
  const lastTwo = parts.slice(-2).join(',');
  for (const candidate of [last, afterCode, lastTwo]) {
    const country = BY_FOLDED.get(fold(candidate));
    if (country) return country;
  }
  return undefined;
}

/** The countries of some addresses, each once, in order of first mention. */
export function countriesOf(addresses: readonly string[]): string[] {
  const found = new Set<string>();
  for (const a of addresses) {
    const country = countryOf(a);
    if (country) found.add(country);
  }
  return [...found];
}
