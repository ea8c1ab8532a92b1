export { readGraphJson, writeGraphJson, graphToJson } from './graph-json.js';
