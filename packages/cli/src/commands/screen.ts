/**
 * `kedja screen <input> --pairs | --cover <share>`: joint failures. `--pairs` (N-2): the pairs of
 * suppliers whose joint failure takes down organisations that neither takes down alone, with the
 * redundancy they defeat; `--cover`: the fewest suppliers whose joint failure affects a share of
 * the organisations or of the population, with how far from the optimum that can be.
 */
import {
  createEngine,
  nodeName,
  type CoverOptions,
  type CoverResult,
  type KedjaGraph,
  type PairEntry,
  type PairScreen,
} from '@kedja/core';
import type { Snapshot } from '@kedja/core/kernel';
import { InvalidArgumentError, Option, type Command } from 'commander';

import { UsageError } from '../errors.js';
import { INPUT_DESCRIPTION, loadInput } from '../load-input.js';
import { printJson, type Io } from '../output/io.js';
import { formatNumber, plural, renderTable } from '../output/table.js';
import { largestFirst } from '../output/order.js';
import { listWords } from '../output/words.js';
import { parseCount } from './options.js';

/** A share: 0.5, 50 % or 50%. */
export function parseShare(value: string): number {
  const match = /^\s*(\d+(?:\.\d+)?)\s*(%?)\s*$/.exec(value);
  const share = match ? Number(match[1]) / (match[2] ? 100 : 1) : NaN;
  if (!(share > 0 && share <= 1))
    throw new InvalidArgumentError('expected a share above 0 and at most 1, such as 0.5 or 50%');
  return share;
}

const percent = (share: number) => `${(share * 100).toLocaleString('en-GB', { maximumFractionDigits: 1 })} %`;

/** Facts the two suppliers share that one cause could strike: owner group, country. */
function commonCause(graph: KedjaGraph, a: string, b: string): { parent?: string; country?: string } {
  const x = graph.getNodeAttributes(a);
  const y = graph.getNodeAttributes(b);
  if (x.kind !== 'supplier' || y.kind !== 'supplier') return {};
  return {
    ...(x.parent !== undefined && x.parent.trim().toLowerCase() === y.parent?.trim().toLowerCase()
      ? { parent: x.parent }
      : {}),
    ...(x.country !== undefined && x.country === y.country ? { country: x.country } : {}),
  };
}

function pairJson(graph: KedjaGraph, snapshot: Snapshot, pair: PairEntry) {
  const node = (index: number) => ({ id: snapshot.ids[index]!, name: nodeName(graph, snapshot.ids[index]!) });
  const a = snapshot.ids[pair.a]!;
  const b = snapshot.ids[pair.b]!;
  return {
    suppliers: [node(pair.a), node(pair.b)],
    beyond: pair.beyond.map((o) => {
      const attributes = graph.getNodeAttributes(snapshot.ids[o]!);
      return {
        ...node(o),
        ...(attributes.kind === 'organisation' && attributes.population !== undefined
          ? { population: attributes.population }
          : {}),
      };
    }),
    beyondPopulation: pair.beyondPopulation,
    organisations: pair.organisations,
    defeats: pair.defeated.map((d) => ({
      ...node(d.owner),
      kind: graph.getNodeAttribute(snapshot.ids[d.owner]!, 'kind'),
      alternatives: d.members.map(node),
    })),
    commonCause: commonCause(graph, a, b),
  };
}

export function renderPairs(graph: KedjaGraph, snapshot: Snapshot, screen: PairScreen): string {
  const out: string[] = [
    'N-2 screen: pairs of suppliers whose joint failure takes down organisations that neither takes down alone.',
    `${plural(snapshot.supplierCount, 'supplier')}, ${plural(screen.total, 'pair')}; ${formatNumber(screen.checked)} checked by propagation ` +
      '(only pairs that together defeat a declared redundancy can do this).',
    '',
  ];
  if (screen.found === 0) {
    out.push('No pair does: every organisation a pair takes down, one of the two takes down alone.');
    return `${out.join('\n')}\n`;
  }
  const rows = screen.pairs.map((pair, i) => ({ ...pairJson(graph, snapshot, pair), position: i + 1 }));
  out.push(
    renderTable(rows, [
      { header: '#', value: (r) => r.position, right: true },
      { header: 'pair', value: (r) => r.suppliers.map((s) => s.name).join(' + '), max: 50 },
      { header: 'only together', value: (r) => r.beyond.length, right: true },
      { header: 'population', value: (r) => r.beyondPopulation, right: true },
      {
        header: 'common cause',
        value: (r) =>
          [
            r.commonCause.parent ? `owner ${r.commonCause.parent}` : '',
            r.commonCause.country ? `country ${r.commonCause.country}` : '',
          ]
            .filter(Boolean)
            .join(', ') || '-',
      },
    ]),
  );
  for (const r of rows) {
    const [a, b] = r.suppliers as [{ id: string; name: string }, { id: string; name: string }];
    out.push(
      `${r.position}. ${a.name} (${a.id}) + ${b.name} (${b.id}): only together they take down ${listWords(
        r.beyond
          .map((o) => o.id)
          .sort(largestFirst(graph))
          .map((id) => `${nodeName(graph, id)} (${id})`),
      )}.`,
    );
    for (const d of r.defeats) {
      out.push(
        `   It defeats the declared redundancy of ${d.kind} ${d.name} (${d.id}): ${d.alternatives.map((m) => m.name).join(' or ')}.`,
      );
    }
  }
  const rest = screen.found - rows.length;
  if (rest > 0) out.push(`… and ${formatNumber(rest)} more pairs (--top N to see more)`);
  return `${out.join('\n')}\n`;
}

