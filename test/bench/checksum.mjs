/**
 * Checksums of answers, computed the same way here and in the Python peer (peers/networkx_peer.py):
 * FNV-1a (32 bit) over the UTF-8 of lines `key,organisations,critical,services,suppliers,population`
 * sorted by key and joined by newlines. `suppliers` counts every failed supplier, members included.
 * Plain JavaScript (types in checksum.d.mts), so that the Node peer run as a process
 * (peers/graphology-script.mjs) uses it with node alone.
 */

/** FNV-1a, 32 bit, of the UTF-8 bytes of `text`, as 8 hex digits. */
export function fnv1a(text) {
  let hash = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(text)) {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

/** The checksum of answers by key (a Map of key → answer). */
export function checksum(answers) {
  const lines = [...answers.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(
      ([key, a]) => `${key},${a.organisations},${a.criticalOrganisations},${a.services},${a.suppliers},${a.population}`,
    );
  return fnv1a(lines.join('\n'));
}
