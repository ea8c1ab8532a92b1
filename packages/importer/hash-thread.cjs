'use strict';
// The thread that takes the SHA-256 of a binary graph's large files (src/formats/arrow/file-hash.ts):
// each message is the bytes of one file, in shared memory, and the answer is its hex sum, in order.
// A plain CommonJS file beside src/ and dist/, so that the same file runs from the sources and from
// the build, and so that bin/kedja.js can start the thread before it loads the CLI (starting a
// thread takes about as long as reading the files): required on the main thread, it says whether
// a command line names a graph that needs the thread.
const { readFileSync } = require('node:fs');
const { isMainThread, parentPort } = require('node:worker_threads');

/** Files from this size on are hashed on the thread (file-hash.ts's BACKGROUND_HASH_BYTES). */
const BACKGROUND_HASH_BYTES = 8 * 1024 * 1024;

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

if (isMainThread) {
  module.exports = { BACKGROUND_HASH_BYTES, namesLargeGraph };
} else {
  const { createHash } = require('node:crypto');
  parentPort.on('message', (bytes) => parentPort.postMessage(createHash('sha256').update(bytes).digest('hex')));
}