function coverJson(graph: KedjaGraph, snapshot: Snapshot, cover: CoverResult) {
  return {
    by: cover.by,
    share: cover.share,
    target: cover.target,
    total: cover.total,
    reachable: cover.reachable,
    size: cover.steps.length,
    suppliers: cover.steps.map((step) => ({
      id: snapshot.ids[step.supplier]!,
      name: nodeName(graph, snapshot.ids[step.supplier]!),
      organisations: step.organisations,
      population: step.population,
    })),
    lowerBound: cover.lowerBound,
    optimal: cover.optimal,
    gap: cover.reachable ? cover.steps.length - cover.lowerBound : null,
    method: cover.method,
    searched: cover.searched,
  };
}

export function renderCover(graph: KedjaGraph, snapshot: Snapshot, cover: CoverResult): string {
  const json = coverJson(graph, snapshot, cover);
  const what = cover.by === 'organisations' ? 'organisations' : 'the population served';
  const target =
    cover.by === 'organisations'
      ? `${formatNumber(cover.target)} of ${formatNumber(cover.total)}`
      : `${formatNumber(Math.ceil(cover.target))} of ${formatNumber(cover.total)}`;
  const out = [
    `Cover: the fewest suppliers whose joint failure affects at least ${percent(cover.share)} of ${what} (${target}).`,
    '',
  ];
  if (!cover.reachable) {
    out.push(
      `No set of suppliers can: even all of them failing together affect less than ${percent(cover.share)} of ${what}.`,
    );
    return `${out.join('\n')}\n`;
  }
  out.push(
    renderTable(
      json.suppliers.map((s, i) => ({ ...s, position: i + 1 })),
      [
        { header: '#', value: (r) => r.position, right: true },
        { header: 'supplier', value: (r) => r.name, max: 40 },
        { header: 'id', value: (r) => r.id, max: 24 },
        { header: 'organisations', value: (r) => r.organisations, right: true },
        { header: 'population', value: (r) => r.population, right: true },
      ],
    ),
  );
  const last = json.suppliers[json.suppliers.length - 1]!;
  const reached =
    cover.by === 'organisations'
      ? `${plural(last.organisations, 'organisation')} (${percent(last.organisations / cover.total)})`
      : `population ${formatNumber(last.population)} (${percent(last.population / cover.total)})`;
  out.push(
    json.size === 1
      ? `1 supplier suffices: it affects ${reached}.`
      : `${plural(json.size, 'supplier')} suffice: together they affect ${reached} (each row counts what the suppliers up to it affect together).`,
  );
  const searched = cover.searched.length > 0 ? `; every set of ${cover.searched.join(', ')} was tried` : '';
  if (cover.optimal) {
    out.push(
      cover.method === 'exhaustive'
        ? `Optimal: found by trying every smaller set than the greedy choice${searched}.`
        : `Optimal: no smaller set can (lower bound ${cover.lowerBound}, from what each supplier can reach at all${searched}).`,
    );
  } else {
    out.push(
      `Greedy choice: at most ${plural(json.gap!, 'supplier')} more than the smallest possible. No set of fewer than ${plural(cover.lowerBound, 'supplier')} can reach the target${searched}.`,
    );
  }
  return `${out.join('\n')}\n`;
}

export function registerScreen(program: Command, io: Io): void {
  program
    .command('screen')
    .description(
      'joint failures: N-2 pairs that defeat a redundancy (--pairs), the fewest suppliers to take down a share (--cover)',
    )
    .argument('<input>', INPUT_DESCRIPTION)
    .option('--pairs', 'N-2 screen: pairs that take down organisations neither takes down alone')
    .option('--top <n>', 'pairs to show', parseCount, 10)
    .option('--cover <share>', 'the fewest suppliers whose joint failure affects this share (0.5 or 50%)', parseShare)
    .addOption(
      new Option('--by <measure>', 'what --cover counts')
        .choices(['organisations', 'population'])
        .default('organisations'),
    )
    .option('--json', 'print the result as one JSON document')
    .action(
      async (
        input: string,
        options: { pairs?: boolean; top: number; cover?: number; by: CoverOptions['by']; json?: boolean },
      ) => {
        if (!options.pairs && options.cover === undefined) {
          throw new UsageError('say what to screen: --pairs (N-2), --cover <share>, or both');
        }
        const graph = await loadInput(input, io);
        const engine = createEngine(graph);
        const { snapshot } = engine;
        const pairs = options.pairs ? engine.pairs({ top: options.top }) : undefined;
        const cover = options.cover !== undefined ? engine.cover({ share: options.cover, by: options.by }) : undefined;
        if (options.json) {
          printJson(io, {
            ...(pairs
              ? {
                  pairs: {
                    suppliers: snapshot.supplierCount,
                    total: pairs.total,
                    checked: pairs.checked,
                    found: pairs.found,
                    pairs: pairs.pairs.map((pair) => pairJson(graph, snapshot, pair)),
                  },
                }
              : {}),
            ...(cover ? { cover: coverJson(graph, snapshot, cover) } : {}),
          });
          return;
        }
        const parts: string[] = [];
        if (pairs) parts.push(renderPairs(graph, snapshot, pairs));
        if (cover) parts.push(renderCover(graph, snapshot, cover));
        io.stdout(parts.join('\n'));
      },
    );
}
