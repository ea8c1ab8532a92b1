/**
 * What the importers' commands say after writing: `import` into a binary graph, `import-dora`,
 * `import-edges`, `import-procurement` and `import-survey` (whose matching methods are named here).
 */
import type { Catalogue } from '@kedja/core/i18n';

import { counted } from './common.js';

const en = {
  arrow: (output: string) => `wrote ${output}/ (nodes.arrow, edges.arrow)`,
  dora: {
    summary: (
      register: string,
      entities: string,
      providers: string,
      subcontractorsOnly: string,
      services: string,
      edges: string,
    ) =>
      `${register}: ${entities}, ${providers} (${subcontractorsOnly} only as subcontractors), ${services}; ${edges}.`,
    entity: counted('financial entity', 'financial entities'),
    provider: counted('ICT third-party service provider', 'ICT third-party service providers'),
    service: counted('ICT service', 'ICT services'),
    warnings: (warnings: string) =>
      `${warnings} above: incomplete data is normal in registers; what was missing is named, and the rest was imported.`,
  },
  edges: {
    summary: (source: string, rows: string, output: string, nodes: string, edges: string, rest: string) =>
      `${source}: ${rows} -> ${output}: ${nodes}; ${edges}${rest}.`,
    noNode: 'no node',
    repeated: counted('repeated row', 'repeated rows'),
    withoutEdge: (rows: string) => `${rows} without an edge`,
    merged: (merges: string) => `Merged: ${merges}.`,
  },
  procurement: {
    notices: (notices: string, count: number, kinds: string) =>
      `${notices} ${count === 1 ? 'notice' : 'notices'} (${kinds})`,
    contract: counted('settled contract', 'settled contracts'),
    summary: (inputs: string, notices: string, contracts: string, nodes: string, edges: string) =>
      `${inputs}: ${notices}, ${contracts}; ${nodes}; ${edges}.`,
    merge: counted('merge', 'merges'),
    footer: (merges: string, items: string, count: number, warnings: string, report: string) =>
      `${merges}, ${items} ${count === 1 ? 'item' : 'items'} skipped${warnings}: see ${report}.`,
  },
  survey: {
    imported: (answers: string, respondents: string, count: number, output: string, skipped: string) =>
      `${answers}: ${respondents} ${count === 1 ? 'respondent' : 'respondents'} imported into ${output}/${skipped}.`,
    skipped: (rows: string) => ` (${rows} skipped, see the warnings)`,
    names: (names: string, count: number, spellings: string, spellingCount: number, methods: string) =>
      `${names} ${count === 1 ? 'name' : 'names'} in the answers, ` +
      `${spellings} ${spellingCount === 1 ? 'distinct spelling' : 'distinct spellings'}: ${methods}.`,
    newNodes: (unresolved: string, ambiguous: string, edges: string) =>
      `New nodes: ${unresolved} unresolved, ${ambiguous} ambiguous. ${edges}.`,
    decisions: (applied: string, noMatch: string, count: number, invalid: string, seeWarnings: string) =>
      `Decisions: ${applied} applied, ${noMatch} no longer ${count === 1 ? 'matches' : 'match'} anything, ${invalid} invalid${seeWarnings}.`,
    seeWarnings: ' (see the warnings)',
    report: (file: string) => `Every spelling, what it became and why: ${file}`,
    proposals: (file: string) => `Proposals to review (accept, reject, map-to), for --decisions: ${file}`,
    /** How each matching method is named (the importer's method ids). */
    methods: {
      alias: 'alias',
      key: 'normalised key',
      fingerprint: 'word order',
      brand: 'brand list',
      'via-supplier': 'supplier for its only service',
      'via-service': 'service for its only supplier',
      ngram: 'character pairs',
      edition: 'edition',
      prefix: 'leading words',
      'token-set': 'token set',
      phonetic: 'phonetic',
      edit: 'edit distance',
      context: 'context',
      decision: 'decision',
      ambiguous: 'ambiguous',
      unresolved: 'unresolved',
      'not-a-name': 'not a name',
    },
  },
};

