/**
 * What a lot bought, as a service category: the lot's main CPV code (Common Procurement
 * Vocabulary, Commission Regulation (EC) No 213/2008, CPV 2008) looked up in a short table of ICT
 * codes, longest prefix first. Software and IT service codes that name one of the study's kinds of
 * service (MSB 2018, Tabell 6.1: case and document management, human resources, ...) take that
 * category; the rest of the ICT divisions and groups take Kedja's own (`software`, `IT services`,
 * `computer equipment`, `telecommunications`); every other code takes the name of its CPV division
 * ("Construction work"). docs/procurement.md prints the table with the CPV label of every code.
 * The labels are the CPV 2008 English labels as the Publications Office's codelist gives them.
 * O(length of the code).
 */

/** An ICT prefix (a CPV code without its trailing zeros), its CPV label and the category it maps to. */
export interface CpvMapping {
  prefix: string;
  label: string;
  category: string;
}

/** ICT codes with a category, most specific first where prefixes nest (lookup takes the longest anyway). */
export const CPV_ICT_CATEGORIES: readonly CpvMapping[] = [
  { prefix: '48311', label: 'Document management software package', category: 'case and document management' },
  {
    prefix: '72212311',
    label: 'Document management software development services',
    category: 'case and document management',
  },
  { prefix: '72512', label: 'Document management services', category: 'case and document management' },
  { prefix: '4851', label: 'Communication software package', category: 'communication and application security' },
  { prefix: '4873', label: 'Security software package', category: 'communication and application security' },
  { prefix: '4876', label: 'Virus protection software package', category: 'communication and application security' },
  {
    prefix: '72212445',
    label: 'Customer Relation Management software development services',
    category: 'customer collaboration / CRM',
  },
  { prefix: '72212482', label: 'Business intelligence software development services', category: 'data visualisation' },
  { prefix: '4844', label: 'Financial analysis and accounting software package', category: 'finance' },
  { prefix: '4818', label: 'Medical software package', category: 'health care' },
  { prefix: '48814', label: 'Medical information systems', category: 'health care' },
  { prefix: '4819', label: 'Educational software package', category: 'learning platform' },
  { prefix: '4816', label: 'Library software package', category: 'library service' },
  { prefix: '4833', label: 'Scheduling and productivity software package', category: 'collaboration and productivity' },
  { prefix: '4892', label: 'Office automation software package', category: 'collaboration and productivity' },
  { prefix: '72513', label: 'Office automation services', category: 'collaboration and productivity' },
  { prefix: '4845', label: 'Time accounting or human resources software package', category: 'human resources' },
  {
    prefix: '72212450',
    label: 'Time accounting or human resources software development services',
    category: 'human resources',
  },
  { prefix: '4849', label: 'Procurement software package', category: 'procurement and contracts' },
  { prefix: '48331', label: 'Project management software package', category: 'project management' },
  { prefix: '48783', label: 'Content management software package', category: 'web publishing and analytics' },
  { prefix: '72413', label: 'World wide web (www) site design services', category: 'web publishing and analytics' },
  { prefix: '48', label: 'Software package and information systems', category: 'software' },
  {
    prefix: '72',
    label: 'IT services: consulting, software development, Internet and support',
    category: 'IT services',
  },
  { prefix: '302', label: 'Computer equipment and supplies', category: 'computer equipment' },
  { prefix: '642', label: 'Telecommunications services', category: 'telecommunications' },
];

/** The ICT prefixes `--cpv ict` stands for. */
export const ICT_PREFIXES: readonly string[] = ['48', '72', '302', '642'];

