/**
 * The base dataset (fixtures.ts) with doubt (issue 13): possible uses, contracts and subcontracts,
 * probabilities, one supplier whose subcontracting is unknown and one with none. Hosting 3 (sup-3)
 * failing affects nobody for certain and both organisations at most.
 */
export const UNCERTAIN: Readonly<Record<string, string>> = {
  'suppliers.csv':
    'id,name,country,parent,subcontracting\nsup-1,Leverantör 1,SE,Grupp,unknown\nsup-2,Leverantör 2,IE,,none\nsup-3,Hosting 3,SE,,\n',
  'uses.csv': 'organisation,service,critical,certainty,probability\norg-a,svc-1,yes,,\norg-b,svc-2,no,possible,0.4\n',
  'contracts.csv': 'organisation,supplier,certainty\norg-b,sup-2,confirmed\norg-a,sup-3,possible\n',
  'provided_by.csv':
    'service,supplier,alternatives,certainty\nsvc-1,sup-1,,\nsvc-2,sup-1,g,confirmed\nsvc-2,sup-2,g,\n',
  'subcontracts.csv':
    'supplier,subcontractor,rank,certainty,probability\nsup-1,sup-3,2,possible,0.25\nsup-2,sup-3,,POSSIBLE,1\n',
};
