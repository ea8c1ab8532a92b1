/**
 * `--rules <file>`, shared by `blast` and `timeline`: a consequence rules file in place of the
 * default Tabell 6.4 rules. Invalid rules stop the command with exit code 2 and every problem.
 */
import { createConsequenceModel, defaultConsequenceModel, formatDiagnostic, type ConsequenceModel } from '@kedja/core';
import { Option } from 'commander';

import { DataError } from '../errors.js';
import type { Io } from '../output/io.js';

export const RULES_OPTION_HELP =
  'consequence rules file (JSON) in place of the default rules from Tabell 6.4 (see docs/consequences.md)';

export function rulesOption(): Option {
  return new Option('--rules <file>', RULES_OPTION_HELP);
}

/** The default model, or one built from `--rules <file>` (invalid rules: exit 2 with every problem). */
export async function loadConsequenceModel(rulesFile: string | undefined, io: Io): Promise<ConsequenceModel> {
  if (rulesFile === undefined) return defaultConsequenceModel;
  const { readConsequenceRules } = await import('@kedja/importer');
  const { rules, diagnostics } = await readConsequenceRules(rulesFile);
  if (rules === null) throw new DataError(`${rulesFile} is not a valid consequence rules file`, diagnostics);
  for (const d of diagnostics) io.stderr(`${formatDiagnostic(d)}\n`);
  return createConsequenceModel(rules);
}
