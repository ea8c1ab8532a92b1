/** What `kedja why` says: whether the organisation is affected, what it lost, and the chain step by step. */
import type { EdgeKind } from '@kedja/core';
import type { Catalogue } from '@kedja/core/i18n';

const en = {
  edges: {
    uses: 'which uses it',
    contracts: 'which holds a contract with it',
    providedBy: 'which is provided by it',
    subcontracts: 'which relies on it as a subcontractor',
  } satisfies Record<EdgeKind, string>,
  notAffected: (organisation: string) => `${organisation} is not affected: it keeps every dependency it needs.`,
  critical: 'loses a critical function',
  notCritical: 'loses no critical function',
  hidden: 'hidden: it never named any supplier or service of the scenario',
  affected: (organisation: string, round: string, facts: string) =>
    `${organisation} is affected in round ${round} (${facts}).`,
  lost: (dependencies: string) => `It lost: ${dependencies}.`,
  steps: 'Why, step by step:',
  inScenario: 'fails (in the scenario)',
  affectedInRound: (round: string) => `is affected in round ${round}`,
  failsInRound: (round: string) => `fails in round ${round}`,
  alternatives: (members: string, count: number) =>
    `${count === 1 ? 'its alternative' : 'its alternatives'} ${members} failed too`,
  /** With possible dependencies (issue 13). */
  certain: 'Affected for certain: the chain below follows confirmed dependencies only.',
  possibly: 'Affected only if possible dependencies are real: the steps marked (possible) hang on them.',
  wouldLose: (dependencies: string) => `It would lose: ${dependencies}.`,
  mayAlsoLose: (dependencies: string) => `It may also lose, through possible dependencies: ${dependencies}.`,
  possible: 'possible',
};

export type WhyMessages = typeof en;

const sv: WhyMessages = {
  edges: {
    uses: 'som använder den',
    contracts: 'som har avtal med den',
    providedBy: 'som levereras av den',
    subcontracts: 'som förlitar sig på den som underleverantör',
  },
  notAffected: (organisation) => `${organisation} drabbas inte: den behåller alla beroenden den behöver.`,
  critical: 'förlorar en samhällsviktig funktion',
  notCritical: 'förlorar ingen samhällsviktig funktion',
  hidden: 'dolt beroende: den har aldrig angett någon leverantör eller tjänst i scenariot',
  affected: (organisation, round, facts) => `${organisation} drabbas i omgång ${round} (${facts}).`,
  lost: (dependencies) => `Den förlorade: ${dependencies}.`,
  steps: 'Varför, steg för steg:',
  inScenario: 'faller bort (i scenariot)',
  affectedInRound: (round) => `drabbas i omgång ${round}`,
  failsInRound: (round) => `faller bort i omgång ${round}`,
  alternatives: (members) => `dess alternativ ${members} föll också bort`,
  certain: 'Drabbas med säkerhet: kedjan nedan följer bara bekräftade beroenden.',
  possibly: 'Drabbas bara om möjliga beroenden är verkliga: stegen markerade (möjlig) hänger på dem.',
  wouldLose: (dependencies) => `Den skulle förlora: ${dependencies}.`,
  mayAlsoLose: (dependencies) => `Den kan också förlora, genom möjliga beroenden: ${dependencies}.`,
  possible: 'möjlig',
};

export const WHY_MESSAGES: Catalogue<WhyMessages> = { en, sv };
