export { readGraphJson, graphToJson, writeGraphJson } from './graph-json.js';
