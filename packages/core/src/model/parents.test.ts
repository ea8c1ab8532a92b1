/**
 * Ownership chains by hand: the ultimate parent and the jurisdiction of suppliers at every place a
 * chain can leave them (no parent, a parent the table lacks, a top without a country, two levels
 * up, names in other case), the checks of a table, and resolution that ends on a bad table.
 */
import { describe, expect, it } from 'vitest';

import { checkParents, resolveParents, supplierOwnership } from './parents.js';
import type { ParentGroup } from './types.js';

const TABLE: ParentGroup[] = [
  { group: 'Megamoln Group', name: 'Megamoln Corporation', country: 'US' },
  { group: 'Skolkoncernen', country: 'SE', parent: 'Atlantic Learning' },
  { group: 'Atlantic Learning', country: 'US', parent: 'atlantic capital ' },
  { group: 'Atlantic Capital', country: 'GB' },
  { group: 'Hostinggruppen' },
  { group: 'Omsorg', country: 'SE', parent: 'Hostinggruppen' },
];

describe('supplierOwnership', () => {
  const chains = resolveParents(TABLE);
  const of = (country: string | undefined, parent: string | undefined) =>
    supplierOwnership(chains, { country, parent });

  it("an Irish subsidiary of a US group is under the group's jurisdiction", () => {
    expect(of('IE', 'Megamoln Group')).toEqual({ ultimateParent: 'Megamoln Group', jurisdiction: 'US' });
    expect(of('SE', '  megamoln group ')).toEqual({ ultimateParent: 'Megamoln Group', jurisdiction: 'US' });
  });

  it('follows the chain to its top, whatever the levels in between say', () => {
    expect(of('NO', 'Skolkoncernen')).toEqual({ ultimateParent: 'Atlantic Capital', jurisdiction: 'GB' });
    expect(of('SE', 'Atlantic Learning')).toEqual({ ultimateParent: 'Atlantic Capital', jurisdiction: 'GB' });
  });

  it("keeps the supplier's own country when the top has none", () => {
    expect(of('SE', 'Omsorg')).toEqual({ ultimateParent: 'Hostinggruppen', jurisdiction: 'SE' });
    expect(of(undefined, 'Omsorg')).toEqual({ ultimateParent: 'Hostinggruppen', jurisdiction: undefined });
  });

  it('a supplier without a parent, or with one the table lacks, is its own ultimate owner', () => {
    expect(of('SE', undefined)).toEqual({ ultimateParent: undefined, jurisdiction: 'SE' });
    expect(of('NL', '  ')).toEqual({ ultimateParent: undefined, jurisdiction: 'NL' });
    expect(of('NL', 'Unlisted Group')).toEqual({ ultimateParent: undefined, jurisdiction: 'NL' });
    expect(supplierOwnership(resolveParents(undefined), { country: 'IE', parent: 'Megamoln Group' })).toEqual({
      ultimateParent: undefined,
      jurisdiction: 'IE',
    });
  });

  it('resolves a table with cycles and unknown parents without looping: those chains have no top', () => {
    const bad = resolveParents([
      { group: 'A', parent: 'B', country: 'US' },
      { group: 'B', parent: 'A' },
      { group: 'C', parent: 'A' },
      { group: 'D', parent: 'Nowhere', country: 'US' },
      { group: 'E', country: 'DE' },
      { group: 'e', country: 'US' },
    ]);
    for (const group of ['A', 'B', 'C', 'D']) expect(bad.ultimate(group)).toBeUndefined();
    expect(bad.ultimate('E')?.country).toBe('DE'); // the first row of a repeated group counts
  });
});

describe('checkParents', () => {
  it('finds nothing wrong in a sound table', () => {
    expect(checkParents(TABLE)).toEqual([]);
    expect(checkParents([])).toEqual([]);
  });

  it('reports repeats, unknown parents and each cycle once, in row order', () => {
    const problems = checkParents(
      [
        { group: 'A', parent: 'B' },
        { group: 'B', parent: 'a' },
        { group: 'C', parent: 'Nowhere' },
        { group: 'b' },
        { group: 'D', parent: 'D' },
      ],
      (i) => `line ${i + 2}`,
    );
    expect(problems.map(({ kind, index, field }) => ({ kind, index, field }))).toEqual([
      { kind: 'cycle', index: 0, field: 'parent' },
      { kind: 'unknownParent', index: 2, field: 'parent' },
      { kind: 'duplicateGroup', index: 3, field: 'group' },
      { kind: 'cycle', index: 4, field: 'parent' },
    ]);
    expect(problems[0]!.message).toContain('A → B → A');
    expect(problems[2]!.message).toContain('line 3');
  });

  it('leaves unknown parents alone when the table could not be read whole', () => {
    expect(checkParents([{ group: 'C', parent: 'Nowhere' }], undefined, { complete: false })).toEqual([]);
  });
});
