/**
 * What every analysis of one graph shares: the snapshot, the facts about its nodes, and the
 * scratch state of the propagation kernel. Built once per engine; the snapshot is immutable, so an
 * engine answers for the graph as it was when the engine was created. The graphology graph is
 * there when the engine was made from one, absent when the bulk loader built the snapshot.
 */
import { CORE_ERROR_CODES, KedjaError } from '../errors.js';
import type { KedjaGraph } from '../model/index.js';
import { LostDependencies } from './lost-dependencies.js';
import { graphNodeTable, type NodeTable } from './node-table.js';
import { Propagator } from './propagate.js';
import { createSnapshot, type Snapshot } from './snapshot.js';

export interface EngineContext {
  readonly graph: KedjaGraph | undefined;
  readonly snapshot: Snapshot;
  /** Node facts, indexed like the snapshot. */
  readonly table: NodeTable;
  readonly propagator: Propagator;
  readonly lost: LostDependencies;
  /** Node indices of supplier and service ids; throws on an unknown id. */
  indicesOf(ids: readonly string[]): Int32Array;
}

export function createContext(graph: KedjaGraph): EngineContext {
  const snapshot = createSnapshot(graph);
  return createSnapshotContext(snapshot, graphNodeTable(graph, snapshot.ids), graph);
}

export function createSnapshotContext(snapshot: Snapshot, table: NodeTable, graph?: KedjaGraph): EngineContext {
  const propagator = new Propagator(snapshot);
  const lost = new LostDependencies(snapshot, (node) => propagator.isDown(node));
  return {
    graph,
    snapshot,
    table,
    propagator,
    lost,
    indicesOf(ids) {
      const indices = new Int32Array(ids.length);
      ids.forEach((id, i) => {
        const index = snapshot.index.get(id);
        if (index === undefined) {
          throw new KedjaError(
            CORE_ERROR_CODES.unknownId,
            graph?.hasNode(id)
              ? `${id} was added to the graph after this engine was created; create a new engine to include it`
              : `${id} is not a node of this graph`,
          );
        }
        if (index >= snapshot.assetCount) {
          throw new KedjaError(
            CORE_ERROR_CODES.wrongKind,
            `${id} is an organisation; only suppliers and services can fail`,
          );
        }
        indices[i] = index;
      });
      return indices;
    },
  };
}
