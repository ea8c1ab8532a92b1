/**
 * The named sizes of generated graphs. `sweden` is about the size of Swedish public
 * administration (290 municipalities, 21 regions, ~340 agencies); `M` and `EU` are the benchmark
 * sizes of docs/engine.md: M has 100,000 organisations, 20,000 services, 5,000 suppliers and
 * about a million usage edges; EU is ten times M.
 */
export interface GenerateOptions {
  organisations: number;
  services: number;
  suppliers: number;
  /** Mean number of services each organisation uses (heavy-tailed around it). */
  usesPerOrganisation: number;
  /** Share of services with two alternative providers. */
  alternativeShare: number;
  seed: number;
}

export const SIZE_NAMES = ['sweden', 'M', 'EU'] as const;
export type SizeName = (typeof SIZE_NAMES)[number];

export const SIZES: Readonly<Record<SizeName, Omit<GenerateOptions, 'seed'>>> = {
  sweden: { organisations: 650, services: 400, suppliers: 150, usesPerOrganisation: 8, alternativeShare: 0.1 },
  M: { organisations: 100_000, services: 20_000, suppliers: 5_000, usesPerOrganisation: 10, alternativeShare: 0.1 },
  EU: {
    organisations: 1_000_000,
    services: 200_000,
    suppliers: 50_000,
    usesPerOrganisation: 10,
    alternativeShare: 0.1,
  },
};
