/**
 * Screenshots compared with committed baselines (test/baselines/*.png) by pixelmatch: a pixel
 * differs when its colour distance exceeds `threshold`, and a screenshot matches when at most
 * `maxDiffRatio` of its pixels differ (Gephi Lite allows 1 %; Debian updates Chromium, and fonts
 * and anti-aliasing move a little). KEDJA_UPDATE_BASELINES=1 writes the baselines instead; a
 * failing comparison leaves the actual image and the difference beside the test's temp folder.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';

import { ROOT } from './cli.js';

export const BASELINES = join(ROOT, 'test/baselines');

export interface Comparison {
  differentPixels: number;
  ratio: number;
  /** Where the actual screenshot and the difference image were written. */
  written: string[];
}

export function compareWithBaseline(
  name: string,
  actual: Buffer,
  outDir: string,
  options: { threshold?: number } = {},
): Comparison | 'written' {
  const baselineFile = join(BASELINES, `${name}.png`);
  if (process.env.KEDJA_UPDATE_BASELINES === '1' || !existsSync(baselineFile)) {
    if (process.env.KEDJA_UPDATE_BASELINES !== '1') {
      throw new Error(`no baseline ${baselineFile}: run with KEDJA_UPDATE_BASELINES=1 to write it`);
    }
    mkdirSync(BASELINES, { recursive: true });
    writeFileSync(baselineFile, actual);
    return 'written';
  }
  const expected = PNG.sync.read(readFileSync(baselineFile));
  const got = PNG.sync.read(actual);
  if (expected.width !== got.width || expected.height !== got.height) {
    throw new Error(
      `${name}: size ${got.width}x${got.height} differs from the baseline's ${expected.width}x${expected.height}`,
    );
  }
  const diff = new PNG({ width: got.width, height: got.height });
  const differentPixels = pixelmatch(expected.data, got.data, diff.data, got.width, got.height, {
    threshold: options.threshold ?? 0.15,
  });
  const written = [join(outDir, `${name}.actual.png`), join(outDir, `${name}.diff.png`)];
  writeFileSync(written[0]!, actual);
  writeFileSync(written[1]!, PNG.sync.write(diff));
  return { differentPixels, ratio: differentPixels / (got.width * got.height), written };
}
