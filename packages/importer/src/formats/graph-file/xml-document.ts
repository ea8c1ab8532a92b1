/**
 * Parsing an XML file (GEXF, GraphML) into a DOM, with syntax problems as diagnostics that have a
 * line and column instead of text printed to the console. fast-xml-parser's validator checks that
 * the text is well-formed first (xmldom 0.8, which graphology-gexf and graphology-graphml build
 * on, silently repairs mismatched tags); then @xmldom/xmldom builds the document, reporting what
 * it still finds (an undefined entity), and remembers where each `node` and `edge` element starts
 * so that model problems can point into the file. O(size of the file).
 */
import type { Diagnostic } from '@kedja/core';
import { checkNodeId } from '@kedja/core/kernel';
import { DOMParser } from '@xmldom/xmldom';
import { XMLValidator } from 'fast-xml-parser';

import { IMPORT_CODES } from '../../errors.js';

/** The few DOM members Kedja reads (the DOM typings are not part of this Node project). */
export interface XmlElement {
  tagName: string;
  getAttribute(name: string): string | null;
  hasAttribute(name: string): boolean;
  getElementsByTagName(name: string): ArrayLike<XmlElement>;
  lineNumber?: number;
  columnNumber?: number;
}

export interface XmlDocument {
  documentElement: XmlElement | null;
  getElementsByTagName(name: string): ArrayLike<XmlElement>;
}

export interface Position {
  line: number;
  column: number;
}

export interface ParsedXml {
  /** The document, or null when it is not well-formed XML. */
  document: XmlDocument | null;
  diagnostics: Diagnostic[];
}

/** Stricter limits for formats that never need a DTD or deep nesting (eForms notices). */
export interface XmlLimits {
  /** Refuse any `<!DOCTYPE` (DTDs are how external-entity and entity-expansion attacks come in). */
  refuseDoctype?: boolean;
  /** Refuse elements nested deeper than this. */
  maxDepth?: number;
}

/** Parses `text`; syntax errors come back as KEDJA_XML_SYNTAX diagnostics located in `file`. */
export function parseXml(text: string, file: string, limits: XmlLimits = {}): ParsedXml {
  const diagnostics: Diagnostic[] = [];
  const refused = checkLimits(text, limits);
  if (refused !== undefined) {
    diagnostics.push({
      file,
      ...refused.at,
      code: IMPORT_CODES.xmlSyntax,
      severity: 'error',
      message: refused.message,
    });
    return { document: null, diagnostics };
  }
  const valid = XMLValidator.validate(text);
  if (valid !== true) {
    diagnostics.push({
      file,
      line: valid.err.line,
      column: valid.err.col,
      code: IMPORT_CODES.xmlSyntax,
      severity: 'error',
      message: `not well-formed XML: ${valid.err.msg}`,
    });
    return { document: null, diagnostics };
  }
  const locator: { lineNumber?: number; columnNumber?: number } = {};
  const report = (message: unknown) => {
    const reason = String(message)
      .replace(/\n@#\[line:\d+,col:\d+\]/g, '')
      .replace(/^\[xmldom [a-z]+\]\s*/i, '')
      .trim();
    diagnostics.push({
      file,
      ...(locator.lineNumber ? { line: locator.lineNumber, column: locator.columnNumber ?? 1 } : {}),
      code: IMPORT_CODES.xmlSyntax,
      severity: 'error',
      message: `not well-formed XML: ${reason}`,
    });
  };
  let document: XmlDocument | null = null;
  try {
    document = new DOMParser({
      locator,
      errorHandler: { warning: report, error: report, fatalError: report },
    } as ConstructorParameters<typeof DOMParser>[0]).parseFromString(text, 'text/xml') as unknown as XmlDocument;
  } catch (error) {
    if (diagnostics.length === 0) report((error as Error).message);
  }
  if (diagnostics.length === 0 && !document?.documentElement) report('the file has no root element');
  return { document: diagnostics.length === 0 ? document : null, diagnostics };
}

/** Line and column of an offset in `text` (1-based). */
function positionOf(text: string, offset: number): Position {
  let line = 1;
  let start = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    start = i + 1;
  }
  return { line, column: offset - start + 1 };
}