export type ImportMessages = typeof en;

const sv: ImportMessages = {
  arrow: (output) => `skrev ${output}/ (nodes.arrow, edges.arrow)`,
  dora: {
    summary: (register, entities, providers, subcontractorsOnly, services, edges) =>
      `${register}: ${entities}, ${providers} (${subcontractorsOnly} enbart som underleverantörer), ${services}; ${edges}.`,
    entity: counted('finansiell entitet', 'finansiella entiteter'),
    provider: counted('tredjepartsleverantör av IKT-tjänster', 'tredjepartsleverantörer av IKT-tjänster'),
    service: counted('IKT-tjänst', 'IKT-tjänster'),
    warnings: (warnings) =>
      `${warnings} ovan: ofullständiga uppgifter är vanliga i register; det som saknades anges, och resten importerades.`,
  },
  edges: {
    summary: (source, rows, output, nodes, edges, rest) =>
      `${source}: ${rows} -> ${output}: ${nodes}; ${edges}${rest}.`,
    noNode: 'ingen nod',
    repeated: counted('upprepad rad', 'upprepade rader'),
    withoutEdge: (rows) => `${rows} utan kant`,
    merged: (merges) => `Sammanslagna: ${merges}.`,
  },
  procurement: {
    notices: (notices, count, kinds) => `${notices} ${count === 1 ? 'annons' : 'annonser'} (${kinds})`,
    contract: counted('tilldelat kontrakt', 'tilldelade kontrakt'),
    summary: (inputs, notices, contracts, nodes, edges) => `${inputs}: ${notices}, ${contracts}; ${nodes}; ${edges}.`,
    merge: counted('sammanslagning', 'sammanslagningar'),
    footer: (merges, items, count, warnings, report) =>
      `${merges}, ${items} ${count === 1 ? 'post' : 'poster'} hoppades över${warnings}: se ${report}.`,
  },
  survey: {
    imported: (answers, respondents, count, output, skipped) =>
      `${answers}: ${respondents} ${count === 1 ? 'respondent' : 'respondenter'} importerade till ${output}/${skipped}.`,
    skipped: (rows) => ` (${rows} hoppades över, se varningarna)`,
    names: (names, _count, spellings, spellingCount, methods) =>
      `${names} namn i svaren, ` +
      `${spellings} ${spellingCount === 1 ? 'distinkt stavning' : 'distinkta stavningar'}: ${methods}.`,
    newNodes: (unresolved, ambiguous, edges) => `Nya noder: ${unresolved} olösta, ${ambiguous} tvetydiga. ${edges}.`,
    decisions: (applied, noMatch, _count, invalid, seeWarnings) =>
      `Beslut: ${applied} tillämpade, ${noMatch} matchar inte längre något, ${invalid} ogiltiga${seeWarnings}.`,
    seeWarnings: ' (se varningarna)',
    report: (file) => `Varje stavning, vad den blev och varför: ${file}`,
    proposals: (file) => `Förslag att granska (accept, reject, map-to), för --decisions: ${file}`,
    methods: {
      alias: 'alias',
      key: 'normaliserad nyckel',
      fingerprint: 'ordföljd',
      brand: 'varumärkeslista',
      'via-supplier': 'leverantör för dess enda tjänst',
      'via-service': 'tjänst för dess enda leverantör',
      ngram: 'teckenpar',
      edition: 'utgåva',
      prefix: 'inledande ord',
      'token-set': 'ordmängd',
      phonetic: 'fonetisk',
      edit: 'redigeringsavstånd',
      context: 'sammanhang',
      decision: 'beslut',
      ambiguous: 'tvetydig',
      unresolved: 'olöst',
      'not-a-name': 'inte ett namn',
    },
  },
};

export const IMPORT_MESSAGES: Catalogue<ImportMessages> = { en, sv };
