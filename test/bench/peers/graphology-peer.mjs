/**
 * The peer a graphology user would write: the same failure propagation (AND of required
 * dependencies, OR within alternatives groups, critical rule for organisations) over a graphology
 * graph with `forEachInEdge`, Sets and Maps, one scenario at a time. It is the benchmark's
 * baseline, and it must give exactly the engine's answers (the harness compares checksums). Plain
 * JavaScript (types in graphology-peer.d.mts), so that the whole-process peer (graphology-script.mjs)
 * runs it with node alone, as a user would; the in-process benchmark (run.ts) uses it too.
 * O(V + E) to set up, then O(edges into what fails) per scenario.
 */
export class GraphologyPeer {
  /** @param graph a graph with the attributes of Kedja's model (kind; alternatives, critical on edges) */
  constructor(graph) {
    this.graph = graph;
    this.groupSize = new Map();
    this.criticalGroupSize = new Map();
    // Group sizes, once per graph, as a user would precompute them.
    graph.forEachEdge((_edge, attributes, source) => {
      const label = attributes.alternatives;
      if (!label) return;
      const key = `${source}\u0000${label}`;
      this.groupSize.set(key, (this.groupSize.get(key) ?? 0) + 1);
      if ((attributes.kind === 'uses' || attributes.kind === 'contracts') && attributes.critical !== false) {
        this.criticalGroupSize.set(key, (this.criticalGroupSize.get(key) ?? 0) + 1);
      }
    });
  }

  /** What fails and who is affected when `members` (suppliers or services) fail together. */
  blast(members) {
    const { graph } = this;
    const failed = new Set(members);
    const queue = [...members];
    const groupDown = new Map();
    const criticalDown = new Map();
    const affected = new Set();
    const critical = new Set();
    while (queue.length > 0) {
      const v = queue.pop();
      graph.forEachInEdge(v, (_edge, attributes, source) => {
        const isOrganisation = graph.getNodeAttribute(source, 'kind') === 'organisation';
        const label = attributes.alternatives;
        const key = label ? `${source}\u0000${label}` : '';
        if (!(isOrganisation ? affected.has(source) : failed.has(source))) {
          let down = true;
          if (label) {
            const n = (groupDown.get(key) ?? 0) + 1;
            groupDown.set(key, n);
            down = n === this.groupSize.get(key);
          }
          if (down) {
            if (isOrganisation) affected.add(source);
            else {
              failed.add(source);
              queue.push(source);
            }
          }
        }
        if (isOrganisation && 'critical' in attributes && attributes.critical === false) return;
        if (isOrganisation && !critical.has(source)) {
          let down = true;
          if (label) {
            const n = (criticalDown.get(key) ?? 0) + 1;
            criticalDown.set(key, n);
            down = n === this.criticalGroupSize.get(key);
          }
          if (down) critical.add(source);
        }
      });
    }
    let services = 0;
    let suppliers = 0;
    for (const id of failed) {
      if (graph.getNodeAttribute(id, 'kind') === 'service') services++;
      else suppliers++;
    }
    let population = 0;
    let criticalOrganisations = 0;
    for (const id of affected) {
      const attributes = graph.getNodeAttributes(id);
      if (attributes.kind === 'organisation' && attributes.population !== undefined)
        population += attributes.population;
      if (critical.has(id)) criticalOrganisations++;
    }
    return { organisations: affected.size, criticalOrganisations, services, suppliers, population };
  }
}
