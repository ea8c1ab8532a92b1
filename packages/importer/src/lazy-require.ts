/**
 * A CommonJS package loaded on its first use rather than with the module that uses it, so that a
 * command that never needs it (papaparse and iconv-lite for a binary graph, @fast-csv/format for
 * anything but writing CSV) does not pay for loading it. O(1) after the first call.
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** `name`, required when the returned function is first called. */
export function lazyRequire<T>(name: string): () => T {
  let loaded: T | undefined;
  return () => (loaded ??= require(name) as T);
}
