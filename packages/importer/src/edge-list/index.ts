/**
 * Supplier lists and edge lists from any spreadsheet (CSV in any dialect, `.xlsx`) as Kedja graphs:
 * `kedja import-edges` turns them into canonical CSV folders.
 */
export { importEdgeList, type EdgeListOptions, type EdgeListReport, type EdgeListResult } from './import-edge-list.js';