/**
 * The first limit `text` breaks, found in one pass over its markup before any parser sees it: a
 * DOCTYPE, or an element nested deeper than `maxDepth` (counted from start and end tags, skipping
 * comments, CDATA, processing instructions and quoted attribute values). O(size of the text).
 */
function checkLimits(text: string, limits: XmlLimits): { at: Position; message: string } | undefined {
  if (!limits.refuseDoctype && limits.maxDepth === undefined) return undefined;
  const maxDepth = limits.maxDepth ?? Infinity;
  let depth = 0;
  for (let i = text.indexOf('<'); i >= 0; i = text.indexOf('<', i + 1)) {
    const next = text[i + 1];
    if (text.startsWith('<!--', i)) i = end(text, i, '-->');
    else if (text.startsWith('<![CDATA[', i)) i = end(text, i, ']]>');
    else if (next === '?') i = end(text, i, '?>');
    else if (next === '!') {
      if (limits.refuseDoctype && /^<!DOCTYPE/i.test(text.slice(i, i + 9))) {
        const message =
          'a DOCTYPE declaration is refused: this format never needs one, and document type definitions are how external-entity and entity-expansion attacks come in';
        return { at: positionOf(text, i), message };
      }
      i = end(text, i, '>');
    } else if (next === '/') {
      depth--;
      i = end(text, i, '>');
    } else {
      const close = tagEnd(text, i);
      if (text[close - 1] !== '/' && ++depth > maxDepth) {
        return { at: positionOf(text, i), message: `elements are nested more than ${maxDepth} deep; refused` };
      }
      i = close;
    }
    if (i < 0) return undefined; // unterminated markup: the validator reports it
  }
  return undefined;
}

/** The offset of the last character of `terminator` after `from`, or -1. */
function end(text: string, from: number, terminator: string): number {
  const at = text.indexOf(terminator, from + 1);
  return at < 0 ? -1 : at + terminator.length - 1;
}

/** The offset of the `>` that closes the start tag at `from` (quoted attribute values may hold `>`), or -1. */
function tagEnd(text: string, from: number): number {
  let quote: string | undefined;
  for (let i = from + 1; i < text.length; i++) {
    const c = text[i];
    if (quote !== undefined) {
      if (c === quote) quote = undefined;
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '>') return i;
  }
  return -1;
}

/** Where each element with the given tag starts, by its `id` attribute. */
export function elementPositions(document: XmlDocument, tag: string): Map<string, Position> {
  const positions = new Map<string, Position>();
  const elements = document.getElementsByTagName(tag);
  for (let i = 0; i < elements.length; i++) {
    const element = elements[i]!;
    const id = element.getAttribute('id');
    if (id !== null && !positions.has(id) && element.lineNumber !== undefined) {
      positions.set(id, { line: element.lineNumber, column: element.columnNumber ?? 1 });
    }
  }
  return positions;
}

/** The `id` of every `edge` element, in document order (null where it has none). */
export function edgeIds(document: XmlDocument): (string | null)[] {
  const elements = document.getElementsByTagName('edge');
  const ids: (string | null)[] = [];
  for (let i = 0; i < elements.length; i++) {
    const element = elements[i]!;
    ids.push(element.hasAttribute('id') ? element.getAttribute('id') : null);
  }
  return ids;
}

/**
 * The ids a graph cannot hold (core's checkNodeId), wherever the file names a node, an edge or an
 * attribute (`id`, `source`, `target`, `for`), as diagnostics at their elements. The graph-file
 * readers look before graphology parses the document: graphology keeps neighbours in plain
 * objects, where `__proto__` would set a prototype for the whole process.
 */
export function reservedIds(document: XmlDocument, file: string): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const elements = document.getElementsByTagName('*');
  for (let i = 0; i < elements.length; i++) {
    const element = elements[i]!;
    for (const name of ['id', 'source', 'target', 'for']) {
      const value = element.getAttribute(name);
      const refused = value === null ? undefined : checkNodeId(value);
      if (refused === undefined) continue;
      const at =
        element.lineNumber === undefined ? {} : { line: element.lineNumber, column: element.columnNumber ?? 1 };
      diagnostics.push({
        file,
        ...at,
        code: refused.code,
        severity: 'error',
        message: `${name}: ${refused.message}`,
      });
    }
  }
  return diagnostics;
}
