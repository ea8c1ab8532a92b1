/**
 * Peak memory of one way of loading a graph, measured alone in its own process:
 * `memory.ts engine <folder>` (bulk loader into the snapshot engine) or `memory.ts graphology <folder>`
 * (a graphology graph, as a graphology user holds it). Prints one JSON line.
 */
import { createSnapshotEngine } from '@kedja/core';
import { loadSnapshot, readCsvFolder } from '@kedja/importer';

const [mode, folder] = process.argv.slice(2);
const started = performance.now();
let held: unknown;
if (mode === 'engine') {
  const { snapshot, table } = await loadSnapshot(folder!);
  const engine = createSnapshotEngine(snapshot!, table!);
  engine.rank();
  held = engine;
} else {
  const { graph } = await readCsvFolder(folder!);
  held = graph;
}
const ms = performance.now() - started;
// resourceUsage().maxRSS is in kilobytes: the peak of the whole process, loading included.
console.log(
  JSON.stringify({
    mode,
    peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
    loadMs: Math.round(ms),
    held: held !== undefined,
  }),
);
