/**
 * Reading an EU DORA register of information (Implementing Regulation (EU) 2024/2956) as a Kedja
 * graph: financial entities in the place of organisations, ICT third-party service providers as
 * suppliers, and the ICT services of each contractual arrangement as services.
 *
 * - B_01.01 and B_01.02 name the financial entities (organisations, id = LEI, orgType other).
 * - B_05.01 gives the providers (suppliers): legal name c0050 (or the Latin name c0060), country of
 *   headquarters c0080, ultimate parent c0110 (as the parent group, by the parent's name when the
 *   register has it).
 * - B_02.02 gives, per arrangement c0010 and type of ICT services c0060, one service (id
 *   `<arrangement>/<type>`, model from S17/S18/S19, countries from c0150 and c0160) used by the
 *   entity c0020 (function c0050) and provided by the direct provider c0030.
 * - B_05.02 gives the supply chains: a row of rank c0050 >= 2 makes the recipient c0060 depend on
 *   the subcontractor c0030 (`subcontracts`, with rank and the type of ICT services); rank-1 rows
 *   are checked against B_02.02. A missing recipient is inferred when one provider holds the rank
 *   above in the same chain. Kedja's subcontracting is per supplier, not per arrangement: a
 *   subcontractor's failure reaches every service of the supplier that needs it (the conservative
 *   reading).
 * - B_07.01 adds the assessment to the service (substitutability c0050, exit plan c0080,
 *   alternative providers identified c0110) as extra attributes. An alternative identified is not
 *   an alternative in place, so it gives no redundancy.
 *
 * Errors (nothing is imported): a missing B_02.02 or B_05.01, a table that is not well-formed CSV,
 * a header without a key column or with a column the template does not have, an empty key cell,
 * a rank that is not a natural number, a provider listed twice in B_05.01. Everything else that is
 * incomplete (names, countries, references to entities, providers or arrangements that other
 * tables lack, chains without a recipient) is a warning, and the graph is built from what is
 * there. Every diagnostic names the file, line, column and the column code. O(rows).
 */
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';

import {
  addProvidedBy,
  addSubcontracts,
  addUses,
  createKedjaGraph,
  edgeKey,
  hasErrors,
  isCountryCode,
  validateGraph,
  type Diagnostic,
  type ServiceAttributes,
} from '@kedja/core';

import { readTable, type Row } from '../formats/index.js';
import { IMPORT_CODES } from '../errors.js';
import type { ImportResult } from '../types.js';
import { ICT_SERVICE_TYPES, serviceModel } from './ict-service-types.js';
import {
  B_01_01,
  B_01_02,
  B_02_01,
  B_02_02,
  B_05_01,
  B_05_02,
  B_07_01,
  columnLabel,
  DORA_TEMPLATES,
  tableSpec,
  templateFile,
  type DoraTemplate,
} from './templates.js';

interface Table {
  template: DoraTemplate;
  file: string;
  rows: Row[];
}

/** Where a register's tables are: the folder that holds them and the names in it. */
export interface RegisterTables {
  folder: string;
  entries: readonly string[];
}

/** True when these folder entries hold a register's key tables (B_05.01 or B_02.02). */
export function holdsRegisterTables(entries: readonly string[]): boolean {
  const names = new Set(entries.map((entry) => entry.toLowerCase()));
  return names.has(templateFile(B_05_01)) || names.has(templateFile(B_02_02));
}

/** The tables of the register in `folder` (or in its `reports/`), or null when it holds none. */
export async function findRegisterTables(folder: string): Promise<RegisterTables | null> {
  for (const candidate of [folder, join(folder, 'reports')]) {
    let entries: string[];
    try {
      if (!(await stat(candidate)).isDirectory()) continue;
      entries = await readdir(candidate);
    } catch {
      continue;
    }
    if (holdsRegisterTables(entries)) return { folder: candidate, entries };
  }
  return null;
}

/** Strips the EBA's QName prefixes from closed-list values: `eba_GA:SE` -> `SE`, `eba_TA:S19` -> `S19`. */
const clean = (value: string) => value.replace(/^eba_[A-Za-z]+:/, '').trim();

