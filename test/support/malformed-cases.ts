/**
 * Every kind of malformed canonical CSV input that issue 2 section 4 lists, each as a change to
 * the valid base dataset with the diagnostic it must give: code, file, line and column (the field
 * number; line 1 is the header).
 */
import { BASE } from './fixtures.js';

export interface MalformedCase {
  name: string;
  changes: Record<string, string | Buffer | null>;
  code: string;
  file: string;
  line: number;
  column: number;
}

const with_ = (file: string, text: string) => ({ [file]: text });
const append = (file: string, rows: string) => ({ [file]: `${BASE[file]}${rows}` });

export const MALFORMED_CASES: readonly MalformedCase[] = [
  {
    name: 'missing required file',
    changes: { 'suppliers.csv': null },
    code: 'KEDJA_CSV_MISSING_FILE',
    file: 'suppliers.csv',
    line: 1,
    column: 1,
  },
  {
    name: 'unknown file in the folder (a typo of a table name)',
    changes: { 'subcontract.csv': 'supplier,subcontractor\n' },
    code: 'KEDJA_CSV_UNKNOWN_FILE',
    file: 'subcontract.csv',
    line: 1,
    column: 1,
  },
  {
    name: 'empty file',
    changes: with_('services.csv', ''),
    code: 'KEDJA_CSV_EMPTY_FILE',
    file: 'services.csv',
    line: 1,
    column: 1,
  },
  {
    name: 'missing required column',
    changes: with_('suppliers.csv', 'id,country\nsup-1,SE\nsup-2,IE\nsup-3,SE\n'),
    code: 'KEDJA_CSV_MISSING_COLUMN',
    file: 'suppliers.csv',
    line: 1,
    column: 3,
  },
  {
    name: 'unknown column (typo)',
    changes: with_('uses.csv', 'organisation,service,critcal\norg-a,svc-1,yes\n'),
    code: 'KEDJA_CSV_UNKNOWN_COLUMN',
    file: 'uses.csv',
    line: 1,
    column: 3,
  },
  {
    name: 'duplicate column',
    changes: with_('contracts.csv', 'organisation,supplier,supplier\norg-b,sup-2,sup-2\n'),
    code: 'KEDJA_CSV_DUPLICATE_COLUMN',
    file: 'contracts.csv',
    line: 1,
    column: 3,
  },
  {
    name: 'empty required field',
    changes: append('organisations.csv', 'org-c,,other,\n'),
    code: 'KEDJA_CSV_EMPTY_REQUIRED',
    file: 'organisations.csv',
    line: 4,
    column: 2,
  },
  {
    name: 'duplicate id in one file',
    changes: append('services.csv', 'svc-1,Again,SaaS,\n'),
    code: 'KEDJA_CSV_DUPLICATE_ID',
    file: 'services.csv',
    line: 4,
    column: 1,
  },
  {
    name: 'duplicate id across files',
    changes: append('suppliers.csv', 'org-a,Same id as an organisation,SE,\n'),
    code: 'KEDJA_CSV_DUPLICATE_ID',
    file: 'suppliers.csv',
    line: 5,
    column: 1,
  },
  {
    name: 'edge to an unknown id',
    changes: append('uses.csv', 'org-a,svc-9,yes\n'),
    code: 'KEDJA_CSV_UNKNOWN_REFERENCE',
    file: 'uses.csv',
    line: 4,
    column: 2,
  },
  {
    name: 'edge to the wrong kind of node',
    changes: append('provided_by.csv', 'svc-1,org-a,\n'),
    code: 'KEDJA_CSV_WRONG_KIND',
    file: 'provided_by.csv',
    line: 5,
    column: 2,
  },
  {
    name: 'self-loop',
    changes: append('subcontracts.csv', 'sup-2,sup-2,2\n'),
    code: 'KEDJA_CSV_SELF_LOOP',
    file: 'subcontracts.csv',
    line: 3,
    column: 2,
  },
  {
    name: 'duplicate edge row',
    changes: append('uses.csv', 'org-a,svc-1,no\n'),
    code: 'KEDJA_CSV_DUPLICATE_EDGE',
    file: 'uses.csv',
    line: 4,
    column: 1,
  },
  {
    name: 'bad enum',
    changes: append('organisations.csv', 'org-c,Kommun C,kommun,\n'),
    code: 'KEDJA_CSV_BAD_ENUM',
    file: 'organisations.csv',
    line: 4,
    column: 3,
  },
  {
    name: 'bad number',
    changes: append('organisations.csv', 'org-c,Kommun C,municipality,12 000\n'),
    code: 'KEDJA_CSV_BAD_NUMBER',
    file: 'organisations.csv',
    line: 4,
    column: 4,
  },
  {
    name: 'negative number',
    changes: append('subcontracts.csv', 'sup-2,sup-3,-1\n'),
    code: 'KEDJA_CSV_BAD_NUMBER',
    file: 'subcontracts.csv',
    line: 3,
    column: 3,
  },
  {
    name: 'bad boolean',
    changes: append('uses.csv', 'org-b,svc-1,maybe\n'),
    code: 'KEDJA_CSV_BAD_BOOLEAN',
    file: 'uses.csv',
    line: 4,
    column: 3,
  },
  {
    name: 'bad country code',
    changes: append('suppliers.csv', 'sup-4,Leverantör 4,SW,\n'),
    code: 'KEDJA_CSV_BAD_COUNTRY',
    file: 'suppliers.csv',
    line: 5,
    column: 3,
  },
  {
    name: 'row with too many fields',
    changes: append('contracts.csv', 'org-a,sup-1,extra\n'),
    code: 'KEDJA_CSV_MALFORMED_ROW',
    file: 'contracts.csv',
    line: 3,
    column: 3,
  },
  {
    name: 'row with too few fields',
    changes: append('provided_by.csv', 'svc-1\n'),
    code: 'KEDJA_CSV_MALFORMED_ROW',
    file: 'provided_by.csv',
    line: 5,
    column: 2,
  },
  {
    name: 'unclosed quote',
    changes: append('suppliers.csv', 'sup-4,"Leverantör 4,SE,\nsup-5,Leverantör 5,SE,\n'),
    code: 'KEDJA_CSV_MALFORMED_ROW',
    file: 'suppliers.csv',
    line: 5,
    column: 2,
  },
  {
    name: 'text after a closing quote',
    changes: append('services.csv', 'svc-3,"Tjänst" 3,SaaS,\n'),
    code: 'KEDJA_CSV_MALFORMED_ROW',
    file: 'services.csv',
    line: 4,
    column: 2,
  },
  {
    name: 'line numbers count lines inside quoted fields',
    changes: append('organisations.csv', 'org-c,"Kommun\nC",municipality,\norg-d,Kommun D,städ,\n'),
    code: 'KEDJA_CSV_BAD_ENUM',
    file: 'organisations.csv',
    line: 6,
    column: 3,
  },
  {
    name: 'invalid UTF-8',
    changes: {
      'organisations.csv': Buffer.concat([
        Buffer.from(`${BASE['organisations.csv']}org-c,Kommun `),
        Buffer.from([0xff]),
        Buffer.from(' C,municipality,\n'),
      ]),
    },
    code: 'KEDJA_CSV_ENCODING',
    file: 'organisations.csv',
    line: 4,
    column: 2,
  },
  // parents.csv, the ownership groups: rows checked as any table's, then the table as a whole.
  {
    name: 'ownership group with a bad country',
    changes: with_('parents.csv', 'group,country,parent\nGrupp,USA,\n'),
    code: 'KEDJA_CSV_BAD_COUNTRY',
    file: 'parents.csv',
    line: 2,
    column: 2,
  },
  {
    name: 'ownership group listed twice (in another case)',
    changes: with_('parents.csv', 'group,country\nGrupp,US\nHolding,SE\n grupp ,SE\n'),
    code: 'KEDJA_CSV_DUPLICATE_GROUP',
    file: 'parents.csv',
    line: 4,
    column: 1,
  },
  {
    name: 'ownership group owned by a group the file lacks',
    changes: with_('parents.csv', 'name,group,parent,country\nGrupp AB,Grupp,Holding,SE\n'),
    code: 'KEDJA_CSV_UNKNOWN_GROUP',
    file: 'parents.csv',
    line: 2,
    column: 3,
  },
  {
    name: 'ownership groups that own each other',
    changes: with_('parents.csv', 'group,parent\nTop,\nGrupp,Holding\nHolding,grupp\n'),
    code: 'KEDJA_CSV_OWNERSHIP_CYCLE',
    file: 'parents.csv',
    line: 3,
    column: 2,
  },
  {
    name: 'ownership group without its group',
    changes: with_('parents.csv', 'group,country\n,US\n'),
    code: 'KEDJA_CSV_EMPTY_REQUIRED',
    file: 'parents.csv',
    line: 2,
    column: 1,
  },
];
