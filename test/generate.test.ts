/** `kedja generate`: seeded (same seed, same bytes), valid, the sizes asked for, and heavy-tailed like the study. */
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { createEngine } from '@kedja/core';
import { GraphGenerator, SIZES } from '@kedja/core/generate';
import { readCsvFolder } from '@kedja/importer';
import { describe, expect, it } from 'vitest';

import { kedja } from './support/cli.js';

const tmp = () => mkdtempSync(join(tmpdir(), 'kedja-generate-'));
const read = (folder: string) =>
  Object.fromEntries(
    readdirSync(folder)
      .sort()
      .map((f) => [f, readFileSync(join(folder, f), 'utf8')]),
  );

describe('kedja generate', () => {
  it('writes the same bytes for the same seed and different ones for another seed', async () => {
    const [a, b, c] = [tmp(), tmp(), tmp()];
    for (const [folder, seed] of [
      [a, '5'],
      [b, '5'],
      [c, '6'],
    ] as const) {
      const result = await kedja(['generate', 'sweden', '-o', folder, '--seed', seed]);
      expect(result.code).toBe(0);
      expect(result.stderr).toMatch(/wrote .*: 650 organisations, 400 services, 150 suppliers/);
    }
    expect(read(a)).toEqual(read(b));
    expect(read(a)['uses.csv']).not.toBe(read(c)['uses.csv']);
  });

  it('writes a valid canonical folder whose sharing is heavy-tailed', async () => {
    const folder = tmp();
    expect((await kedja(['generate', 'sweden', '-o', folder])).code).toBe(0);
    const { graph, diagnostics } = await readCsvFolder(folder);
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(graph!.order).toBe(650 + 400 + 150);
    // Like Tabell 6.2: one service shared by most organisations, most services by few.
    const users = new Map<string, number>();
    graph!.forEachEdge((_e, attributes, _s, target) => {
      if (attributes.kind === 'uses') users.set(target, (users.get(target) ?? 0) + 1);
    });
    const counts = [...users.values()].sort((x, y) => y - x);
    expect(counts[0]! / 650).toBeGreaterThan(0.4);
    expect(counts.filter((n) => n <= 3).length).toBeGreaterThan(counts.length / 4);
    // Subcontracting makes some supplier affect more organisations than contract or use it directly.
    const ranking = createEngine(graph!).rank();
    expect(ranking.some((entry) => entry.suppliers > 0 && entry.organisations > 0)).toBe(true);
  });

  it('honours custom sizes and rejects impossible ones with a usage error', async () => {
    const folder = tmp();
    const custom = await kedja([
      'generate',
      'custom',
      '-o',
      folder,
      '--organisations',
      '30',
      '--services',
      '8',
      '--suppliers',
      '5',
    ]);
    expect(custom.code).toBe(0);
    expect(readFileSync(join(folder, 'organisations.csv'), 'utf8').trim().split('\n')).toHaveLength(31);
    expect((await kedja(['generate', 'custom', '-o', folder])).code).toBe(1);
    expect((await kedja(['generate', 'huge', '-o', folder])).code).toBe(1);
    expect((await kedja(['generate', 'M', '-o', folder, '--alternative-share', '2'])).code).toBe(1);
  });

  it('estimates the M size as the issue describes it', () => {
    const estimate = new GraphGenerator({ ...SIZES.M, seed: 1 }).estimate();
    expect(estimate.organisations).toBe(100_000);
    expect(estimate.uses).toBe(1_000_000);
  });
});
