// Starts a worker thread on a TypeScript module from the repository's sources: registers the
// `source` export condition and tsx in this thread (hooks are per thread), then imports the
// module named in workerData.module. Published builds start their compiled .js workers directly.
import { register } from 'node:module';
import { workerData } from 'node:worker_threads';

const addSourceCondition =
  'export async function resolve(specifier, context, next) {' +
  ' return next(specifier, { ...context, conditions: [...context.conditions, "source"] }); }';
register(`data:text/javascript,${encodeURIComponent(addSourceCondition)}`, import.meta.url);
const { register: registerTsx } = await import('tsx/esm/api');
registerTsx();
await import(workerData.module);