/** The CPV divisions (the first two digits) and their labels, for codes outside the ICT table. */
export const CPV_DIVISIONS: ReadonlyMap<string, string> = new Map([
  ['03', 'Agricultural, farming, fishing, forestry and related products'],
  ['09', 'Petroleum products, fuel, electricity and other sources of energy'],
  ['14', 'Mining, basic metals and related products'],
  ['15', 'Food, beverages, tobacco and related products'],
  ['16', 'Agricultural machinery'],
  ['18', 'Clothing, footwear, luggage articles and accessories'],
  ['19', 'Leather and textile fabrics, plastic and rubber materials'],
  ['22', 'Printed matter and related products'],
  ['24', 'Chemical products'],
  ['30', 'Office and computing machinery, equipment and supplies except furniture and software packages'],
  ['31', 'Electrical machinery, apparatus, equipment and consumables; lighting'],
  ['32', 'Radio, television, communication, telecommunication and related equipment'],
  ['33', 'Medical equipments, pharmaceuticals and personal care products'],
  ['34', 'Transport equipment and auxiliary products to transportation'],
  ['35', 'Security, fire-fighting, police and defence equipment'],
  ['37', 'Musical instruments, sport goods, games, toys, handicraft, art materials and accessories'],
  ['38', 'Laboratory, optical and precision equipments (excl. glasses)'],
  ['39', 'Furniture (incl. office furniture), furnishings, domestic appliances (excl. lighting) and cleaning products'],
  ['41', 'Collected and purified water'],
  ['42', 'Industrial machinery'],
  ['43', 'Machinery for mining, quarrying, construction equipment'],
  ['44', 'Construction structures and materials; auxiliary products to construction (except electric apparatus)'],
  ['45', 'Construction work'],
  ['48', 'Software package and information systems'],
  ['50', 'Repair and maintenance services'],
  ['51', 'Installation services (except software)'],
  ['55', 'Hotel, restaurant and retail trade services'],
  ['60', 'Transport services (excl. waste transport)'],
  ['63', 'Supporting and auxiliary transport services; travel agencies services'],
  ['64', 'Postal and telecommunications services'],
  ['65', 'Public utilities'],
  ['66', 'Financial and insurance services'],
  ['70', 'Real estate services'],
  ['71', 'Architectural, construction, engineering and inspection services'],
  ['72', 'IT services: consulting, software development, Internet and support'],
  ['73', 'Research and development services and related consultancy services'],
  ['75', 'Administration, defence and social security services'],
  ['76', 'Services related to the oil and gas industry'],
  ['77', 'Agricultural, forestry, horticultural, aquacultural and apicultural services'],
  ['79', 'Business services: law, marketing, consulting, recruitment, printing and security'],
  ['80', 'Education and training services'],
  ['85', 'Health and social work services'],
  ['90', 'Sewage, refuse, cleaning and environmental services'],
  ['92', 'Recreational, cultural and sporting services'],
  ['98', 'Other community, social and personal services'],
]);

/** The digits of a CPV code as notices write it (`72260000`, or `72260000-5` with its check digit). */
export const cpvDigits = (code: string) => code.replace(/-\d$/, '').replace(/\D/g, '');

/** The service category of a CPV code: the longest ICT prefix that matches, else its division's label. */
export function cpvCategory(code: string): string {
  const digits = cpvDigits(code);
  let best: CpvMapping | undefined;
  for (const mapping of CPV_ICT_CATEGORIES) {
    if (digits.startsWith(mapping.prefix) && (best === undefined || mapping.prefix.length > best.prefix.length)) {
      best = mapping;
    }
  }
  if (best) return best.category;
  return CPV_DIVISIONS.get(digits.slice(0, 2)) ?? `CPV ${digits.slice(0, 2)}`;
}

/**
 * The prefixes of a `--cpv` list: digits with their dots dropped (`30.2` is `302`), `ict` for the
 * ICT divisions and groups of the table. Throws nothing: a word that is neither is returned in
 * `invalid` for the caller to refuse.
 */
export function parseCpvPrefixes(list: string): { prefixes: string[]; invalid: string[] } {
  const prefixes: string[] = [];
  const invalid: string[] = [];
  for (const raw of list.split(',').map((item) => item.trim())) {
    if (raw === '') continue;
    if (raw.toLowerCase() === 'ict') for (const prefix of ICT_PREFIXES) prefixes.push(prefix);
    else if (/^\d[\d.]*$/.test(raw) && raw.replace(/\./g, '').length <= 8) prefixes.push(raw.replace(/\./g, ''));
    else invalid.push(raw);
  }
  return { prefixes: [...new Set(prefixes)], invalid };
}

/** Whether a code is kept by the prefixes (every code when there are none). */
export const cpvKept = (code: string, prefixes: readonly string[]) =>
  prefixes.length === 0 || prefixes.some((prefix) => cpvDigits(code).startsWith(prefix));
