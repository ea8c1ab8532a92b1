/**
 * Where a worker thread starts, for the modules of Kedja's packages that start one (the CSV loader's
 * second reader, the CLI's ranking and simulation pools): the compiled `.js` sibling of the calling
 * module when it runs built, or, when it runs from the TypeScript sources, worker-bootstrap.mjs,
 * which registers tsx in the new thread and imports the `.ts` sibling. O(1).
 */
import { fileURLToPath } from 'node:url';

/**
 * The script (a path, for `new Worker`) and data to start a worker on `module`, a sibling of the
 * module whose `import.meta.url` is `base`.
 */
export function workerEntry(base: string, module: string): { file: string; workerData: Record<string, unknown> } {
  if (base.endsWith('.ts')) {
    return {
      file: fileURLToPath(new URL('./worker-bootstrap.mjs', import.meta.url)),
      workerData: { module: new URL(`./${module}.ts`, base).href },
    };
  }
  return { file: fileURLToPath(new URL(`./${module}.js`, base)), workerData: {} };
}
