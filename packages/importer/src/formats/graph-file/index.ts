/**
 * What the graph-file readers share: parsing XML safely (no external entities, no entity
 * expansion) with element positions for diagnostics, and turning a parsed graphology graph into a
 * checked Kedja graph with typed attributes.
 */
export {
  parseXml,
  elementPositions,
  edgeIds,
  reservedIds,
  type XmlDocument,
  type XmlLimits,
  type Position,
} from './xml-document.js';
export { toKedjaGraph, shapeError, type GraphFileSource } from './to-kedja-graph.js';
export { graphAttributesForFile, graphAttributesFromFile } from './graph-attributes.js';
export { attributeType, coerce, isListAttribute } from './attribute-types.js';
export {
  parseNodeKindRules,
  applyNodeKinds,
  edgeKindBetween,
  ruleKind,
  type NodeKindRule,
  type GraphFileOptions,
} from './node-kinds.js';
