/** docs/consequences.md stays true: its table lists every default rule as shipped, and its example rules file is valid. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import {
  checkConsequenceRules,
  createConsequenceModel,
  defaultConsequenceModel,
  type ConsequenceRules,
} from '@kedja/core';
import { describe, expect, it } from 'vitest';

import { ROOT } from './support/cli.js';

const DOC = readFileSync(join(ROOT, 'docs/consequences.md'), 'utf8');

describe('docs/consequences.md', () => {
  const rows = new Map(
    [
      ...DOC.split('## The default rules')[1]!
        .split('\n## ')[0]!
        .matchAll(/^\| `([a-z0-9-]+)` +\|(.*)$/gm),
    ].map((m) => [m[1]!, m[2]!.split('|').map((c) => c.trim())]),
  );

  it.each(defaultConsequenceModel.rules.rules.map((rule) => [rule.id, rule] as const))(
    'lists rule %s with its hour, level and source row',
    (id, rule) => {
      const cells = rows.get(id);
      expect(cells, id).toBeDefined();
      const [, , from, level, row] = cells!;
      expect(from).toBe(`${rule.when.fromHours} h`);
      expect(level).toBe(rule.level);
      if (rule.source.row) expect(row).toBe(`${rule.source.row}, ${rule.source.column}`);
    },
  );

  it('lists no rule that is not shipped', () => {
    const ids = new Set(defaultConsequenceModel.rules.rules.map((r) => r.id));
    expect([...rows.keys()].filter((id) => !ids.has(id))).toEqual([]);
  });

  it('shows an example rules file that is valid and works', () => {
    const example = JSON.parse(/```json\n([\s\S]*?)```/.exec(DOC)![1]!) as ConsequenceRules;
    expect(checkConsequenceRules(example)).toEqual([]);
    const model = createConsequenceModel(example);
    expect(model.assessDependency({ critical: true }, 8).level).toBe('critical');
    expect(model.assessDependency({ critical: true }, 7).level).toBe('none');
  });
});
