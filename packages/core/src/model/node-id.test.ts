/**
 * checkNodeId against the plain statement of its rules (a reserved name, then a control
 * character, then spaces trim() removes), on every reserved name and on thousands of random ids
 * built from the characters that matter: its fast path for plain ids must never answer otherwise.
 */
import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import { describe, expect, it } from 'vitest';

import { checkNodeId, plainNodeIdBytes } from './graph.js';
import { MODEL_CODES } from './validate.js';

const RESERVED = new Set(Object.getOwnPropertyNames(Object.prototype));

/** What checkNodeId answers, said plainly: the code, and where a control character is. */
function reference(id: string): string | undefined {
  if (RESERVED.has(id)) return MODEL_CODES.reservedId;
  // eslint-disable-next-line no-control-regex
  const control = /[\u0000-\u001F\u007F]/.exec(id);
  if (control !== null) return `${MODEL_CODES.invalidId} at ${control.index + 1}`;
  if (id.trim() !== id) return `${MODEL_CODES.invalidId} spaces`;
  return undefined;
}

function answer(id: string): string | undefined {
  const problem = checkNodeId(id);
  if (problem === undefined) return undefined;
  const at = /at character (\d+)/.exec(problem.message);
  if (at !== null) return `${problem.code} at ${at[1]}`;
  return problem.code === MODEL_CODES.invalidId ? `${problem.code} spaces` : problem.code;
}

// Reserved names and their near misses, controls, ASCII and Unicode spaces, a byte order mark,
// a surrogate pair, letters.
const PIECES = [
  ...RESERVED,
  '_',
  'c',
  't',
  'constructo',
  '\u0000',
  '\t',
  '\n',
  '\u001f',
  '\u007f',
  ' ',
  '\u00a0',
  '\u2028',
  '\u3000',
  '\ufeff',
  '\u0085',
  '~',
  '!',
  'å',
  '😀',
  'org-1',
  '-',
];

/** The reserved names, the pieces, and 20,000 random ids of one to four pieces. */
function someIds(): string[] {
  const rng = xoroshiro128plus(20261204);
  const next = () => uniformFloat64(rng);
  const ids = ['', ...RESERVED, ...PIECES];
  for (let n = 0; n < 20_000; n++) {
    const parts = 1 + Math.floor(next() * 4);
    let id = '';
    for (let p = 0; p < parts; p++) id += PIECES[Math.floor(next() * PIECES.length)]!;
    ids.push(id);
  }
  return ids;
}

describe('checkNodeId', () => {
  it('answers as its rules say on every reserved name and on random ids', () => {
    const ids = someIds();
    let refused = 0;
    for (const id of ids) {
      expect(answer(id), JSON.stringify(id)).toBe(reference(id));
      if (reference(id) !== undefined) refused++;
    }
    // Both answers occur often, so that neither way of the check goes untested.
    expect(refused).toBeGreaterThan(2_000);
    expect(ids.length - refused).toBeGreaterThan(2_000);
  });

  it('is never asked in vain by a reader of stored ids: what plainNodeIdBytes passes, checkNodeId accepts', () => {
    const encoder = new TextEncoder();
    let plain = 0;
    for (const id of someIds()) {
      // In a column of several ids, at an offset, as a binary graph stores them.
      const bytes = encoder.encode(`xx${id}yy`);
      const end = bytes.length - 2;
      if (!plainNodeIdBytes(bytes, 2, end)) continue;
      plain++;
      expect(checkNodeId(id), JSON.stringify(id)).toBeUndefined();
    }
    expect(plain).toBeGreaterThan(1_000);
    // Each rule is seen on the bytes too: a reserved name, a control character inside, a space at an end.
    for (const id of ['toString', 'a\u0001b', 'ab ', ' ab', 'a\u007fb']) {
      expect(plainNodeIdBytes(encoder.encode(id), 0, encoder.encode(id).length), JSON.stringify(id)).toBe(false);
    }
  });
});
