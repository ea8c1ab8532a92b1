import { readGraphJson, readCsvFolder, writeGraphJson } from './index.js';
import { createEngine } from '@kedja/core';
import { existsSync } from 'node:fs';
if (!existsSync('/tmp/gen-M.json')) { const r = await readCsvFolder('/tmp/gen-M'); await writeGraphJson(r.graph!, '/tmp/gen-M.json'); }
let t = performance.now();
const lap = (label: string) => { const n = performance.now(); console.log(label, ((n - t) / 1000).toFixed(3), 's'); t = n; };
const r = await readGraphJson('/tmp/gen-M.json');
lap('readGraphJson');
const e = createEngine(r.graph!);
lap('createEngine');
for (let i = 0; i < 6; i++) { const x = e.rank(); lap('rank ' + x.length); }
const snap = e.snapshot;
console.log('units', snap.unitCount, 'edges', snap.reqTarget.length, 'deps', snap.depUnit.length);
let work = 0; const x = e.rank(); for (const r of x) work += r.organisations + r.services; console.log('sum of blast sizes', work);
