/**
 * Turning a survey export into a Kedja graph, and showing the work. The catalogue (a canonical CSV
 * folder of known services and suppliers, with their providers and subcontractors) is the known
 * world; every name in the answers is matched against it (name-matcher.ts), a name that fits
 * nothing becomes a new node flagged unresolved (one per normalised key, however it was spelt), a
 * name that fits several a new node flagged ambiguous, never a guess. Organisations become
 * organisation nodes with their answers as attributes (merged into a catalogue organisation of the
 * same id, or else of the same normalised name); Q7:1, Q8:1, Q9:1 give `uses` edges, Q15
 * `contracts` edges, Q23:1 the countries of the services the organisation uses. Nothing is dropped
 * silently: rows that cannot be used, answers that cannot be read and columns that are not read
 * are diagnostics with their line, and every raw spelling is in the report.
 * O(rows × names per row + distinct spellings × catalogue spellings).
 */
import {
  addContracts,
  addUses,
  hasErrors,
  validateGraph,
  type Diagnostic,
  type KedjaGraph,
  type NodeAttributes,
  type OrganisationAttributes,
  type ServiceModel,
} from '@kedja/core';

import { parseBoolean } from '../formats/index.js';
import { readCsvFolder } from '../formats/index.js';
import { readTable, type Row } from '../formats/index.js';
import type { TableSpec } from '../formats/index.js';
import { IMPORT_CODES } from '../errors.js';
import { readCountries } from './country-names.js';
import {
  createNameMatcher,
  MATCH_DEFAULTS,
  type CatalogueEntry,
  type MatchOptions,
  type NameKind,
  type Resolution,
} from './name-matcher.js';
import { nameKey, slug } from './normalise-name.js';
import type { NewNodeReport, NormalisationReport, SpellingReport } from './report-types.js';
import { splitNames } from './split-names.js';
import { DONT_KNOW, NAME_QUESTIONS, ORGANISATION_TYPES, SURVEY_TABLE, YES_NO_QUESTIONS } from './survey-table.js';

export interface SurveyImportOptions extends MatchOptions {
  /** Canonical CSV folder of known services and suppliers (organisations.csv optional). */
  catalogue: string;
  /** Optional CSV file `alias,id` of further known spellings. */
  aliases?: string;
}

export interface SurveyImportResult {
  /** The graph, or null when any diagnostic is an error. */
  graph: KedjaGraph | null;
  report: NormalisationReport | null;
  diagnostics: Diagnostic[];
}

const ALIAS_TABLE: TableSpec = {
  file: 'aliases.csv',
  required: false,
  columns: [
    { name: 'alias', required: true, value: { type: 'text' } },
    { name: 'id', required: true, value: { type: 'text' } },
  ],
};

interface Target {
  id: string;
  kind: NameKind;
}

