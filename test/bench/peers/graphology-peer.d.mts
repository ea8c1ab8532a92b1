/** Types of graphology-peer.mjs: the graphology peer's failure propagation. */
import type { KedjaGraph } from '@kedja/core';

export interface PeerSummary {
  organisations: number;
  criticalOrganisations: number;
  services: number;
  suppliers: number;
  population: number;
}

export declare class GraphologyPeer {
  /** A graph with the attributes of Kedja's model: `kind` on nodes; `kind`, `alternatives`, `critical` on edges. */
  constructor(graph: KedjaGraph);
  /** What fails and who is affected when `members` (suppliers or services) fail together. */
  blast(members: readonly string[]): PeerSummary;
}
