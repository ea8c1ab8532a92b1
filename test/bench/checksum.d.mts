/** Types of checksum.mjs: checksums of answers, the same here and in the Python peers. */
export interface Answer {
  organisations: number;
  criticalOrganisations: number;
  services: number;
  suppliers: number;
  population: number;
}

/** FNV-1a, 32 bit, of the UTF-8 bytes of `text`, as 8 hex digits. */
export declare function fnv1a(text: string): string;

/** The checksum of answers by key: lines `key,organisations,critical,services,suppliers,population` sorted by key. */
export declare function checksum(answers: ReadonlyMap<string, Answer>): string;
