export { graphToGexf, readGexf, gexfToGraph } from './gexf.js';
