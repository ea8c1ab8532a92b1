/**
 * Kedja's file formats, each read and written in its own folder: the canonical CSV folder
 * (`csv/`), graphology JSON (`json/`), GEXF for Gephi (`gexf/`), GraphML (`graphml/`), spreadsheet
 * workbooks (`xlsx/`) and the binary graph file (`arrow/`, Apache Arrow); the XML and attribute
 * handling the graph files share is in `graph-file/`.
 */
export * from './csv/index.js';
export * from './json/index.js';
export * from './gexf/index.js';
export * from './graphml/index.js';
export {
  parseXml,
  parseNodeKindRules,
  type XmlDocument,
  type XmlLimits,
  type NodeKindRule,
  type GraphFileOptions,
} from './graph-file/index.js';
export * from './xlsx/index.js';
export * from './arrow/index.js';
