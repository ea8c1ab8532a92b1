/**
 * The result types every reader of @kedja/importer returns: what was read (or null when any
 * diagnostic is an error) and every problem found, with file, line, column and a stable code.
 */
import type { Diagnostic, KedjaGraph } from '@kedja/core';
import type { NodeTable, ParentGroup, Snapshot } from '@kedja/core/kernel';

export interface ImportResult {
  /** The graph, or null when any diagnostic is an error. */
  graph: KedjaGraph | null;
  /** Every problem found, errors and warnings. */
  diagnostics: Diagnostic[];
  /** How input that was not in the canonical form was read (a `;`-separated or Windows-1252 file); absent when all was. */
  notes?: ImportNote[];
}

/** What a reader says about how it read a file, which is no problem: a CLI prints it as a note. */
export interface ImportNote {
  file: string;
  /** Stable, like a diagnostic's (`KEDJA_CSV_DIALECT`). */
  code: string;
  message: string;
}

export interface LoadSnapshotResult {
  /** The snapshot and its node table, or null when any diagnostic is an error. */
  snapshot: Snapshot | null;
  table: NodeTable | null;
  diagnostics: Diagnostic[];
  /** The ownership groups (parents.csv, or a binary graph's `parents`), which the table resolves; absent when none. */
  parents?: ParentGroup[];
  /** As in ImportResult. */
  notes?: ImportNote[];
}
