/**
 * "Both loaders agree": a canonical CSV folder read by the graph reader (`readCsvFolder`) and by
 * the bulk loader (`loadSnapshot`) must give the same diagnostics (severity, code, file, line and
 * column), and, when both succeed, the same nodes and the same number of edges.
 */
import type { Diagnostic } from '@kedja/core';
import { loadSnapshot, readCsvFolder } from '@kedja/importer';

import { normalise, type Failure } from './commands.js';

async function timed<T>(read: () => Promise<T>, what: string, limit: number): Promise<T | Failure> {
  let timer: NodeJS.Timeout | undefined;
  const hang = new Promise<Failure>(
    (resolve) =>
      (timer = setTimeout(() => resolve({ invariant: 'hang', key: what, detail: `${what} did not end` }), limit)),
  );
  try {
    return await Promise.race([read(), hang]);
  } catch (error) {
    return {
      invariant: 'throws',
      key: `${what}: ${(error as Error)?.message}`,
      detail: String((error as Error)?.stack),
    };
  } finally {
    clearTimeout(timer);
  }
}

const isFailure = (value: unknown): value is Failure =>
  typeof value === 'object' && value !== null && 'invariant' in value && 'key' in value;

function places(diagnostics: readonly Diagnostic[], folder: string): string[] {
  return diagnostics
    .map(
      (d) => `${d.severity} ${d.code} ${(d.file ?? '').split(folder).join('<case>')}:${d.line ?? ''}:${d.column ?? ''}`,
    )
    .sort();
}

/** Differences between two sorted lists, each side's extra items marked. */
function difference(a: string[], b: string[]): string[] {
  const count = new Map<string, number>();
  for (const x of a) count.set(x, (count.get(x) ?? 0) + 1);
  for (const x of b) count.set(x, (count.get(x) ?? 0) - 1);
  return [...count].filter(([, n]) => n !== 0).map(([x, n]) => `${n > 0 ? 'graph only' : 'snapshot only'}: ${x}`);
}

/** Reads `input` both ways; `limit` is the time after which a read has hung. */
export async function compareLoaders(input: string, folder: string, limit: number): Promise<Failure[]> {
  const graph = await timed(() => readCsvFolder(input), 'readCsvFolder', limit);
  const snapshot = await timed(() => loadSnapshot(input), 'loadSnapshot', limit);
  const failures = [graph, snapshot].filter(isFailure).map((f) => ({ ...f, key: normalise(f.key, folder) }));
  if (isFailure(graph) || isFailure(snapshot)) return failures;

  const diff = difference(places(graph.diagnostics, folder), places(snapshot.diagnostics, folder));
  if (diff.length > 0) {
    const codes = [...new Set(diff.map((line) => line.replace(/ <case>.*| :.*/, '')))].sort();
    failures.push({ invariant: 'loaders-agree', key: codes.join(', '), detail: diff.slice(0, 20).join('\n') });
  }
  if (graph.graph !== null && snapshot.snapshot !== null) {
    const g = graph.graph;
    const s = snapshot.snapshot;
    const sameIds = g.order === s.nodeCount && s.ids.every((id) => g.hasNode(id));
    if (!sameIds || g.size !== s.reqTarget.length) {
      failures.push({
        invariant: 'loaders-agree',
        key: sameIds ? 'edge count' : 'nodes',
        detail: `graph ${g.order} nodes, ${g.size} edges; snapshot ${s.nodeCount} nodes, ${s.reqTarget.length} edges`,
      });
    }
  } else if ((graph.graph === null) !== (snapshot.snapshot === null)) {
    failures.push({
      invariant: 'loaders-agree',
      key: 'one succeeds',
      detail: `graph ${!!graph.graph}, snapshot ${!!snapshot.snapshot}`,
    });
  }
  return failures;
}
