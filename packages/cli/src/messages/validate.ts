/** What `kedja validate` says: the one-line summary of a valid graph, or of an invalid one after its diagnostics. */
import type { Catalogue } from '@kedja/core/i18n';

const en = {
  valid: (input: string, counts: string) => `${input}: valid: ${counts}`,
  invalid: (input: string, errors: string, warnings: string) =>
    `${input}: ${errors}, ${warnings}; nothing was imported`,
};

export type ValidateMessages = typeof en;

const sv: ValidateMessages = {
  valid: (input, counts) => `${input}: giltig: ${counts}`,
  invalid: (input, errors, warnings) => `${input}: ${errors}, ${warnings}; ingenting importerades`,
};

export const VALIDATE_MESSAGES: Catalogue<ValidateMessages> = { en, sv };