export async function importSurvey(answers: string, options: SurveyImportOptions): Promise<SurveyImportResult> {
  const { threshold, margin } = { ...MATCH_DEFAULTS, ...options };
  const diagnostics: Diagnostic[] = [];
  const fail = (): SurveyImportResult => ({ graph: null, report: null, diagnostics });

  const catalogue = await readCsvFolder(options.catalogue, { optionalFiles: ['organisations.csv'] });
  diagnostics.push(...catalogue.diagnostics);
  if (!catalogue.graph) return fail();
  const known = catalogue.graph;

  // Aliases: alias -> catalogue id.
  const aliases = new Map<string, string[]>();
  if (options.aliases !== undefined) {
    const file = options.aliases;
    for await (const row of readTable(file, file, ALIAS_TABLE, diagnostics)) {
      const alias = row.cell('alias');
      const id = row.cell('id');
      const kind = known.hasNode(id) ? known.getNodeAttribute(id, 'kind') : undefined;
      if (alias === '' || (kind !== 'service' && kind !== 'supplier')) {
        diagnostics.push({
          file,
          line: row.line,
          column: row.column(alias === '' ? 'alias' : 'id') ?? 1,
          code: IMPORT_CODES.surveyUnknownAliasTarget,
          severity: 'warning',
          message:
            alias === ''
              ? 'the alias is empty; this row is not used'
              : `no catalogue service or supplier has id ${JSON.stringify(id)}; this alias is not used`,
        });
        continue;
      }
      aliases.set(id, [...(aliases.get(id) ?? []), alias]);
    }
  }

  const entries: CatalogueEntry[] = [];
  known.forEachNode((id, attributes) => {
    if (attributes.kind === 'organisation') return;
    const related =
      attributes.kind === 'service'
        ? known
            .outEdges(id)
            .filter((e) => known.getEdgeAttribute(e, 'kind') === 'providedBy')
            .map((e) => known.target(e))
        : known
            .inEdges(id)
            .filter((e) => known.getEdgeAttribute(e, 'kind') === 'providedBy')
            .map((e) => known.source(e));
    entries.push({
      id,
      kind: attributes.kind,
      name: attributes.name,
      ...(attributes.kind === 'service' && attributes.model ? { model: attributes.model } : {}),
      aliases: aliases.get(id) ?? [],
      related,
    });
  });
  const matcher = createNameMatcher(entries, { threshold, margin });

  // Catalogue organisations by normalised name, for respondents whose id the catalogue does not know.
  const organisationsByKey = new Map<string, string[]>();
  known.forEachNode((id, attributes) => {
    if (attributes.kind !== 'organisation') return;
    const key = nameKey(attributes.name);
    organisationsByKey.set(key, [...(organisationsByKey.get(key) ?? []), id]);
  });

  // Read every row first: a malformed file imports nothing.
  const rows: Row[] = [];
  for await (const row of readTable(answers, answers, SURVEY_TABLE, diagnostics)) rows.push(row);
  if (hasErrors(diagnostics)) return fail();

  const graph = known.copy() as KedjaGraph;
  const report: NormalisationReport = {
    answers,
    catalogue: options.catalogue,
    aliases: options.aliases ?? null,
    threshold,
    margin,
    counts: {
      rows: rows.length,
      respondents: 0,
      skippedRows: 0,
      spellings: 0,
      occurrences: 0,
      byMethod: {},
      newNodes: { unresolved: 0, ambiguous: 0 },
      edges: { uses: 0, contracts: 0 },
      dontKnowAnswers: 0,
    },
    spellings: [],
    newNodes: [],
    organisations: [],
    countries: [],
    serviceCountries: [],
    skippedRows: [],
  };
  const warn = (row: Row, column: string, code: string, message: string) =>
    diagnostics.push({
      file: answers,
      line: row.line,
      column: row.column(column) ?? 1,
      code,
      severity: 'warning',
      message,
    });
  const skip = (row: Row, column: string, reason: string) => {
    report.skippedRows.push({ line: row.line, reason });
    warn(row, column, IMPORT_CODES.surveyRowSkipped, `row skipped: ${reason}`);
  };

  const resolutions = new Map<string, Resolution>();
  const spellings = new Map<string, SpellingReport>();
  const newNodes = new Map<string, NewNodeReport & { organisationIds: Set<string> }>();
  const newNodesById = new Map<string, NewNodeReport & { organisationIds: Set<string> }>();
  const countries = new Map<string, { code: string | null; occurrences: number; lines: number[] }>();
  const serviceCountries = new Map<string, { added: Set<string>; organisations: Set<string> }>();
  const answeredOn = new Map<string, number>();

  const newNode = (flag: 'unresolved' | 'ambiguous', kind: NameKind, raw: string, model?: ServiceModel): string => {
    const key = `${flag}\u0000${kind}\u0000${nameKey(raw)}`;
    const existing = newNodes.get(key);
    if (existing) {
      if (!existing.spellings.includes(raw)) existing.spellings.push(raw);
      return existing.id;
    }
    let id = `${flag}-${kind}-${slug(raw)}`;
    for (let n = 2; graph.hasNode(id); n++) id = `${flag}-${kind}-${slug(raw)}-${n}`;
    const attributes = { kind, name: raw, ...(kind === 'service' && model ? { model } : {}) } as NodeAttributes;
    graph.addNode(id, attributes);
    const node = { id, kind, name: raw, flag, spellings: [raw], organisations: 0, organisationIds: new Set<string>() };
    newNodes.set(key, node);
    newNodesById.set(id, node);
    return id;
  };

  for (const row of rows) {
    const answered = row.cell('organisation_id');
    const answeredName = row.cell('organisation_name');
    if (answered === '') {
      skip(row, 'organisation_id', 'organisation_id is empty, so the answers cannot be tied to an organisation');
      continue;
    }
    let id = answered;
    let match: 'catalogue id' | 'catalogue name' | 'new' = 'new';
    if (known.hasNode(answered)) {
      if (known.getNodeAttribute(answered, 'kind') !== 'organisation') {
        skip(
          row,
          'organisation_id',
          `${JSON.stringify(answered)} is the id of a catalogue ${known.getNodeAttribute(answered, 'kind')}`,
        );
        continue;
      }
      match = 'catalogue id';
    } else if (answeredName !== '') {
      const same = organisationsByKey.get(nameKey(answeredName)) ?? [];
      if (same.length === 1) {
        id = same[0]!;
        match = 'catalogue name';
      }
    }
    if (match === 'new' && answeredName === '') {
      skip(row, 'organisation_name', 'organisation_name is empty and the catalogue does not know this organisation');
      continue;
    }
    const earlier = answeredOn.get(id);
    if (earlier !== undefined) {
      skip(row, 'organisation_id', `organisation ${JSON.stringify(id)} already answered on line ${earlier}`);
      continue;
    }
    answeredOn.set(id, row.line);
    report.counts.respondents++;

    const attributes: Partial<OrganisationAttributes> = {};
    if (match === 'new') attributes.name = answeredName;
    const type = row.cell('organisation_type');
    if (type !== '') {
      const orgType = ORGANISATION_TYPES[type.toLowerCase()];
      if (orgType) attributes.orgType = orgType;
      else
        warn(
          row,
          'organisation_type',
          IMPORT_CODES.surveyBadAnswer,
          `organisation_type ${JSON.stringify(type)} is not one of ${Object.keys(ORGANISATION_TYPES).join(', ')}; left out`,
        );
    }
    for (const { column, attribute } of YES_NO_QUESTIONS) {
      const cell = row.cell(column);
      if (cell === '') continue;
      if (DONT_KNOW.has(cell.toLowerCase())) {
        report.counts.dontKnowAnswers++;
        continue;
      }
      const parsed = parseBoolean(cell);
      if (parsed.ok) (attributes as Record<string, unknown>)[attribute] = parsed.value;
      else warn(row, column, IMPORT_CODES.surveyBadAnswer, `${column}: ${parsed.message}, or "vet ej"; left out`);
    }
    const risk = row.cell('q31_shared_supplier_risk');
    if (risk !== '') attributes.sharedSupplierRisk = risk;
    const incidents = splitNames(row.cell('q33_1_incident_kinds'));
    if (incidents.length > 0) attributes.incidentKinds = incidents;
    const countryCell = row.cell('q23_1_countries');
    const read = readCountries(countryCell);
    for (const [raw, code] of [
      ...read.codes.map((c) => [c, c] as const),
      ...read.unread.map((u) => [u, null] as const),
    ]) {
      const entry = countries.get(raw) ?? { code, occurrences: 0, lines: [] };
      entry.occurrences++;
      entry.lines.push(row.line);
      countries.set(raw, entry);
    }
    for (const unread of read.unread) {
      warn(
        row,
        'q23_1_countries',
        IMPORT_CODES.surveyUnreadCountry,
        `${JSON.stringify(unread)} names no country (write a country such as Sverige, Irland or SE); not used for service countries`,
      );
    }
    if (read.codes.length > 0) attributes.processingCountries = read.codes;

    if (graph.hasNode(id)) graph.mergeNodeAttributes(id, attributes as OrganisationAttributes);
    else graph.addNode(id, { kind: 'organisation', ...attributes } as OrganisationAttributes);
    report.organisations.push({ line: row.line, answered, id, name: graph.getNodeAttribute(id, 'name'), match });

    const used = new Set<string>();
    for (const question of NAME_QUESTIONS) {
      for (const raw of splitNames(row.cell(question.column))) {
        const memo = `${question.kind}\u0000${question.model ?? ''}\u0000${raw}`;
        let resolution = resolutions.get(memo);
        if (!resolution) {
          resolution = matcher.match(raw, question.kind, question.model);
          resolutions.set(memo, resolution);
        }
        let target: Target | undefined;
        if (resolution.result === 'merged') target = { id: resolution.id, kind: question.kind };
        else if (resolution.result === 'unresolved' || resolution.result === 'ambiguous')
          target = { id: newNode(resolution.result, question.kind, raw, question.model), kind: question.kind };

        const spellingKey = `${question.question}\u0000${raw}`;
        let spelling = spellings.get(spellingKey);
        if (!spelling) {
          spelling = {
            question: question.question,
            kind: question.kind,
            raw,
            occurrences: 0,
            lines: [],
            result: resolution.result,
            ...(resolution.result !== 'not-a-name' && resolution.result !== 'unresolved'
              ? { method: resolution.method }
              : {}),
            ...(target ? { id: target.id, name: graph.getNodeAttribute(target.id, 'name') } : {}),
            ...(resolution.result === 'merged' ? { score: resolution.score, matched: resolution.matched } : {}),
            ...(resolution.result === 'ambiguous' ? { candidates: resolution.candidates } : {}),
            ...(resolution.result === 'unresolved' && resolution.best ? { candidates: [resolution.best] } : {}),
            reason: resolution.reason,
          };
          spellings.set(spellingKey, spelling);
        }
        spelling.occurrences++;
        spelling.lines.push(row.line);
        if (!target) continue;

        newNodesById.get(target.id)?.organisationIds.add(id);
        if (target.kind === 'service') {
          used.add(target.id);
          if (!graph.hasEdge(`uses:${id}->${target.id}`)) {
            addUses(graph, id, target.id);
            report.counts.edges.uses++;
          }
        } else if (!graph.hasEdge(`contracts:${id}->${target.id}`)) {
          addContracts(graph, id, target.id);
          report.counts.edges.contracts++;
        }
      }
    }
    // Q23:1: the countries the organisation's contracts name, for the services it uses.
    for (const service of used) {
      if (read.codes.length === 0) continue;
      const attributes = graph.getNodeAttributes(service);
      const current = attributes.kind === 'service' ? (attributes.countries ?? []) : [];
      const added = read.codes.filter((code) => !current.includes(code));
      const record = serviceCountries.get(service) ?? { added: new Set(), organisations: new Set() };
      record.organisations.add(id);
      for (const code of added) record.added.add(code);
      serviceCountries.set(service, record);
      if (added.length > 0) graph.mergeNodeAttributes(service, { countries: [...current, ...added] });
    }
  }

  report.spellings = [...spellings.values()];
  report.counts.spellings = report.spellings.length;
  for (const s of report.spellings) {
    report.counts.occurrences += s.occurrences;
    const bucket = s.result === 'merged' ? s.method! : s.result;
    report.counts.byMethod[bucket] = (report.counts.byMethod[bucket] ?? 0) + 1;
  }
  report.newNodes = [...newNodes.values()].map(({ organisationIds, ...node }) => ({
    ...node,
    organisations: organisationIds.size,
  }));
  for (const node of report.newNodes) report.counts.newNodes[node.flag]++;
  report.counts.skippedRows = report.skippedRows.length;
  report.countries = [...countries.entries()].map(([raw, c]) => ({ raw, ...c }));
  report.serviceCountries = [...serviceCountries.entries()]
    .filter(([, r]) => r.added.size > 0)
    .map(([service, r]) => ({ service, added: [...r.added].sort(), organisations: [...r.organisations].sort() }));

  for (const d of validateGraph(graph)) diagnostics.push({ file: answers, ...d });
  return hasErrors(diagnostics) ? fail() : { graph, report, diagnostics };
}
