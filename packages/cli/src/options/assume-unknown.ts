/**
 * `--assume-unknown <suppliers>` (issue 13): a what-if in which every supplier whose subcontracting
 * is unknown may depend on the named suppliers (say the largest IaaS platforms), each assumption a
 * possible dependency, so answers keep their lower bound and show the worst plausible upper one.
 * The value is supplier ids separated by commas, or the path of a file with one id per line
 * (blank lines and lines starting with # ignored); the option may be repeated. `loadInput` and
 * `loadEngine` (input.ts) apply it to whatever they load.
 */
import { existsSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';

import { createSnapshotEngine, type KedjaGraph, type SnapshotEngine } from '@kedja/core';
import { assumeUnknownInGraph, assumeUnknownInSnapshot } from '@kedja/core/gaps';
import type { Lang } from '@kedja/core/i18n';
import { Option } from 'commander';

import { UsageError } from '../errors.js';
import type { Io } from '../output/io.js';
import { describeAssumption, type Assumption } from '../render/gaps.js';

/** What a command asks of the loader: the option's values, the language of the note, whether to say it on stderr. */
export interface AssumeRequest {
  values: readonly string[];
  lang: Lang;
  /** Say what was assumed on stderr (default); false when the command's own output says it. */
  say?: boolean;
}

export function assumeUnknownOption(): Option {
  return new Option(
    '--assume-unknown <suppliers>',
    'what-if: every supplier whose subcontracting is unknown may depend on these suppliers (ids separated by commas, or a file with one id per line; repeatable)',
  ).argParser((value: string, previous: string[] | undefined) => [...(previous ?? []), value]);
}

/** With --engine neo4j the graph is the database's: the what-if works on a graph in memory only. */
export function refuseAssumeInDatabase(values: readonly string[] | undefined): void {
  if (values !== undefined) {
    throw new UsageError('--assume-unknown works on a graph in memory; it does not work with --engine neo4j');
  }
}

/** The request of a command's options, when `--assume-unknown` was given. */
export function assumeRequest(
  values: readonly string[] | undefined,
  lang: Lang,
  say = true,
): AssumeRequest | undefined {
  return values === undefined ? undefined : { values, lang, say };
}

/** The supplier ids the option's values name: ids separated by commas, or files of one id per line. */
export async function assumedProviders(values: readonly string[]): Promise<string[]> {
  const ids: string[] = [];
  for (const value of values) {
    if (existsSync(value) && statSync(value).isFile()) {
      const text = await readFile(value, 'utf8');
      for (const line of text.split(/\r?\n/)) {
        const id = line.trim();
        if (id !== '' && !id.startsWith('#')) ids.push(id);
      }
    } else {
      for (const id of value.split(',')) if (id.trim() !== '') ids.push(id.trim());
    }
  }
  if (ids.length === 0) {
    throw new UsageError(`--assume-unknown names no supplier: give ids separated by commas, or a file of them`);
  }
  return ids;
}

function said(assumption: Assumption, request: AssumeRequest, io: Io): Assumption {
  if (request.say !== false) io.stderr(`${describeAssumption(assumption, request.lang)}\n`);
  return assumption;
}

/** Adds the what-if's possible edges to a loaded graph. Unknown or non-supplier ids stop the command (exit 1). */
export async function assumeOnGraph(graph: KedjaGraph, request: AssumeRequest, io: Io): Promise<Assumption> {
  const providers = await assumedProviders(request.values);
  const edges = assumeUnknownInGraph(graph, providers);
  return said({ providers: [...new Set(providers)], edges }, request, io);
}

/** A snapshot engine of the what-if (same node table), for input loaded without a graph. */
export async function assumeOnSnapshot(
  engine: SnapshotEngine,
  request: AssumeRequest,
  io: Io,
): Promise<{ engine: SnapshotEngine; assumption: Assumption }> {
  const providers = await assumedProviders(request.values);
  const edited = assumeUnknownInSnapshot(engine.snapshot, engine.table, providers);
  const assumption = said({ providers: [...new Set(providers)], edges: edited.assumed }, request, io);
  return { engine: createSnapshotEngine(edited.snapshot, engine.table), assumption };
}
