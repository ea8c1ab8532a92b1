/**
 * The templates of the EU DORA register of information that Kedja reads, column by column, as laid
 * down in Annex I (instructions, part 2) of Commission Implementing Regulation (EU) 2024/2956 of
 * 29 November 2024 (OJ L, 2024/2956, 2.12.2024), and as the EBA's reporting format writes them: one
 * CSV file per template named after it (`b_05.02.csv`, in the `reports/` folder of a reporting
 * package) with the column codes as header (`c0010`, ...). Headers may also be written in full
 * (`B_05.02.0010`). Cross-checked against the EBA's published templates as quoted by open-source
 * register tools; see datasets/dora-sample/README.md for the sources used.
 *
 * `key` columns are the ones without which a row cannot become part of the graph: an empty key is
 * an error. Everything else is read when present; a register with gaps still imports, with
 * warnings (only about 6.5 % of registers passed all data-quality checks in the ESAs' 2024 dry run).
 */
import type { TableSpec } from '../formats/csv/index.js';

export interface DoraColumn {
  code: string;
  name: string;
  key?: boolean;
}

export interface DoraTemplate {
  code: string;
  name: string;
  /** The graph cannot be built without it. */
  required: boolean;
  columns: readonly DoraColumn[];
}

const c = (code: string, name: string, key = false): DoraColumn => ({ code, name, ...(key ? { key } : {}) });

export const B_01_01: DoraTemplate = {
  code: 'B_01.01',
  name: 'Entity maintaining the register of information',
  required: false,
  columns: [
    c('c0010', 'LEI of the entity maintaining the register of information', true),
    c('c0020', 'Name of the entity'),
    c('c0030', 'Country of the entity'),
    c('c0040', 'Type of entity'),
    c('c0050', 'Competent authority'),
    c('c0060', 'Date of the reporting'),
  ],
};

export const B_01_02: DoraTemplate = {
  code: 'B_01.02',
  name: 'List of entities within the scope of the register of information',
  required: false,
  columns: [
    c('c0010', 'LEI of the entity', true),
    c('c0020', 'Name of the entity'),
    c('c0030', 'Country of the entity'),
    c('c0040', 'Type of entity'),
    c('c0050', 'Hierarchy of the entity within the group'),
    c('c0060', 'LEI of the direct parent undertaking of the entity'),
    c('c0070', 'Date of last update'),
    c('c0080', 'Date of integration in the register of information'),
    c('c0090', 'Date of deletion in the register of information'),
    c('c0100', 'Currency'),
    c('c0110', 'Value of total assets'),
  ],
};

export const B_02_01: DoraTemplate = {
  code: 'B_02.01',
  name: 'Contractual arrangements – general information',
  required: false,
  columns: [
    c('c0010', 'Contractual arrangement reference number', true),
    c('c0020', 'Type of contractual arrangement'),
    c('c0030', 'Overarching contractual arrangement reference number'),
    c('c0040', 'Currency of the amount reported in B_02.01.0050'),
    c('c0050', 'Annual expense or estimated cost of the contractual arrangement for the past year'),
  ],
};

export const B_02_02: DoraTemplate = {
  code: 'B_02.02',
  name: 'Contractual arrangements – specific information',
  required: true,
  columns: [
    c('c0010', 'Contractual arrangement reference number', true),
    c('c0020', 'LEI of the entity making use of the ICT service(s)', true),
    c('c0030', 'Identification code of the ICT third-party service provider', true),
    c('c0040', 'Type of code to identify the ICT third-party service provider'),
    c('c0050', 'Function identifier'),
    c('c0060', 'Type of ICT services', true),
    c('c0070', 'Start date of the contractual arrangement'),
    c('c0080', 'End date of the contractual arrangement'),
    c('c0090', 'Reason of the termination or ending of the contractual arrangement'),
    c('c0100', 'Notice period for the entity making use of the ICT service(s)'),
    c('c0110', 'Notice period for the ICT third-party service provider'),
    c('c0120', 'Country of the governing law of the contractual arrangement'),
    c('c0130', 'Country of provision of the ICT services'),
    c('c0140', 'Storage of data'),
    c('c0150', 'Location of the data at rest (storage)'),
    c('c0160', 'Location of management of the data (processing)'),
    c('c0170', 'Sensitiveness of the data stored by the ICT third-party service provider'),
    c('c0180', 'Level of reliance on the ICT service supporting the critical or important function'),
  ],
};

