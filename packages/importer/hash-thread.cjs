'use strict';
// The thread that takes the SHA-256 of a binary graph's large files (src/formats/arrow/file-hash.ts):
// each message is the bytes of one file, in shared memory, or the path of a file the caller does not
// read (the thread reads it piece by piece), and the answer is its hex sum, in order (null when the
// file cannot be read).
// A plain CommonJS file beside src/ and dist/, so that the same file runs from the sources and from
// the build, and so that bin/kedja.js can start the thread before it loads the CLI (starting a
// thread takes about as long as reading the files). Required, it holds what both need: the size
// line, the slot a thread started early waits in, and `startEarly`.
const { readFileSync } = require('node:fs');
const { isMainThread, parentPort, Worker } = require('node:worker_threads');

/** Files from this size on are hashed on the thread. */
const BACKGROUND_HASH_BYTES = 8 * 1024 * 1024;

/** The global slot where a thread started early waits, unreferenced, for the first reader that needs one. */
const EARLY_HASH_THREAD = Symbol.for('kedja.hash-thread');

/** True when an argument names a binary graph (a folder holding kedja.json) that lists a file that large. */
function namesLargeGraph(args) {
  return args.some((arg) => {
    if (arg.startsWith('-')) return false;
    try {
      const { files } = JSON.parse(readFileSync(`${arg}/kedja.json`, 'utf8'));
      return Object.values(files).some((file) => file.bytes >= BACKGROUND_HASH_BYTES);
    } catch {
      return false; // not a binary graph, or not one to read: the reader says so
    }
  });
}

/**
 * Starts the thread now when `args` name such a graph, and leaves it in EARLY_HASH_THREAD:
 * unreferenced, so that a command that does not take it is not kept waiting for it; one that dies
 * before it is taken leaves the slot.
 */
function startEarly(args) {
  if (!namesLargeGraph(args)) return;
  const worker = new Worker(__filename);
  const leave = () => {
    if (globalThis[EARLY_HASH_THREAD] === worker) globalThis[EARLY_HASH_THREAD] = undefined;
  };
  worker.on('error', leave).on('exit', leave).unref();
  globalThis[EARLY_HASH_THREAD] = worker;
}

let piece;

/** The hex SHA-256 of a file, read a piece at a time (so that a large file needs no memory of its size); throws when it cannot be read. */
function hashFile(path) {
  const { createHash } = require('node:crypto');
  const { closeSync, openSync, readSync } = require('node:fs');
  piece ??= Buffer.allocUnsafe(1 << 20);
  const hash = createHash('sha256');
  const fd = openSync(path, 'r');
  try {
    for (let read; (read = readSync(fd, piece, 0, piece.length, null)) > 0;) hash.update(piece.subarray(0, read));
  } finally {
    closeSync(fd);
  }
  return hash.digest('hex');
}

module.exports = { BACKGROUND_HASH_BYTES, EARLY_HASH_THREAD, hashFile, namesLargeGraph, startEarly };

// The thread itself only when this file is a thread's script, not when a module of a thread requires it.
if (!isMainThread && require.main === module) {
  const { createHash } = require('node:crypto');
  parentPort.on('message', (message) => {
    if (typeof message !== 'string') {
      parentPort.postMessage(createHash('sha256').update(message).digest('hex'));
      return;
    }
    let hex = null;
    try {
      hex = hashFile(message);
    } catch {
      // Unreadable: null, which the reader refuses as a file that cannot be read.
    }
    parentPort.postMessage(hex);
  });
}
