/**
 * The Kedja model: the kinds of nodes and edges, and their attributes, defined once.
 *
 * A Kedja graph is a directed multigraph (graphology `MultiDirectedGraph`) whose edges point from
 * the dependent to what it depends on: organisation -uses-> service -providedBy-> supplier
 * -subcontracts-> supplier, and organisation -contracts-> supplier. Edges leaving one node with the
 * same `alternatives` label form a group of which any one member suffices; every other dependency
 * is required (see docs/format.md and docs/engine.md).
 */
import type { MultiDirectedGraph } from 'graphology';

/** The kinds of nodes: who depends (organisations), what they use (services), who delivers (suppliers). */
export const NODE_KINDS = ['organisation', 'service', 'supplier'] as const;
export type NodeKind = (typeof NODE_KINDS)[number];

/** The kinds of dependency edges, each from the dependent to what it depends on (see EDGE_ENDPOINTS). */
export const EDGE_KINDS = ['uses', 'contracts', 'providedBy', 'subcontracts'] as const;
export type EdgeKind = (typeof EDGE_KINDS)[number];

/** Organisation types, as the study counts them: kommun, region, myndighet, other. */
export const ORG_TYPES = ['municipality', 'region', 'agency', 'other'] as const;
export type OrgType = (typeof ORG_TYPES)[number];

/** Cloud service models. */
export const SERVICE_MODELS = ['SaaS', 'PaaS', 'IaaS', 'other'] as const;
export type ServiceModel = (typeof SERVICE_MODELS)[number];

/**
 * How sure the data is that a dependency edge exists: `confirmed` (the default, also when absent),
 * or `possible` (a permitted subcontractor in a framework agreement, a link inferred but not
 * confirmed). Analyses answer for two graphs: the lower bound leaves possible edges out, the upper
 * bound takes them as required; together they bound every graph the truth could be.
 */
export const EDGE_CERTAINTIES = ['confirmed', 'possible'] as const;
export type EdgeCertainty = (typeof EDGE_CERTAINTIES)[number];

/**
 * What is known of a supplier's own subcontractors: `known` (all listed; the default, also when
 * absent), `none` (it declared it has none), `unknown` (nobody knows).
 */
export const SUBCONTRACTING = ['known', 'none', 'unknown'] as const;
export type Subcontracting = (typeof SUBCONTRACTING)[number];

/** Which node kinds each edge kind joins: [source (the dependent), target (the dependency)]. */
export const EDGE_ENDPOINTS: Readonly<Record<EdgeKind, readonly [NodeKind, NodeKind]>> = {
  uses: ['organisation', 'service'],
  contracts: ['organisation', 'supplier'],
  providedBy: ['service', 'supplier'],
  subcontracts: ['supplier', 'supplier'],
};

export interface OrganisationAttributes {
  kind: 'organisation';
  name: string;
  orgType?: OrgType;
  /** Kommunkod, county code or organisation number. */
  code?: string;
  county?: string;
  /** Residents served (municipalities, regions) or another population figure. */
  population?: number;
  employees?: number;
  /** Societal functions it runs: health-care, social-care, water, heating, education, ... */
  sectors?: string[];
  /** Survey answers (MSB1196, Bilaga 1); absent where not asked or not answered. Q1: has a procured cloud service. */
  cloud?: boolean;
  /** Q7, Q8, Q9: uses SaaS, PaaS, IaaS. */
  usesSaas?: boolean;
  usesPaas?: boolean;
  usesIaas?: boolean;
  /** Q23:1: countries its contracts name for data processing, ISO 3166-1 alpha-2. */
  processingCountries?: string[];
  /** Q26: has a routine to find out whether suppliers use subcontractors. */
  subcontractorRoutine?: boolean;
  /** Q31: is sharing one supplier with many public bodies a higher or lower risk (the answer as given). */
  sharedSupplierRisk?: string;
  /** Q33:1: kinds of incident experienced (outage, data loss, ...). */
  incidentKinds?: string[];
  /** The survey questions it answered with its own operation ("egen drift"): no supplier there. */
  ownOperation?: string[];
}

export interface ServiceAttributes {
  kind: 'service';
  name: string;
  model?: ServiceModel;
  category?: string;
  /** Countries where the service processes data, ISO 3166-1 alpha-2. */
  countries?: string[];
}

export interface SupplierAttributes {
  kind: 'supplier';
  name: string;
  /** Country of the legal entity, ISO 3166-1 alpha-2. */
  country?: string;
  /**
   * Ownership group, matched without regard to case or surrounding space against the graph's
   * `parents` table, which gives the group's country and its own parent (see parents.ts).
   */
  parent?: string;
  /** Probability (0 to 1) that it fails in the period a Monte Carlo simulation draws (`kedja simulate`). */
  failureProbability?: number;
  /** Whether its own subcontractors are all listed (`known`, the default when absent), it has `none`, or nobody knows (`unknown`). */
  subcontracting?: Subcontracting;
}

export type NodeAttributes = OrganisationAttributes | ServiceAttributes | SupplierAttributes;

interface DependencyAttributes {
  /** Group label: edges from one node with the same label are alternatives, any one suffices. */
  alternatives?: string;
  /**
   * `possible`: the dependency may exist, nobody has confirmed it; absent or `confirmed`: it
   * exists. A possible edge is never in an alternatives group (a declared alternative is knowledge).
   */
  certainty?: EdgeCertainty;
  /** Only on a possible edge: the probability (0 to 1) that it exists. */
  probability?: number;
}

/** Whether a dependency edge's attributes say it is only possible (`certainty: 'possible'`). */
export const isPossibleEdge = (attributes: { certainty?: unknown }): boolean => attributes.certainty === 'possible';

export interface UsesAttributes extends DependencyAttributes {
  kind: 'uses';
  /** Whether the function run on this service is critical. Absent means true. */
  critical?: boolean;
  function?: string;
  maxOutageHours?: number;
  /** A manual fallback routine exists. */
  fallback?: boolean;
}

export interface ContractsAttributes extends DependencyAttributes {
  kind: 'contracts';
  /** Absent means true. */
  critical?: boolean;
}

export interface ProvidedByAttributes extends DependencyAttributes {
  kind: 'providedBy';
}

export interface SubcontractsAttributes extends DependencyAttributes {
  kind: 'subcontracts';
  /** Tier in the supply chain as declared (1 direct, 2+ deeper). */
  rank?: number;
  /** What the subcontractor delivers, as free text. */
  service?: string;
}

export type EdgeAttributes = UsesAttributes | ContractsAttributes | ProvidedByAttributes | SubcontractsAttributes;

/**
 * An ownership group (a row of parents.csv): its country and the group that owns it. Following
 * `parent` up ends in a supplier's ultimate parent, whose country is the supplier's jurisdiction.
 */
export interface ParentGroup {
  /** The group as suppliers' `parent` names it (matched without regard to case or surrounding space). */
  group: string;
  /** The legal name of the group's top company, for people. */
  name?: string;
  /** Country of the group, ISO 3166-1 alpha-2. */
  country?: string;
  /** The group that owns this one, a `group` of the same table. */
  parent?: string;
}

export interface GraphAttributes {
  /** A name for the dataset, shown in reports. */
  name?: string;
  /** The ownership groups (parents.csv), in file order; absent when the data gives none. */
  parents?: ParentGroup[];
}

export type KedjaGraph = MultiDirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>;
