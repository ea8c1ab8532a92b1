/**
 * The words of a company or product name that do not tell one supplier or product from another:
 * legal forms and country tails at the end of a legal name ("Microsoft Ireland Operations Ltd",
 * "Visma Enterprise AB", "Dropbox International Unlimited Company"), words that say what kind of
 * public body a name belongs to ("kommun", "stad"), and product editions ("Business", "for
 * Education", "E3", "Plan 2"). Lower case, accents and look-alikes folded (normalise-name.ts).
 * Data only; the rules that use them are in normalise-name.ts.
 */

/** Legal forms (Swedish, English, Nordic, continental) dropped from the end of a name. */
export const LEGAL_FORMS: ReadonlySet<string> = new Set([
  // Swedish: AB, (publ), aktiebolag, handels- and kommanditbolag, ek. för., filial (a branch).
  ...['ab', 'publ', 'aktiebolag', 'hb', 'kb', 'ek', 'for', 'filial'],
  // English and Irish.
  ...['ltd', 'limited', 'unlimited', 'plc', 'llp', 'lp', 'inc', 'incorporated', 'corp', 'corporation', 'co'],
  ...['company', 'llc', 'branch'],
  // Finnish, Norwegian, Danish (A/S is "a s").
  ...['oy', 'oyj', 'as', 'asa', 'aps', 'a', 's'],
  // Continental.
  ...['gmbh', 'ag', 'kg', 'bv', 'nv', 'sa', 'sas', 'sarl', 'srl', 'spa', 'se'],
  // The group, not a legal form but never what tells two suppliers apart.
  ...['international', 'group', 'koncern', 'holding', 'holdings'],
]);

/** Country and region words that name the national entity of a group: "X Sverige AB", "X Ireland Ltd". */
export const COUNTRY_TAILS: ReadonlySet<string> = new Set([
  ...['sverige', 'sweden', 'svenska', 'nordic', 'nordics', 'norden', 'scandinavia'],
  ...['norge', 'norway', 'danmark', 'denmark', 'finland', 'suomi', 'ireland', 'irland'],
  ...['deutschland', 'germany', 'nederland', 'netherlands', 'uk', 'usa', 'us', 'europe', 'europa', 'emea'],
]);

/** Words that follow a country tail in the names of operating companies ("Microsoft Ireland Operations Ltd"). */
export const OPERATING_WORDS: ReadonlySet<string> = new Set(['operations', 'operation', 'services']);

/** Words that say what kind of body a name belongs to, dropped wherever they stand. */
export const NOISE_WORDS: ReadonlySet<string> = new Set([
  'kommun',
  'kommuns',
  'kommunen',
  'stad',
  'stads',
  'staden',
  'municipality',
  'the',
]);

/** Product editions and plans, dropped after the first word when names are compared without editions. */
export const EDITION_WORDS: ReadonlySet<string> = new Set([
  ...['business', 'enterprise', 'education', 'edu', 'online', 'plus', 'pro', 'professional', 'premium'],
  ...['standard', 'basic', 'essentials', 'advanced', 'starter', 'free', 'edition'],
]);

/** Words after "for" (or Swedish "för") that name an edition: "for Education", "för företag", "för skolan". */
export const EDITION_AUDIENCES: ReadonlySet<string> = new Set([
  ...['education', 'edu', 'business', 'enterprise', 'work', 'government', 'nonprofits', 'schools', 'teams'],
  ...['foretag', 'utbildning', 'skola', 'skolan', 'skolor', 'kommuner', 'offentlig'],
]);

/**
 * Words that say what kind of system a product is, which answers add to its name ("Heroma lön",
 * "W3D3 möteshantering", "Zoom Meetings", "Visma Software"): extra words of little weight when a
 * name holds a catalogue name (match-token-set.ts), and dropped when new names are clustered.
 */
export const GENERIC_WORDS: ReadonlySet<string> = new Set([
  ...['system', 'systemet', 'plattform', 'plattformen', 'portal', 'portalen', 'tjanst', 'tjansten', 'tjanster'],
  ...['losning', 'losningen', 'program', 'programvara', 'software', 'app', 'appen', 'hosting', 'meetings'],
  ...['saas', 'paas', 'iaas'],
  ...['lon', 'lonesystem', 'ekonomi', 'ekonomisystem', 'hr', 'handel', 'skolplattform', 'larplattform'],
  ...['arendehantering', 'dokumenthantering', 'moteshantering', 'journalsystem', 'verksamhetssystem'],
]);

/** Licence plans such as E3, A1, F3, P2 (Microsoft's and others' plan letters with a digit). */
export const PLAN_CODE = /^[aefgp][1-5]$/;
