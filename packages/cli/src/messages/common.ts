/**
 * Words every command's human output shares, in English and Swedish: yes and no, the words that
 * join lists, "… and 12 more", the scenario line, and counted nouns ("1 organisation", "2
 * organisationer"). A counted noun takes the number already formatted and the count that decides
 * singular or plural. O(1) each.
 */
import type { Catalogue } from '@kedja/core/i18n';

/** "1 thing" or "2 things": the number as text, and the count that picks the form. */
export type Counted = (n: string, count: number) => string;

export const counted =
  (one: string, other: string): Counted =>
  (n, count) =>
    `${n} ${count === 1 ? one : other}`;

const en = {
  yes: 'yes',
  no: 'no',
  and: 'and',
  or: 'or',
  more: (n: string) => `${n} more`,
  moreLimit: (n: string) => `… and ${n} more (--limit or --json for all)`,
  moreTop: (n: string) => `… and ${n} more (--top N to see more)`,
  scenario: (description: string) => `Scenario: ${description}.`,
  /** A lower and an upper bound (issue 13), "12 to 45"; one number when they agree. */
  range: (lower: string, upper: string) => (lower === upper ? lower : `${lower} to ${upper}`),
  nouns: {
    organisation: counted('organisation', 'organisations'),
    service: counted('service', 'services'),
    supplier: counted('supplier', 'suppliers'),
    warning: counted('warning', 'warnings'),
    error: counted('error', 'errors'),
    row: counted('row', 'rows'),
    criticalFunction: counted('critical function', 'critical functions'),
    /** "3 uses edges": the edge kind stays the format's own word. */
    edge: (n: string, count: number, kind: string) => `${n} ${kind} ${count === 1 ? 'edge' : 'edges'}`,
  } satisfies Record<string, (n: string, count: number, ...rest: string[]) => string>,
  warningsAbove: (warnings: string) => `${warnings} above`,
  /** A study's figure beside Kedja's (`metrics` with a study.json). */
  comparison: { study: 'study', kedja: 'Kedja', agree: 'agree', yes: 'yes', no: 'NO' },
};

export type CommonMessages = typeof en;

const sv: CommonMessages = {
  yes: 'ja',
  no: 'nej',
  and: 'och',
  or: 'eller',
  more: (n) => `${n} till`,
  moreLimit: (n) => `… och ${n} till (--limit eller --json för alla)`,
  moreTop: (n) => `… och ${n} till (--top N för fler)`,
  scenario: (description) => `Scenario: ${description}.`,
  range: (lower, upper) => (lower === upper ? lower : `${lower} till ${upper}`),
  nouns: {
    organisation: counted('organisation', 'organisationer'),
    service: counted('tjänst', 'tjänster'),
    supplier: counted('leverantör', 'leverantörer'),
    warning: counted('varning', 'varningar'),
    error: counted('fel', 'fel'),
    row: counted('rad', 'rader'),
    criticalFunction: counted('samhällsviktig funktion', 'samhällsviktiga funktioner'),
    edge: (n, count, kind) => `${n} ${kind}-${count === 1 ? 'kant' : 'kanter'}`,
  },
  warningsAbove: (warnings) => `${warnings} ovan`,
  comparison: { study: 'studien', kedja: 'Kedja', agree: 'stämmer', yes: 'ja', no: 'NEJ' },
};

export const COMMON_MESSAGES: Catalogue<CommonMessages> = { en, sv };
