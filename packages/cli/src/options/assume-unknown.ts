/**
 * `--assume-unknown <suppliers>` (issue 13): a what-if in which every supplier whose subcontracting
 * is unknown may depend on the named suppliers (say the largest IaaS platforms), each assumption a
 * possible dependency, so answers keep their lower bound and show the worst plausible upper one.
 * The value is supplier ids separated by commas, or the path of a file with one id per line
 * (blank lines and lines starting with # ignored); the option may be repeated.
 */
import { existsSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';

import { createEngine, createSnapshotEngine } from '@kedja/core';
import type { Lang } from '@kedja/core/i18n';
import { assumeUnknownInGraph, assumeUnknownInSnapshot } from '@kedja/core/gaps';
import { Option } from 'commander';

import { UsageError } from '../errors.js';
import type { Io } from '../output/io.js';
import { describeAssumption, type Assumption } from '../render/gaps.js';
import type { LoadedEngine } from './input.js';

export function assumeUnknownOption(): Option {
  return new Option(
    '--assume-unknown <suppliers>',
    'what-if: every supplier whose subcontracting is unknown may depend on these suppliers (ids separated by commas, or a file with one id per line; repeatable)',
  ).argParser((value: string, previous: string[] | undefined) => [...(previous ?? []), value]);
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
  if (ids.length === 0)
    throw new UsageError(`--assume-unknown names no supplier: give ids separated by commas, or a file of them`);
  return ids;
}

/**
 * The loaded engine with the what-if applied (a new engine on the edited graph or snapshot), and
 * what it assumed, said on stderr in `lang` unless the command's own output says it (`say: false`).
 * Unknown or non-supplier ids stop the command (exit 1).
 */
export async function applyAssumeUnknown(
  loaded: LoadedEngine,
  values: readonly string[],
  io: Io,
  lang: Lang,
  { say = true }: { say?: boolean } = {},
): Promise<{ loaded: LoadedEngine; assumption: Assumption }> {
  const providers = await assumedProviders(values);
  let edges: number;
  let next: LoadedEngine;
  if (loaded.graph !== undefined) {
    edges = assumeUnknownInGraph(loaded.graph, providers);
    next = { engine: createEngine(loaded.graph), graph: loaded.graph };
  } else {
    const edited = assumeUnknownInSnapshot(loaded.engine.snapshot, loaded.engine.table, providers);
    edges = edited.assumed;
    next = { engine: createSnapshotEngine(edited.snapshot, loaded.engine.table) };
  }
  const assumption = { providers: [...new Set(providers)], edges };
  if (say) io.stderr(`${describeAssumption(assumption, lang)}\n`);
  return { loaded: next, assumption };
}
