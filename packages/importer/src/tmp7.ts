import { loadSnapshot } from './index.js';
import { createSnapshotEngine } from '@kedja/core';
const r = await loadSnapshot('/tmp/kedja-bench/M-seed1');
const e = createSnapshotEngine(r.snapshot!, r.table!);
const top = e.rank()[0]!.supplier;
const sc = e.scenario({ suppliers: [top] });
for (let k = 0; k < 5; k++) { const t = performance.now(); let n = 0; while (performance.now() - t < 200) { e.summary(sc); n++; } console.log('summary ms', ((performance.now() - t) / n).toFixed(3), n); }
const p = e.snapshot;
let t = performance.now(); const idx = new Int32Array([r.table!.indexOf(top)!]); 
const { Propagator } = await import('@kedja/core');
const prop = new Propagator(p);
for (let k = 0; k < 5; k++) { t = performance.now(); let n = 0; while (performance.now() - t < 200) { prop.count(idx); n++; } console.log('count ms', ((performance.now() - t) / n).toFixed(3), n); }
const MIN_SAMPLE_MS = 50;
function time<T>(runs: number, work: () => T): { ms: number; result: T } {
  let result = work();
  const sample = () => { let calls = 0; const started = performance.now(); let elapsed: number; do { result = work(); calls++; elapsed = performance.now() - started; } while (elapsed < MIN_SAMPLE_MS); return elapsed / calls; };
  sample();
  const times = Array.from({ length: runs }, sample).sort((a, b) => a - b);
  return { ms: times[Math.floor(times.length / 2)]!, result };
}
const rk = time(5, () => e.rank()); console.log('rank', rk.ms);
const single = time(5, () => e.summary(sc)); console.log('single via time()', single.ms);
