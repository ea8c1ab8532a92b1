/**
 * `--node-kind <rules>` of `kedja import`: rules that map a foreign GEXF or GraphML file's own
 * attributes to Kedja's kinds, `attribute=value:kind,...` (`type=kommun:organisation,type=*:supplier`)
 * or the name of a small file with one rule per line. A rule that does not parse is an
 * `InvalidArgumentError` (exit 1) that shows the form.
 */
import { readFileSync, statSync } from 'node:fs';

import { parseNodeKindRules, type NodeKindRule } from '@kedja/importer';
import { InvalidArgumentError } from 'commander';

const isFile = (path: string) => {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
};

export function parseNodeKindOption(value: string): NodeKindRule[] {
  const text = isFile(value) ? readFileSync(value, 'utf8') : value;
  const { rules, problems } = parseNodeKindRules(text);
  if (problems.length > 0) throw new InvalidArgumentError(problems.join('; '));
  if (rules.length === 0)
    throw new InvalidArgumentError('no rule; write attribute=value:kind, such as type=kommun:organisation');
  return rules;
}
