/**
 * Reading one eForms notice from its XML text: refused as the graph-file readers refuse hostile
 * XML (no entity is ever expanded), and stricter still, since a notice needs neither a DTD nor
 * deep nesting; skipped with a reason when it is not a contract award notice (a contract notice,
 * a prior information notice, TED's older XML); otherwise its header (identifier, version, dates,
 * kind), its organisations, its buyers and, through read-results.ts, its awards. O(size of the
 * notice).
 *
 * Reference: eForms SDK (OP-TED/eForms-SDK), `fields/fields.json` for the business terms named in
 * the comments (BT-701 notice identifier, OPT-200 organisation technical identifier, ...).
 */
import type { Diagnostic } from '@kedja/core';
import countries from 'i18n-iso-countries';

import { IMPORT_CODES } from '../errors.js';
import { parseXml } from '../formats/graph-file/index.js';
import type { EformsNotice, NoticeKind, NoticeParty } from './notice-model.js';
import { readResults } from './read-results.js';
import { attribute, every, first, textAt, type XmlNode } from './xml-nodes.js';

/** eForms notices nest about 15 elements deep; anything past this is not a notice. */
export const MAX_NOTICE_DEPTH = 64;

/** What reading one file gave: a notice, or why there is none. */
export type NoticeRead =
  { notice: EformsNotice; diagnostics: Diagnostic[] } | { notice: null; reason: string; diagnostics: Diagnostic[] };

/** Notice types (BT-02) by what Kedja calls them. */
const KINDS = new Map<string, NoticeKind>([
  ['can-standard', 'contract award'],
  ['can-social', 'contract award'],
  ['can-desg', 'contract award'],
  ['can-tran', 'contract award'],
  ['veat', 'voluntary ex-ante transparency'],
  ['can-modif', 'modification'],
  ['compl', 'completion'],
]);

/** yyyy-mm-dd of an eForms date (`2024-03-01+01:00`), or undefined. */
export function isoDate(value: string): string | undefined {
  const match = /^\d{4}-\d{2}-\d{2}/.exec(value);
  return match ? match[0] : undefined;
}

/** ISO 3166-1 alpha-2 of an eForms country code (alpha-3, `SWE`), or undefined. */
export function alpha2(code: string): string | undefined {
  if (code === '') return undefined;
  return countries.alpha3ToAlpha2(code.toUpperCase()) ?? undefined;
}

function party(organisation: XmlNode): NoticeParty | undefined {
  const company = first(organisation, 'Company');
  const ref = textAt(company, 'PartyIdentification', 'ID');
  if (ref === '') return undefined;
  const companyId = textAt(company, 'PartyLegalEntity', 'CompanyID');
  const country = alpha2(textAt(company, 'PostalAddress', 'Country', 'IdentificationCode'));
  return {
    ref,
    name: textAt(company, 'PartyName', 'Name'),
    ...(companyId ? { companyId } : {}),
    ...(country ? { country } : {}),
  };
}

function buyers(root: XmlNode): { ref: string; legalType?: string }[] {
  return every(root, 'ContractingParty').flatMap((contracting) => {
    const ref = textAt(contracting, 'Party', 'PartyIdentification', 'ID');
    if (ref === '') return [];
    const type = every(contracting, 'ContractingPartyType', 'PartyTypeCode').find(
      (code) => attribute(code, 'listName') === 'buyer-legal-type',
    );
    const legalType = type?.textContent?.trim();
    return [{ ref, ...(legalType ? { legalType } : {}) }];
  });
}

/** Why a document that is not a contract award notice is skipped. */
function notAnAward(root: string): string {
  if (root === 'TED_EXPORT') return "TED's older XML format (R2.0.9), not eForms; not read";
  return `not a contract award notice (<${root}>); only contract award, voluntary ex-ante transparency and modification notices name who won`;
}

/** Reads the notice in `text` (`file` names it in diagnostics and the report). */
export function readNotice(text: string, file: string): NoticeRead {
  const xml = parseXml(text, file, { refuseDoctype: true, maxDepth: MAX_NOTICE_DEPTH });
  if (!xml.document) return { notice: null, reason: 'not well-formed or refused XML', diagnostics: xml.diagnostics };
  const root = xml.document.documentElement as unknown as XmlNode;
  const rootName = root.localName ?? '';
  if (rootName !== 'ContractAwardNotice') return { notice: null, reason: notAnAward(rootName), diagnostics: [] };
  const extension = first(root, 'UBLExtensions', 'UBLExtension', 'ExtensionContent', 'EformsExtension');
  const id = textAt(root, 'ID');
  if (id === '') {
    const diagnostic = noticeProblem(file, 'the notice has no identifier (cbc:ID, BT-701); not read');
    return { notice: null, reason: 'no notice identifier', diagnostics: [diagnostic] };
  }
  const parties = new Map<string, NoticeParty>();
  for (const organisation of every(extension, 'Organizations', 'Organization')) {
    const read = party(organisation);
    if (read && !parties.has(read.ref)) parties.set(read.ref, read);
  }
  const typeCode = textAt(root, 'NoticeTypeCode');
  const notice: EformsNotice = {
    file,
    id,
    version: textAt(root, 'VersionID') || '01',
    kind: KINDS.get(typeCode) ?? 'contract award',
    parties,
    buyers: buyers(root),
    awards: [],
    skipped: [],
  };
  const optional = {
    subtype: textAt(extension, 'NoticeSubType', 'SubTypeCode'),
    publicationId: textAt(extension, 'Publication', 'NoticePublicationID'),
    published: isoDate(textAt(extension, 'Publication', 'PublicationDate')),
    issued: isoDate(textAt(root, 'IssueDate')),
  };
  for (const [key, value] of Object.entries(optional)) if (value) Object.assign(notice, { [key]: value });
  readResults(root, extension, notice);
  return { notice, diagnostics: [] };
}

function noticeProblem(file: string, message: string): Diagnostic {
  return { file, code: IMPORT_CODES.procurementNotRead, severity: 'warning', message };
}
