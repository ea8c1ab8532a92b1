#!/usr/bin/env node
// The `kedja` command. In the repository it runs the TypeScript sources directly (tsx, plus the
// `source` export condition so that @kedja/* packages resolve to their sources: no build step).
// A published package has no src/ and runs the compiled dist/ instead.
import { existsSync } from 'node:fs';
import { register } from 'node:module';

const source = new URL('../src/bin.ts', import.meta.url);
if (existsSync(source)) {
  const addSourceCondition =
    'export async function resolve(specifier, context, next) {' +
    ' return next(specifier, { ...context, conditions: [...context.conditions, "source"] }); }';
  register(`data:text/javascript,${encodeURIComponent(addSourceCondition)}`, import.meta.url);
  const { register: registerTsx } = await import('tsx/esm/api');
  registerTsx();
  await import(source.href);
} else {
  await import(new URL('../dist/bin.js', import.meta.url).href);
}
