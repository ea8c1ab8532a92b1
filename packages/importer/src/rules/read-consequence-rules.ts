/**
 * Reading a consequence rules file (JSON, the shape of core's `default-rules.json`): the rules, or
 * every problem with line and column in the file. Never throws on bad data. O(size of the file).
 */
import { checkConsequenceRules, type ConsequenceRules, type Diagnostic } from '@kedja/core';
import { findNodeAtLocation, parse as parseLenient, parseTree, type ParseError } from 'jsonc-parser';

import { IMPORT_CODES } from '../errors.js';
import { readText } from '../guarded-file.js';

export interface RulesResult {
  rules: ConsequenceRules | null;
  diagnostics: Diagnostic[];
}

function position(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: before[before.length - 1]!.length + 1 };
}

export async function readConsequenceRules(file: string): Promise<RulesResult> {
  const read = await readText(file, 'rules file');
  if (!read.ok) return { rules: null, diagnostics: [read.diagnostic] };
  const text = read.value;
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const errors: ParseError[] = [];
    parseLenient(text, errors, { allowTrailingComma: false, disallowComments: true });
    return {
      rules: null,
      diagnostics: [
        {
          file,
          ...position(text, errors[0]?.offset ?? 0),
          code: IMPORT_CODES.jsonSyntax,
          severity: 'error',
          message: `not valid JSON: ${(error as Error).message}`,
        },
      ],
    };
  }
  const problems = checkConsequenceRules(data);
  if (problems.length === 0) return { rules: data as ConsequenceRules, diagnostics: [] };
  const tree = parseTree(text);
  return {
    rules: null,
    diagnostics: problems.map(({ path, ...problem }) => {
      // The deepest part of the path that exists in the file (a missing key points at its parent).
      for (let depth = path.length; depth >= 0; depth--) {
        const node = tree ? findNodeAtLocation(tree, path.slice(0, depth)) : undefined;
        if (node) return { file, ...position(text, node.offset), ...problem };
      }
      return { file, ...problem };
    }),
  };
}
