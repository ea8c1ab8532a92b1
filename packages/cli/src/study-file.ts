/**
 * The study reference beside an input: a `study.json` in the input folder (datasets/sweden-2018 has
 * one) holds a study's published figures, which `kedja metrics` and `kedja report` show beside the
 * computed ones. A missing file is normal; an unreadable or malformed one is a warning on stderr,
 * and the command goes on without it.
 */
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';

import { KedjaError } from '@kedja/core';
import { checkStudyReference, type StudyReference } from '@kedja/core/reports';

import type { Io } from './output/io.js';

export const STUDY_FILE = 'study.json';

export async function readStudyReference(input: string, io: Io): Promise<StudyReference | undefined> {
  const file = join(input, STUDY_FILE);
  try {
    if (!(await stat(input)).isDirectory() || !(await stat(file)).isFile()) return undefined;
  } catch {
    return undefined;
  }
  try {
    return checkStudyReference(JSON.parse(await readFile(file, 'utf8')));
  } catch (error) {
    const reason = error instanceof KedjaError ? error.message : (error as Error).message;
    io.stderr(`warning: ${file} is not a usable study reference (${reason}); the study's figures are left out\n`);
    return undefined;
  }
}
