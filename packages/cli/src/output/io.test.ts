/** Where commands write: one JSON document per printJson, and processIo on the process's own streams. */
import { afterEach, describe, expect, it, vi } from 'vitest';

import { printJson, processIo, type Io } from './io.js';

function captureIo(): Io & { out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, stdout: (text) => void out.push(text), stderr: (text) => void err.push(text), isTty: false };
}

describe('printJson', () => {
  it('writes one document, indented by two spaces, with a final newline, to stdout only', () => {
    const io = captureIo();
    printJson(io, { name: 'Ådalens kommun', counts: [1, 2] });
    expect(io.out).toEqual(['{\n  "name": "Ådalens kommun",\n  "counts": [\n    1,\n    2\n  ]\n}\n']);
    expect(io.err).toEqual([]);
  });

  it('keeps key order and leaves out undefined values, as JSON.stringify does', () => {
    const io = captureIo();
    printJson(io, { b: 1, a: undefined, c: null });
    expect(JSON.parse(io.out.join(''))).toEqual({ b: 1, c: null });
    expect(io.out.join('')).toBe('{\n  "b": 1,\n  "c": null\n}\n');
  });
});

describe('processIo', () => {
  afterEach(() => vi.restoreAllMocks());

  it('writes stdout text to process.stdout and stderr text to process.stderr', () => {
    const out = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    const err = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    processIo.stdout('answer\n');
    processIo.stderr('note\n');
    expect(out).toHaveBeenCalledWith('answer\n');
    expect(err).toHaveBeenCalledWith('note\n');
    expect(out).toHaveBeenCalledTimes(1);
    expect(err).toHaveBeenCalledTimes(1);
  });
});