/** Reads the register in `folder`; `tables` when the caller has already found them (see `loadGraph`). */
export async function readDoraRegister(folder: string, listed?: RegisterTables): Promise<ImportResult> {
  const diagnostics: Diagnostic[] = [];
  const fail = (): ImportResult => ({ graph: null, diagnostics });
  const found = listed ?? (await findRegisterTables(folder));
  if (found === null) {
    diagnostics.push({
      file: folder,
      code: IMPORT_CODES.doraMissingTable,
      severity: 'error',
      message: `no register tables here: a DORA register folder holds ${templateFile(B_05_01)} and ${templateFile(B_02_02)} (or a reports/ folder with them)`,
    });
    return fail();
  }
  const { folder: tablesFolder, entries } = found;
  const byName = new Map(entries.map((entry) => [entry.toLowerCase(), entry]));
  const read = new Set<string>();
  const tables = new Map<DoraTemplate, Table>();
  for (const template of DORA_TEMPLATES) {
    const entry = byName.get(templateFile(template));
    const file = join(tablesFolder, entry ?? templateFile(template));
    if (entry === undefined) {
      diagnostics.push({
        file,
        code: IMPORT_CODES.doraMissingTable,
        severity: template.required ? 'error' : 'warning',
        message: template.required
          ? `the register needs template ${template.code} (${template.name}) to build a graph`
          : `template ${template.code} (${template.name}) is missing; ${MISSING_MEANS[template.code] ?? 'it is left out'}`,
      });
      continue;
    }
    read.add(entry.toLowerCase());
    const rows: Row[] = [];
    for await (const row of readTable(file, file, tableSpec(template), diagnostics)) rows.push(row);
    tables.set(template, { template, file, rows });
  }
  const notRead = entries.filter((entry) => entry.toLowerCase().endsWith('.csv') && !read.has(entry.toLowerCase()));
  if (notRead.length > 0) {
    diagnostics.push({
      file: tablesFolder,
      code: IMPORT_CODES.doraTableNotRead,
      severity: 'warning',
      message: `not read (Kedja reads ${DORA_TEMPLATES.map((t) => t.code).join(', ')}): ${notRead.sort().join(', ')}`,
    });
  }

  const problem = (
    table: Table,
    row: Row,
    code: string,
    severity: 'error' | 'warning',
    column: string,
    message: string,
  ) =>
    diagnostics.push({
      file: table.file,
      line: row.line,
      column: row.column(column) ?? 1,
      code,
      severity,
      message: `${columnLabel(table.template, column)}: ${message}`,
    });

  // Keys first: a row without them cannot be placed in the graph.
  for (const table of tables.values()) {
    for (const row of table.rows) {
      for (const column of table.template.columns) {
        if (column.key && row.column(column.code) !== undefined && clean(row.cell(column.code)) === '') {
          problem(
            table,
            row,
            IMPORT_CODES.doraEmptyKey,
            'error',
            column.code,
            'is empty; the row cannot be placed in the graph without it',
          );
        }
      }
    }
  }
  const chains = tables.get(B_05_02);
  for (const row of chains?.rows ?? []) {
    const rank = clean(row.cell('c0050'));
    if (rank !== '' && !/^[1-9]\d*$/.test(rank)) {
      problem(
        chains!,
        row,
        IMPORT_CODES.doraBadRank,
        'error',
        'c0050',
        `${JSON.stringify(rank)} is not a rank; write a natural number: 1 for the direct provider, 2 or more for subcontractors`,
      );
    }
  }
  const providers = new Map<string, { name?: string; country?: string; parent?: string; line: number }>();
  const providerTable = tables.get(B_05_01);
  for (const row of providerTable?.rows ?? []) {
    const code = clean(row.cell('c0010'));
    if (code === '') continue;
    const previous = providers.get(code);
    if (previous) {
      problem(
        providerTable!,
        row,
        IMPORT_CODES.doraDuplicateKey,
        'error',
        'c0010',
        `provider ${JSON.stringify(code)} is already listed on line ${previous.line}`,
      );
      continue;
    }
    const name = clean(row.cell('c0050')) || clean(row.cell('c0060'));
    const country = clean(row.cell('c0080')).toUpperCase();
    const parent = clean(row.cell('c0110'));
    providers.set(code, {
      ...(name ? { name } : {}),
      line: row.line,
      ...(parent && parent !== code ? { parent } : {}),
    });
    if (!name)
      problem(
        providerTable!,
        row,
        IMPORT_CODES.doraIncomplete,
        'warning',
        'c0050',
        `provider ${code} has no legal name (nor c0060); it is named by its code`,
      );
    if (country === '')
      problem(
        providerTable!,
        row,
        IMPORT_CODES.doraIncomplete,
        'warning',
        'c0080',
        `provider ${code} has no country of headquarters`,
      );
    else if (!isCountryCode(country))
      problem(
        providerTable!,
        row,
        IMPORT_CODES.doraBadValue,
        'warning',
        'c0080',
        `${JSON.stringify(country)} is not an ISO 3166-1 alpha-2 code; left out`,
      );
    else providers.get(code)!.country = country;
  }
  if (hasErrors(diagnostics)) return fail();

  const graph = createKedjaGraph();
  // Financial entities.
  const entityNames = new Map<string, string>();
  for (const template of [B_01_01, B_01_02]) {
    for (const row of tables.get(template)?.rows ?? []) {
      const lei = clean(row.cell('c0010'));
      const name = clean(row.cell('c0020'));
      if (name && !entityNames.has(lei)) entityNames.set(lei, name);
    }
  }
  const maintainer = tables.get(B_01_01)?.rows[0];
  if (maintainer) {
    const name = entityNames.get(clean(maintainer.cell('c0010')));
    graph.setAttribute('name', `DORA register of information of ${name ?? clean(maintainer.cell('c0010'))}`);
  }
  const warnedOnce = new Set<string>();
  const once = (key: string, report: () => void) => {
    if (!warnedOnce.has(key)) {
      warnedOnce.add(key);
      report();
    }
  };
  const entity = (lei: string, table: Table, row: Row, column: string): string => {
    if (!graph.hasNode(lei)) {
      const name = entityNames.get(lei);
      if (!name)
        once(`entity ${lei}`, () =>
          problem(
            table,
            row,
            IMPORT_CODES.doraIncomplete,
            'warning',
            column,
            `entity ${lei} is not named in B_01.01 or B_01.02; it is named by its LEI`,
          ),
        );
      graph.addNode(lei, { kind: 'organisation', name: name ?? lei, orgType: 'other', code: lei });
    }
    return lei;
  };
  const supplierIds = new Map<string, string>();
  const supplier = (code: string, table: Table, row: Row, column: string): string => {
    const known = supplierIds.get(code);
    if (known) return known;
    const info = providers.get(code);
    if (!info)
      once(`provider ${code}`, () =>
        problem(
          table,
          row,
          IMPORT_CODES.doraUnknownReference,
          'warning',
          column,
          `provider ${JSON.stringify(code)} is not in B_05.01; it is named by its code`,
        ),
      );
    let id = code;
    if (graph.hasNode(id) || entityNames.has(id)) {
      id = `${code}@provider`;
      once(`collision ${code}`, () =>
        problem(
          table,
          row,
          IMPORT_CODES.doraInconsistent,
          'warning',
          column,
          `${code} is both a financial entity and a provider; the provider's node is ${id}`,
        ),
      );
    }
    const parent = info?.parent ? (providers.get(info.parent)?.name ?? info.parent) : undefined;
    graph.addNode(id, {
      kind: 'supplier',
      name: info?.name ?? code,
      ...(info?.country ? { country: info.country } : {}),
      ...(parent ? { parent } : {}),
    });
    supplierIds.set(code, id);
    return id;
  };

  const arrangements = tables.get(B_02_01)
    ? new Set(tables.get(B_02_01)!.rows.map((row) => clean(row.cell('c0010'))))
    : null;
  const checkArrangement = (ref: string, table: Table, row: Row) => {
    if (arrangements && !arrangements.has(ref))
      once(`arrangement ${ref}`, () =>
        problem(
          table,
          row,
          IMPORT_CODES.doraUnknownReference,
          'warning',
          'c0010',
          `arrangement ${JSON.stringify(ref)} is not in B_02.01`,
        ),
      );
  };
  const serviceType = (table: Table, row: Row, column: string): string => {
    const type = clean(row.cell(column)).toUpperCase();
    if (!(type in ICT_SERVICE_TYPES))
      once(`type ${type}`, () =>
        problem(
          table,
          row,
          IMPORT_CODES.doraBadValue,
          'warning',
          column,
          `${JSON.stringify(type)} is not a type of ICT services of Annex III (S01 to S19); the service gets model other`,
        ),
      );
    return type;
  };
  const countries = (table: Table, row: Row, column: string): string[] => {
    const value = clean(row.cell(column)).toUpperCase();
    if (value === '') return [];
    if (isCountryCode(value)) return [value];
    problem(
      table,
      row,
      IMPORT_CODES.doraBadValue,
      'warning',
      column,
      `${JSON.stringify(value)} is not an ISO 3166-1 alpha-2 code; left out`,
    );
    return [];
  };

  // B_02.02: who uses which ICT service, from which direct provider.
  const specific = tables.get(B_02_02)!;
  const directProviders = new Map<string, Set<string>>();
  for (const row of specific.rows) {
    const ref = clean(row.cell('c0010'));
    checkArrangement(ref, specific, row);
    const user = entity(clean(row.cell('c0020')), specific, row, 'c0020');
    const providerCode = clean(row.cell('c0030'));
    const provider = supplier(providerCode, specific, row, 'c0030');
    const type = serviceType(specific, row, 'c0060');
    const service = `${ref}/${type}`;
    const located = [...countries(specific, row, 'c0150'), ...countries(specific, row, 'c0160')];
    if (!graph.hasNode(service)) {
      graph.addNode(service, {
        kind: 'service',
        name: `${graph.getNodeAttribute(provider, 'name')}: ${ICT_SERVICE_TYPES[type] ?? type} (${ref})`,
        model: serviceModel(type),
        category: ICT_SERVICE_TYPES[type] ?? type,
      });
    }
    if (located.length > 0) {
      const current = (graph.getNodeAttributes(service) as ServiceAttributes).countries ?? [];
      graph.mergeNodeAttributes(service, { countries: [...new Set([...current, ...located])] });
    }
    const direct = directProviders.get(service) ?? new Set<string>();
    if (direct.size > 0 && !direct.has(providerCode)) {
      problem(
        specific,
        row,
        IMPORT_CODES.doraInconsistent,
        'warning',
        'c0030',
        `arrangement ${ref} already has the direct provider ${[...direct].join(', ')} for ${type}; the service now needs both`,
      );
    }
    if (!graph.hasEdge(edgeKey('providedBy', service, provider))) addProvidedBy(graph, service, provider);
    directProviders.set(service, direct.add(providerCode));
    const fn = clean(row.cell('c0050'));
    const uses = edgeKey('uses', user, service);
    if (!graph.hasEdge(uses)) addUses(graph, user, service, fn ? { function: fn } : {});
    else if (fn) {
      const previous = (graph.getEdgeAttributes(uses) as { function?: string }).function;
      const functions = new Set([...(previous ? previous.split(';') : []), fn]);
      graph.mergeEdgeAttributes(uses, { function: [...functions].join(';') });
    }
  }

  // B_05.02: the supply chains.
  const byChain = new Map<string, Map<number, Set<string>>>();
  for (const row of chains?.rows ?? []) {
    const chain = `${clean(row.cell('c0010'))}/${clean(row.cell('c0020')).toUpperCase()}`;
    const rank = Number(clean(row.cell('c0050')));
    const ranks = byChain.get(chain) ?? new Map<number, Set<string>>();
    ranks.set(rank, (ranks.get(rank) ?? new Set()).add(clean(row.cell('c0030'))));
    byChain.set(chain, ranks);
  }
  for (const row of chains?.rows ?? []) {
    const ref = clean(row.cell('c0010'));
    checkArrangement(ref, chains!, row);
    const type = serviceType(chains!, row, 'c0020');
    const chain = `${ref}/${type}`;
    const providerCode = clean(row.cell('c0030'));
    const rank = Number(clean(row.cell('c0050')));
    if (rank === 1) {
      const direct = directProviders.get(chain);
      if (!direct)
        problem(
          chains!,
          row,
          IMPORT_CODES.doraUnknownReference,
          'warning',
          'c0010',
          `no B_02.02 row has arrangement ${ref} with type ${type}, so no entity uses this chain`,
        );
      else if (!direct.has(providerCode))
        problem(
          chains!,
          row,
          IMPORT_CODES.doraInconsistent,
          'warning',
          'c0030',
          `the direct provider ${providerCode} differs from B_02.02 (${[...direct].join(', ')}); B_02.02 is used`,
        );
      continue;
    }
    let recipientCode = clean(row.cell('c0060'));
    if (recipientCode === '') {
      const above = [...(byChain.get(chain)?.get(rank - 1) ?? [])];
      if (above.length !== 1) {
        problem(
          chains!,
          row,
          IMPORT_CODES.doraIncomplete,
          'warning',
          'c0060',
          `a subcontractor of rank ${rank} needs the recipient of its service; ${above.length === 0 ? `the chain has no provider of rank ${rank - 1}` : `the chain has ${above.length} providers of rank ${rank - 1}`}, so this row is not used`,
        );
        continue;
      }
      recipientCode = above[0]!;
      problem(
        chains!,
        row,
        IMPORT_CODES.doraIncomplete,
        'warning',
        'c0060',
        `the recipient is empty; ${recipientCode}, the only provider of rank ${rank - 1} in this chain, is used`,
      );
    }
    if (recipientCode === providerCode) {
      problem(
        chains!,
        row,
        IMPORT_CODES.doraInconsistent,
        'warning',
        'c0060',
        `provider ${providerCode} is its own recipient; this row is not used`,
      );
      continue;
    }
    const recipient = supplier(recipientCode, chains!, row, 'c0060');
    const subcontractor = supplier(providerCode, chains!, row, 'c0030');
    if (!graph.hasEdge(edgeKey('subcontracts', recipient, subcontractor, type))) {
      addSubcontracts(graph, recipient, subcontractor, { rank, service: type });
    }
  }

  // B_07.01: the assessment, as information on the service.
  const assessments = tables.get(B_07_01);
  for (const row of assessments?.rows ?? []) {
    const service = `${clean(row.cell('c0010'))}/${clean(row.cell('c0040')).toUpperCase()}`;
    if (!graph.hasNode(service)) {
      problem(
        assessments!,
        row,
        IMPORT_CODES.doraUnknownReference,
        'warning',
        'c0010',
        `no B_02.02 row has this arrangement and type of ICT services; the assessment is not used`,
      );
      continue;
    }
    const assessment: Record<string, string> = {};
    for (const [code, attribute] of [
      ['c0050', 'substitutability'],
      ['c0080', 'exitPlan'],
      ['c0110', 'alternativeProvidersIdentified'],
    ] as const) {
      const value = clean(row.cell(code));
      if (value) assessment[attribute] = value;
    }
    graph.mergeNodeAttributes(service, assessment as Partial<ServiceAttributes>);
  }

  for (const d of validateGraph(graph)) diagnostics.push({ file: tablesFolder, ...d });
  return hasErrors(diagnostics) ? fail() : { graph, diagnostics };
}

const MISSING_MEANS: Readonly<Record<string, string>> = {
  'B_01.01': 'entities are named by B_01.02 or by their LEI',
  'B_01.02': 'entities are named by B_01.01 or by their LEI',
  'B_02.01': 'arrangements are not checked against it',
  'B_05.02': 'no subcontracting is known, so hidden dependencies cannot be found',
  'B_07.01': 'services carry no assessment',
};