export const B_05_01: DoraTemplate = {
  code: 'B_05.01',
  name: 'ICT third-party service providers',
  required: true,
  columns: [
    c('c0010', 'Identification code of ICT third-party service provider', true),
    c('c0020', 'Type of code to identify the ICT third-party service provider'),
    c('c0030', 'Additional identification code of ICT third-party service provider'),
    c('c0040', 'Type of additional identification code'),
    c('c0050', 'Legal name of the ICT third-party service provider'),
    c('c0060', 'Name of the ICT third-party service provider in Latin alphabet'),
    c('c0070', 'Type of person of the ICT third-party service provider'),
    c('c0080', "Country of the ICT third-party service provider's headquarters"),
    c('c0090', 'Currency of the amount reported in B_05.01.0100'),
    c('c0100', 'Total annual expense or estimated cost of the ICT third-party service provider'),
    c('c0110', "Identification code of the ICT third-party service provider's ultimate parent undertaking"),
    c('c0120', "Type of code to identify the ICT third-party service provider's ultimate parent undertaking"),
  ],
};

export const B_05_02: DoraTemplate = {
  code: 'B_05.02',
  name: 'ICT service supply chains',
  required: false,
  columns: [
    c('c0010', 'Contractual arrangement reference number', true),
    c('c0020', 'Type of ICT services', true),
    c('c0030', 'Identification code of the ICT third-party service provider', true),
    c('c0040', 'Type of code to identify the ICT third-party service provider'),
    c('c0050', 'Rank', true),
    c('c0060', 'Identification code of the recipient of sub-contracted ICT services'),
    c('c0070', 'Type of code to identify the recipient of sub-contracted ICT services'),
  ],
};

export const B_06_01: DoraTemplate = {
  code: 'B_06.01',
  name: 'Functions identification',
  required: false,
  columns: [
    c('c0010', 'Function identifier', true),
    c('c0020', 'Licenced activity'),
    c('c0030', 'Function name'),
    c('c0040', 'LEI of the financial entity', true),
    c('c0050', 'Criticality or importance assessment'),
    c('c0060', 'Reasons for criticality or importance'),
    c('c0070', 'Date of the last assessment of criticality or importance'),
    c('c0080', 'Recovery time objective of the function'),
    c('c0090', 'Recovery point objective of the function'),
    c('c0100', 'Impact of discontinuing the function'),
  ],
};

export const B_07_01: DoraTemplate = {
  code: 'B_07.01',
  name: 'Assessment of the ICT services',
  required: false,
  columns: [
    c('c0010', 'Contractual arrangement reference number', true),
    c('c0020', 'Identification code of the ICT third-party service provider', true),
    c('c0030', 'Type of code to identify the ICT third-party service provider'),
    c('c0040', 'Type of ICT services', true),
    c('c0050', 'Substitutability of the ICT third-party service provider'),
    c(
      'c0060',
      'Reason if the ICT third-party service provider is considered not substitutable or difficult to be substitutable',
    ),
    c('c0070', 'Date of the last audit on the ICT third-party service provider'),
    c('c0080', 'Existence of an exit plan'),
    c('c0090', 'Possibility of reintegration of the contracted ICT service'),
    c('c0100', 'Impact of discontinuing the ICT services'),
    c('c0110', 'Are there alternative ICT third-party service providers identified?'),
    c('c0120', 'Identification of alternative ICT TPP'),
  ],
};

export const DORA_TEMPLATES: readonly DoraTemplate[] = [
  B_01_01,
  B_01_02,
  B_02_01,
  B_02_02,
  B_05_01,
  B_05_02,
  B_06_01,
  B_07_01,
];

/** The file a template is written to: `b_05.02.csv`. */
export const templateFile = (template: DoraTemplate) => `${template.code.toLowerCase()}.csv`;

/** `c0050`, `0050`, `B_05.02.0050`, `b_05.02.0050` and the dry run's `RT.05.02.0050` all name column c0050. */
export function columnKey(header: string): string {
  const code = header.trim().toLowerCase();
  const match = /^(?:b_\d\d\.\d\d\.|rt\.\d\d\.\d\d\.|c)?(\d{4})$/.exec(code);
  return match ? `c${match[1]}` : code;
}

/** The template as a CSV table for readTable (key columns required in the header). */
export function tableSpec(template: DoraTemplate): TableSpec {
  return {
    file: templateFile(template),
    required: template.required,
    headerKey: columnKey,
    columns: template.columns.map((column) => ({
      name: column.code,
      required: column.key === true,
      value: { type: 'text' },
    })),
  };
}

/** "B_05.02 c0050 (Rank)", how messages name a column. */
export const columnLabel = (template: DoraTemplate, code: string) =>
  `${template.code} ${code} (${template.columns.find((column) => column.code === code)?.name ?? 'unknown column'})`;
