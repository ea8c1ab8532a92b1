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
 *   above in the same chain.
 * - B_06.01 gives each function's criticality: a `uses` edge whose functions were all assessed
 *   neither critical nor important is not critical (add-criticality.ts).
 * - B_07.01 adds the assessment to the service (substitutability c0050, exit plan c0080,
 *   alternative providers identified c0110) as extra attributes.
 *
 * A register package as submitted (`.zip`) is unpacked and read the same way (register-package.ts);
 * a B_05.01 in the 2024 dry run's numbering is read in it, with a warning, or refused when it cannot
 * be told apart (provider-layout.ts); a register without a single B_02.02 row is an error, never an
 * empty graph.
 *
 * The steps: find the tables (register-tables.ts), load them (load-tables.ts), turn each template's
 * rows into records (read-b*.ts, through read-records.ts), and build the graph from the records
 * (build-graph.ts). Errors (nothing is imported): a missing B_02.02 or B_05.01, a table that is not
 * well-formed CSV, a header without a key column or with a column the template does not have, an
 * empty key cell, a rank that is not a natural number, a provider listed twice in B_05.01.
 * Everything else that is incomplete is a warning, and the graph is built from what is there.
 * Every diagnostic names the file, line, column and the column code. O(rows).
 */
import { hasErrors, validateGraph, type Diagnostic } from '@kedja/core';

import { IMPORT_CODES } from '../errors.js';
import type { ImportResult } from '../types.js';
import { buildGraph } from './build-graph.js';
import { loadTables } from './load-tables.js';
import { readRecords } from './read-records.js';
import { findRegisterTables, readRegisterPackage, type RegisterTables } from './register/index.js';
import { B_02_02, B_05_01, templateFile } from './templates.js';

/** A register whose B_02.02 has no row has no arrangement to build a graph from: an error, not an empty graph. */
function emptyRegister(file: string): Diagnostic {
  return {
    file,
    code: IMPORT_CODES.doraEmptyRegister,
    severity: 'error',
    message:
      'the register holds no contractual arrangement: B_02.02 has no rows, so there is nothing to build a graph from; ' +
      'fill B_02.02 (the templates with their headers only are an empty register) or point at the register you meant',
  };
}

/** Reads the register in `folder`; `listed` when the caller has already found its tables (see `loadGraph`). */
export async function readDoraRegister(folder: string, listed?: RegisterTables): Promise<ImportResult> {
  if (listed === undefined && folder.toLowerCase().endsWith('.zip'))
    return readRegisterPackage(folder, (unpacked) => readDoraRegister(unpacked));
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
  const tables = await loadTables(found, diagnostics);
  const records = readRecords(tables, diagnostics);
  if (hasErrors(diagnostics)) return fail();
  if (records.uses.length === 0) {
    diagnostics.push(emptyRegister(tables.get(B_02_02)?.file ?? found.folder));
    return fail();
  }
  const graph = buildGraph(records, diagnostics);
  for (const d of validateGraph(graph)) diagnostics.push({ file: found.folder, ...d });
  return hasErrors(diagnostics) ? fail() : { graph, diagnostics };
}
