/**
 * The Cypher of Kedja's analysis in the database: plain Cypher that runs on Neo4j Community 5
 * (no APOC, no GDS), with the semantics of packages/core/README.md ("Semantics").
 *
 * Several scenarios run side by side: a failure is the pair (scenario, node), written
 * `scenario + '|' + elementId(node)`, and `$failed` maps each failed pair to its tier. Every
 * requirement unit of a node is either one ungrouped edge ('e' + elementId of the edge) or one
 * alternatives group of that node ('g' + label); a unit is down when all its members failed, and a
 * node fails when one of its units is down (AND over units, OR within one).
 *
 * Each query comes in two bounds (issue 13). The upper bound follows every relationship, as Kedja
 * always did (its text is the query of before); the lower bound follows only the confirmed ones,
 * those whose `certainty` is not 'possible' (absent means confirmed; properties.ts stores the
 * attribute as it is), so each lower-bound query is the upper bound's on the graph without its
 * possible edges, as core's `lowerBoundSnapshot` builds it in memory.
 */
/** Relationship types as Cypher alternatives: what services and suppliers depend on, and what organisations do. */
const DEPENDENCY = { asset: 'PROVIDED_BY|SUBCONTRACTS', organisation: 'USES|CONTRACTS' } as const;

/** The two bounds a query answers for: every dependency, or the confirmed ones only. */
export type Bound = 'upper' | 'lower';

/** How a query keeps a relationship `r`: as a whole `WHERE` clause, or as one more condition (`AND`). */
interface Kept {
  where: (r: string) => string;
  and: (r: string) => string;
}

const confirmed = (r: string) => `coalesce(${r}.certainty, '') <> 'possible'`;

/** A query in both bounds: in the upper bound `kept` adds nothing, in the lower it keeps confirmed relationships. */
function inBothBounds(query: (kept: Kept) => string): Readonly<Record<Bound, string>> {
  return {
    upper: query({ where: () => '', and: () => '' }),
    lower: query({ where: (r) => ` WHERE ${confirmed(r)}`, and: (r) => ` AND ${confirmed(r)}` }),
  };
}

const unit = `CASE WHEN r.alternatives IS NULL OR r.alternatives = '' THEN 'e' + elementId(r) ELSE 'g' + r.alternatives END`;

/**
 * One round of synchronous propagation over services and suppliers. Given the pairs that failed in
 * the previous round (`$frontier`: [scenario, elementId]) and every failure so far (`$failed`),
 * returns the pairs that fail now: dependents of the frontier whose need is no longer met.
 * Cost: the out-edges of the frontier's dependents.
 */
export const ROUND = inBothBounds(
  (kept) => `
UNWIND $frontier AS p
MATCH (f) WHERE elementId(f) = p[1]
MATCH (d)-[q:${DEPENDENCY.asset}]->(f)${kept.where('q')}
WITH DISTINCT p[0] AS s, d
WHERE $failed[s + '|' + elementId(d)] IS NULL
MATCH (d)-[r:${DEPENDENCY.asset}]->(t)${kept.where('r')}
WITH s, d, ${unit} AS unit, $failed[s + '|' + elementId(t)] IS NOT NULL AS down
WITH s, d, unit, all(x IN collect(down) WHERE x) AS unitDown
WITH s, d, any(x IN collect(unitDown) WHERE x) AS fails
WHERE fails
RETURN s, elementId(d) AS eid, d.id AS id, d:Service AS service`,
);

/**
 * The organisations that may be affected: those with an edge to a failed node, per scenario, as
 * [scenario, elementId] pairs. One row per such edge, streamed: the client removes duplicates, so
 * the server holds no set of pairs (its memory stays flat however many organisations are hit).
 */
export const ORGANISATION_CANDIDATES = inBothBounds(
  (kept) => `
UNWIND $failedList AS p
MATCH (f) WHERE elementId(f) = p[1]
MATCH (o:Organisation)-[q:${DEPENDENCY.organisation}]->(f)${kept.where('q')}
RETURN p[0] AS s, elementId(o) AS o`,
);

