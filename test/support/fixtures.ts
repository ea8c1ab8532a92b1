/**
 * Small canonical CSV folders for tests: a valid base dataset, and helpers that write a variant of
 * it (files replaced, added or removed) into a fresh temporary folder.
 */
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const BASE: Readonly<Record<string, string>> = {
  'organisations.csv': 'id,name,type,population\norg-a,Kommun A,municipality,1000\norg-b,Myndighet B,agency,\n',
  'services.csv': 'id,name,model,countries\nsvc-1,Tjänst 1,SaaS,SE;IE\nsvc-2,Tjänst 2,PaaS,\n',
  'suppliers.csv': 'id,name,country,parent\nsup-1,Leverantör 1,SE,Grupp\nsup-2,Leverantör 2,IE,\nsup-3,Hosting 3,SE,\n',
  'uses.csv': 'organisation,service,critical\norg-a,svc-1,yes\norg-b,svc-2,no\n',
  'contracts.csv': 'organisation,supplier\norg-b,sup-2\n',
  'provided_by.csv': 'service,supplier,alternatives\nsvc-1,sup-1,\nsvc-2,sup-1,g\nsvc-2,sup-2,g\n',
  'subcontracts.csv': 'supplier,subcontractor,rank\nsup-1,sup-3,2\n',
};

/** Writes the base dataset with `changes` applied (a file set to null is left out). */
export function writeFolder(changes: Record<string, string | Buffer | null> = {}): string {
  const folder = mkdtempSync(join(tmpdir(), 'kedja-test-'));
  mkdirSync(folder, { recursive: true });
  const files: Record<string, string | Buffer | null> = { ...BASE, ...changes };
  for (const [name, content] of Object.entries(files)) {
    if (content !== null) writeFileSync(join(folder, name), content);
  }
  return folder;
}
