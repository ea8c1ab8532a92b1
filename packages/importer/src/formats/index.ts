export { graphToGexf, readGexf, gexfToGraph } from './gexf.js';
export { graphToGraphml, readGraphml, graphmlToGraph } from './graphml.js';
