/**
 * The first matching step: answers that name no supplier. Two kinds: non-answers ("vet ej",
 * "inga", "-", "se bilaga 2", "se svar på fråga 7", "flera olika") give no edge; answers that the
 * organisation runs the thing itself ("egen drift", "kommunens eget system", "egenutvecklat",
 * "in-house", "IT-avdelningen", "vi har egen drift") give no edge either, and are recorded as own operation on the
 * organisation. Neither ever becomes a new supplier. Compared in normalised form
 * (normalise-name.ts, with accents folded: "vår" is "var"), as whole answers or as a phrase and
 * what follows it, never as a word inside a name: "Inga Lisa" and "Egen hallhyra Norrdata" are
 * names, and so is anything with a legal form at the end ("Flera AB"). A name with no letters or
 * digits names nothing. O(length of the name).
 */
import type { MatchQuery, Resolution } from './matcher-types.js';
import { hasLegalTail, nameKey, normalisedName } from './normalise-name.js';

/** Whole answers that name nothing, in normalised form. */
const NON_ANSWERS: ReadonlySet<string> = new Set(
  [
    ...['x', 'n/a', 'na', 'nej', 'no', 'ingen', 'inga', 'inget', 'vej ej', 'okänt', 'okänd', 'unknown', 'none'],
    ...['see above', 'ej aktuellt', 'saknas', 'diverse', 'flera', 'various', 'ej känt', 'osäker', "don't know"],
    ...['dont know', 'många', 'olika', 'annat', 'övrigt', 'övriga', 'finns ej', 'finns inte', 'not applicable'],
  ].map(normalisedName),
);

/** Phrases that begin an answer naming nothing, in normalised form. */
const NON_ANSWER_PHRASES: readonly RegExp[] = [
  /^vet (ej|inte)( |$)/,
  /^se (bilaga|bilagan|bilagor|bifogad|bifogat|bifogade|ovan|nedan|svar|fraga|tidigare|separat)( |$)/,
  /^(ingen|inga|inget) (aning|uppgift|uppgifter|information|molntjanst|molntjanster|tjanst|tjanster|leverantor|leverantorer|sadan|sadana|kand|kanda|alls)$/,
  /^(flera|diverse|olika|manga)( olika)?( (leverantorer|tjanster|system|foretag|aktorer))?$/,
  /^(ej|inte) (aktuellt|kant|kanda|relevant|besvarat|tillampligt|tillampbart)$/,
  /^(kontakta|fraga|hanvisar till) /,
];

/** Phrases that say the organisation runs it itself, in normalised form. */
const OWN_OPERATION_PHRASES: readonly RegExp[] = [
  /^((vi )?(har|kor|anvander|driver) )?(en |ett )?(egen|eget|egna) (drift|system|server|servrar|serverhall|datacenter|datahall|it|losning|losningar|utveckling|plattform|installation|infrastruktur|regi|hosting|personal)( |$)/,
  /^i egen (regi|drift)( |$)/,
  /^(kommunens|kommunen|regionens|myndighetens|landstingets|var|vara) (egen|eget|egna)( |$)/,
  /^(egenutvecklat|egenutvecklad|egenutvecklade|egendrift|egenhostat|inhouse|in house|on prem|on premise|on premises)( |$)/,
  /^(internt|intern drift|drivs internt|driftas internt|lokal drift|lokalt installerat|vi sjalva|hos oss)( |$)/,
  /^(var |vara |kommunens |regionens |myndighetens |egen |egna )?(it avdelning|it avdelningen|it enheten|it enhet|it kontoret)$/,
];

export type NonAnswerKind = 'none' | 'own-operation';

/** Whether an answer names nothing, names the organisation's own operation, or is a name (undefined). */
export function nonAnswerKind(raw: string): NonAnswerKind | undefined {
  if (nameKey(raw) === '') return 'none';
  if (hasLegalTail(raw)) return undefined;
  const text = normalisedName(raw);
  if (NON_ANSWERS.has(text) || NON_ANSWER_PHRASES.some((p) => p.test(text))) return 'none';
  if (OWN_OPERATION_PHRASES.some((p) => p.test(text))) return 'own-operation';
  return undefined;
}

export function isNonAnswer(raw: string): boolean {
  return nonAnswerKind(raw) !== undefined;
}

export function matchNonAnswer({ raw }: Pick<MatchQuery, 'raw'>): Resolution | undefined {
  const kind = nonAnswerKind(raw);
  if (kind === undefined) return undefined;
  return kind === 'none'
    ? { result: 'not-a-name', reason: 'an answer that names nothing' }
    : { result: 'not-a-name', reason: 'the organisation runs it itself (own operation)', ownOperation: true };
}