/**
 * The requirement units of the candidate organisations `$organisations` ([scenario, elementId]
 * pairs, distinct), per scenario: whether each unit is down (all members failed), when (the
 * largest tier among its members), which failed members it has, and the same for the critical
 * rule (critical edges alone; an absent critical flag means critical). Its memory in the server
 * grows with the edges of the candidates it is given, so the client sends them in chunks.
 */
const organisationUnits = (kept: Kept) => `
UNWIND $organisations AS p
MATCH (o:Organisation) WHERE elementId(o) = p[1]
WITH p[0] AS s, o
MATCH (o)-[r:${DEPENDENCY.organisation}]->(t)${kept.where('r')}
WITH s, o, r, t, $failed[s + '|' + elementId(t)] AS tier, coalesce(r.critical, true) AS critical
WITH s, o, ${unit} AS unit,
     count(*) AS members, count(tier) AS downMembers, max(tier) AS downAt,
     sum(CASE WHEN critical THEN 1 ELSE 0 END) AS criticalMembers,
     sum(CASE WHEN critical AND tier IS NOT NULL THEN 1 ELSE 0 END) AS criticalDownMembers,
     collect(CASE WHEN tier IS NOT NULL THEN [t.id, r.kedjaSeq, r.key] END) AS failedMembers
WITH s, o,
     collect(CASE WHEN members = downMembers THEN downAt END) AS downTimes,
     sum(CASE WHEN criticalMembers > 0 AND criticalMembers = criticalDownMembers THEN 1 ELSE 0 END) AS criticalUnits,
     collect(CASE WHEN members = downMembers THEN failedMembers END) AS lostLists
WHERE size(downTimes) > 0`;

/**
 * Affected organisations of one scenario with everything a blast radius reports: tier (one more
 * than the earliest time one of its units went down), critical, lost ([id, seq, key] of each
 * failed member of a down unit) and hidden (no scenario member among its own targets and the
 * direct providers of the services it uses).
 */
export const ORGANISATIONS = inBothBounds(
  (kept) => `${organisationUnits(kept)}
RETURN s, o {.*} AS organisation,
       reduce(m = downTimes[0], x IN downTimes | CASE WHEN x < m THEN x ELSE m END) + 1 AS tier,
       criticalUnits > 0 AS critical,
       reduce(acc = [], l IN lostLists | acc + l) AS lost,
       NOT EXISTS { MATCH (o)-[h:${DEPENDENCY.organisation}]->(x) WHERE elementId(x) IN $members${kept.and('h')} }
         AND NOT EXISTS { MATCH (o)-[h:USES]->(:Service)-[k:PROVIDED_BY]->(x) WHERE elementId(x) IN $members${kept.and('h')}${kept.and('k')} } AS hidden`,
);

/**
 * Per scenario: affected organisations, critical ones, their population, and [orgType, county,
 * population] of the affected municipalities and regions with a population, from which the
 * residents are counted once (the ranking).
 */
export const ORGANISATION_COUNTS = inBothBounds(
  (kept) => `${organisationUnits(kept)}
WITH s, o, criticalUnits,
     o.population IS :: INTEGER NOT NULL OR o.population IS :: FLOAT NOT NULL AS counted
RETURN s, count(o) AS organisations, sum(CASE WHEN criticalUnits > 0 THEN 1 ELSE 0 END) AS critical,
       sum(CASE WHEN counted THEN o.population ELSE 0 END) AS population,
       collect(CASE WHEN counted AND o.orgType IN ['municipality', 'region']
                    THEN [o.orgType, coalesce(o.county, ''), o.population] END) AS areas`,
);

/**
 * Whether the dataset `$tag` has a possible dependency: one relationship type at a time, so that
 * the relationship indexes on `certainty` the push creates (graph-schema.ts) answer it without
 * reading every relationship; without them it stops at the first possible one it reads.
 */
export const HAS_POSSIBLE = `RETURN ${[
  ['Organisation', 'USES'],
  ['Organisation', 'CONTRACTS'],
  ['Service', 'PROVIDED_BY'],
  ['Supplier', 'SUBCONTRACTS'],
]
  .map(
    ([label, type]) =>
      `EXISTS { MATCH (n:${label})-[r:${type}]->() WHERE r.certainty = 'possible' AND n.dataset = $tag }`,
  )
  .join('\n    OR ')} AS possible`;
