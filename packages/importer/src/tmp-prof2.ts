import { readGraphJson } from './index.js';
import { createEngine, Propagator } from '@kedja/core';
const r = await readGraphJson('/tmp/gen-M.json');
const e = createEngine(r.graph!);
const p = new Propagator(e.snapshot);
const m = new Int32Array(1);
let t = performance.now();
for (let round = 0; round < 3; round++) {
  for (let s = 0; s < e.snapshot.supplierCount; s++) {
    m[0] = s; p.run(m);
    if (s % 1000 === 999) { const n = performance.now(); console.log(round, s, (n - t).toFixed(1), 'ms'); t = n; }
  }
}
