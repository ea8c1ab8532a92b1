/**
 * Checksums of answers, computed the same way here and in the Python peer (peers/networkx_peer.py):
 * FNV-1a (32 bit) over the UTF-8 of lines `key,organisations,critical,services,suppliers,population`
 * sorted by key and joined by newlines. `suppliers` counts every failed supplier, members included.
 */
export interface Answer {
  organisations: number;
  criticalOrganisations: number;
  services: number;
  suppliers: number;
  population: number;
}

export function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(text)) {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

export function checksum(answers: ReadonlyMap<string, Answer>): string {
  const lines = [...answers.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(
      ([key, a]) => `${key},${a.organisations},${a.criticalOrganisations},${a.services},${a.suppliers},${a.population}`,
    );
  return fnv1a(lines.join('\n'));
}
