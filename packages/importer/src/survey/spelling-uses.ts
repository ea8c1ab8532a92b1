/**
 * The names every respondent gives, collected before any is matched, so that a spelling is
 * judged on the evidence of all respondents: per question and raw spelling, the respondents and
 * lines that wrote it (in order of first appearance), and per respondent the spellings it wrote
 * under every question. O(names in the answers).
 */
import type { Row } from '../formats/csv/index.js';
import { splitNames } from './split-names.js';
import { NAME_QUESTIONS, type NameQuestion } from './survey-table.js';

/** One question's raw spelling and who wrote it. */
export interface SpellingUse {
  question: NameQuestion;
  raw: string;
  organisations: string[];
  lines: number[];
}

/** The spellings one respondent wrote, by their key. */
export interface RespondentNames {
  organisation: string;
  line: number;
  spellings: string[];
}

export interface SpellingUses {
  /** By spellingKey, in order of first appearance. */
  spellings: Map<string, SpellingUse>;
  respondents: RespondentNames[];
}

/** The key of a raw spelling under a question. */
export const spellingKey = (question: NameQuestion, raw: string) => `${question.question}\u0000${raw}`;

/** The raw names of a row, per name question. */
export function rowNames(row: Row): { question: NameQuestion; raw: string }[] {
  return NAME_QUESTIONS.flatMap((question) => splitNames(row.cell(question.column)).map((raw) => ({ question, raw })));
}

export function collectSpellingUses(rows: readonly { row: Row; organisation: string }[]): SpellingUses {
  const spellings = new Map<string, SpellingUse>();
  const respondents: RespondentNames[] = [];
  for (const { row, organisation } of rows) {
    const keys: string[] = [];
    for (const { question, raw } of rowNames(row)) {
      const key = spellingKey(question, raw);
      keys.push(key);
      const use = spellings.get(key) ?? { question, raw, organisations: [], lines: [] };
      if (!use.organisations.includes(organisation)) use.organisations.push(organisation);
      use.lines.push(row.line);
      spellings.set(key, use);
    }
    respondents.push({ organisation, line: row.line, spellings: keys });
  }
  return { spellings, respondents };
}
