/**
 * The consequence options shared by `blast` and `timeline`: `--duration` (an outage length) and
 * `--rules` (a consequence rules file in place of the default Tabell 6.4 rules).
 */
import {
  createConsequenceModel,
  defaultConsequenceModel,
  formatDiagnostic,
  parseDuration,
  type ConsequenceModel,
} from '@kedja/core';
import { readConsequenceRules } from '@kedja/importer';
import { InvalidArgumentError } from 'commander';

import { DataError } from './errors.js';
import type { Io } from './output/io.js';

/** Commander parser for an outage length: hours. */
export function parseLength(value: string): number {
  try {
    return parseDuration(value);
  } catch (error) {
    throw new InvalidArgumentError((error as Error).message);
  }
}

/** The default model, or one built from `--rules <file>` (invalid rules: exit 2 with every problem). */
export async function loadConsequenceModel(rulesFile: string | undefined, io: Io): Promise<ConsequenceModel> {
  if (rulesFile === undefined) return defaultConsequenceModel;
  const { rules, diagnostics } = await readConsequenceRules(rulesFile);
  if (rules === null) throw new DataError(`${rulesFile} is not a valid consequence rules file`, diagnostics);
  for (const d of diagnostics) io.stderr(`${formatDiagnostic(d)}\n`);
  return createConsequenceModel(rules);
}

export const RULES_OPTION_HELP =
  'consequence rules file (JSON) in place of the default rules from Tabell 6.4 (see docs/consequences.md)';
