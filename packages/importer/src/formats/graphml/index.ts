export { graphToGraphml, readGraphml, graphmlToGraph } from './graphml.js';
