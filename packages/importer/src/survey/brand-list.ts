/**
 * The shipped brand list: what a planner reading Swedish public-sector answers knows and no text
 * rule can, the renames, abbreviations and older names of the products and firms common in
 * Swedish public bodies, each line with its source. A line is a brand (service or supplier) and
 * the spellings that mean it; it is linked to the catalogue entry of that kind whose name or alias
 * has the key of the brand or of one of its spellings (brands.ts), and its spellings then count as
 * that entry's, a little below the catalogue's own (× 0.98). Users add lines of their own with
 * `--brands <file>` (columns kind, brand, spelling, source) or leave this list out. Data only.
 */
import type { NameKind } from './matcher-types.js';

export interface BrandLine {
  kind: NameKind;
  brand: string;
  spellings: readonly string[];
  /** Where the knowledge comes from: a dated announcement, or the product's own usage. */
  source: string;
}

export const SHIPPED_BRANDS: readonly BrandLine[] = [
  {
    kind: 'service',
    brand: 'Microsoft 365',
    spellings: ['Office 365', 'O365', 'M365', 'MS365', 'Microsoft Office 365', 'MS Office 365', 'Office365'],
    source:
      'Microsoft 365 blog, 30 March 2020: the Office 365 business plans are called Microsoft 365 from 21 April 2020',
  },
  {
    kind: 'service',
    brand: 'Microsoft Teams',
    spellings: ['Teams', 'MS Teams'],
    source: 'the product name since its launch on 14 March 2017; "MS" is the usual abbreviation of Microsoft',
  },
  {
    kind: 'service',
    brand: 'Microsoft Azure',
    spellings: ['Azure', 'Windows Azure', 'MS Azure'],
    source: 'Microsoft Azure blog, March 2014: Windows Azure is called Microsoft Azure from 3 April 2014',
  },
  {
    kind: 'service',
    brand: 'Microsoft Entra ID',
    spellings: ['Azure AD', 'Azure Active Directory', 'AAD', 'Entra ID'],
    source: 'Microsoft Entra blog, 11 July 2023: Azure Active Directory is renamed Microsoft Entra ID',
  },
  {
    kind: 'service',
    brand: 'OneDrive',
    spellings: ['SkyDrive', 'Microsoft OneDrive', 'OneDrive for Business', 'SkyDrive Pro'],
    source: 'Microsoft, 27 January 2014: SkyDrive is renamed OneDrive, SkyDrive Pro OneDrive for Business',
  },
  {
    kind: 'service',
    brand: 'Dynamics 365',
    spellings: ['Dynamics CRM', 'Microsoft Dynamics CRM', 'MS Dynamics', 'Microsoft Dynamics 365'],
    source: 'Microsoft, 1 November 2016: Dynamics CRM and Dynamics AX continue as Microsoft Dynamics 365',
  },
  {
    kind: 'service',
    brand: 'Google Workspace',
    spellings: ['G Suite', 'GSuite', 'G-Suite', 'Google Apps', 'Google Apps for Work', 'Google Apps for Business'],
    source:
      'Google Workspace blog, 6 October 2020: G Suite is renamed Google Workspace (Google Apps for Work became G Suite on 29 September 2016)',
  },
  {
    kind: 'service',
    brand: 'Google Workspace for Education',
    spellings: ['G Suite for Education', 'Google Apps for Education', 'GAFE', 'Google Apps for Edu'],
    source:
      'Google for Education blog, 17 February 2021: G Suite for Education is renamed Google Workspace for Education',
  },
  {
    kind: 'service',
    brand: 'Google Cloud Platform',
    spellings: ['GCP', 'Google Cloud'],
    source: "the product's own name and abbreviation (cloud.google.com)",
  },
  {
    kind: 'supplier',
    brand: 'Microsoft',
    spellings: ['MS', 'Microsoft Corporation', 'Microsoft Corp'],
    source: 'the company name; "MS" is the usual abbreviation (MS Office, MS Teams)',
  },
  {
    kind: 'supplier',
    brand: 'Google',
    spellings: ['Google LLC', 'Google Inc'],
    source: 'Alphabet, 2017: Google Inc. converted to Google LLC on 30 September 2017',
  },
  {
    kind: 'supplier',
    brand: 'Amazon Web Services',
    spellings: ['AWS', 'Amazon AWS'],
    source: "the company's own abbreviation (aws.amazon.com)",
  },
  {
    kind: 'supplier',
    brand: 'Tietoevry',
    spellings: ['Tieto', 'EVRY', 'TietoEVRY', 'Tieto Evry', 'Tieto-Evry'],
    source:
      'Tieto Oyj and EVRY ASA combined on 5 December 2019 as TietoEVRY, later written Tietoevry (stock exchange releases)',
  },
  {
    kind: 'supplier',
    brand: 'CGI',
    spellings: ['Logica', 'LogicaCMG', 'WM-data'],
    source: 'CGI Group acquired Logica plc in August 2012; LogicaCMG had acquired WM-data in 2006',
  },
  {
    kind: 'supplier',
    brand: 'Telia',
    spellings: ['TeliaSonera', 'Telia Company'],
    source: 'TeliaSonera AB renamed itself Telia Company AB in April 2016',
  },
  {
    kind: 'supplier',
    brand: 'Adda',
    spellings: ['SKL Kommentus', 'SKL Kommentus Inköpscentral', 'Adda Inköpscentral'],
    source: 'SKL Kommentus, the purchasing company of Sveriges Kommuner och Regioner, took the name Adda in 2020',
  },
  {
    kind: 'supplier',
    brand: 'Sopra Steria',
    spellings: ['Steria', 'Sopra'],
    source: 'Sopra Group and Groupe Steria merged in 2014 as Sopra Steria',
  },
  {
    kind: 'supplier',
    brand: 'Zoom',
    spellings: ['Zoom Video Communications', 'Zoom Communications', 'Zoom Video'],
    source: 'Zoom Video Communications, Inc. renamed itself Zoom Communications, Inc. in November 2024',
  },
];
