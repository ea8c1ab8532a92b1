/**
 * The DORA register never misread, through the real command: a register in the 2024 dry run's
 * numbering of B_05.01 is read as such (the same providers as datasets/dora-sample), the dry run's
 * values under the adopted header are refused (never providers named "SE"), a register package is
 * read from its `.zip` as submitted, an empty register exits 2, and B_06.01's assessment of the
 * functions makes the dependencies of functions that are not critical or important non-critical.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import { zipFiles } from './support/archives.js';
import { kedja, ROOT, STACK_FRAME } from './support/cli.js';
import { csvFields } from './support/spreadsheets.js';

const SAMPLE = join(ROOT, 'datasets/dora-sample');
const tmp = () => mkdtempSync(join(tmpdir(), 'kedja-dora-misread-'));

function copy(): string {
  const dir = join(tmp(), 'register');
  cpSync(SAMPLE, dir, { recursive: true });
  return dir;
}

/** B_05.01 of the sample rewritten in the dry run's nine columns (name c0030, country c0050, parent c0080). */
function dryRunProviders(header: string): string {
  const [, ...rows] = readFileSync(join(SAMPLE, 'b_05.01.csv'), 'utf8')
    .trim()
    .split('\n')
    .map((line) => csvFields(line));
  const dryRun = rows.map((r) => [r[0], r[1], r[4], r[6], r[7], r[8], r[9], r[10], r[11]].join(','));
  return `${header}\n${dryRun.join('\n')}\n`;
}

describe('the DORA register, never misread', () => {
  it('reads a B_05.01 in the dry-run numbering as such, with a warning', async () => {
    const dir = copy();
    writeFileSync(join(dir, 'b_05.01.csv'), dryRunProviders('c0010,c0020,c0030,c0040,c0050,c0060,c0070,c0080,c0090'));
    const [dryRun, sample] = [join(dir, '..', 'a'), join(dir, '..', 'b')];
    const result = await kedja(['import-dora', dir, '-o', dryRun]);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toContain(
      "warning KEDJA_DORA_DRY_RUN_LAYOUT: B_05.01 is numbered as in the ESAs' 2024 dry run",
    );
    await kedja(['import-dora', SAMPLE, '-o', sample]);
    expect(readFileSync(join(dryRun, 'suppliers.csv'), 'utf8')).toBe(
      readFileSync(join(sample, 'suppliers.csv'), 'utf8'),
    );
    // Never a provider named by a country code.
    expect(readFileSync(join(dryRun, 'suppliers.csv'), 'utf8')).not.toMatch(/^[^,]+,(SE|IE|NO|LU),/m);
  });

  it('refuses the dry run\'s values under the adopted header: exit 2, no provider named "SE"', async () => {
    const dir = copy();
    const header = 'c0010,c0020,c0030,c0040,c0050,c0060,c0070,c0080,c0090,c0100,c0110,c0120';
    writeFileSync(
      join(dir, 'b_05.01.csv'),
      dryRunProviders(header)
        .replace(/\n(?=.)/g, '\n')
        .replace(/(\n[^\n]+)/g, '$1,,,'),
    );
    const out = join(dir, '..', 'out');
    const result = await kedja(['import-dora', dir, '-o', out]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(
      `${join(dir, 'b_05.01.csv')}:2:5: error KEDJA_DORA_DRY_RUN_LAYOUT: B_05.01 c0050 (Legal name`,
    );
    expect(result.stderr).toContain('"SE" is a country code');
    expect(result.stdout).toBe('');
    expect(result.stderr).not.toMatch(STACK_FRAME);
  });

  it('reads a submitted register package (.zip) as submitted, with places inside the zip', async () => {
    const dir = tmp();
    const zip = join(dir, 'EXEMPELBANKEN0000001.CON_SE_DORA010100_DORA_2025-03-31_20250401.zip');
    const tables = readdirSync(SAMPLE).filter((file) => file.endsWith('.csv'));
    zipFiles(zip, SAMPLE, tables, 'EXEMPELBANKEN0000001.CON_SE_DORA010100_DORA_2025-03-31_20250401/reports/');
    const [fromZip, fromFolder] = await Promise.all([
      kedja(['rank', zip, '--json']),
      kedja(['rank', SAMPLE, '--json']),
    ]);
    expect(fromZip.code, fromZip.stderr).toBe(0);
    expect(fromZip.stdout).toBe(fromFolder.stdout);
    const imported = await kedja(['import-dora', zip, '-o', join(dir, 'out')]);
    expect(imported.code, imported.stderr).toBe(0);
    expect(imported.stderr).toContain(
      `${zip}!EXEMPELBANKEN0000001.CON_SE_DORA010100_DORA_2025-03-31_20250401/reports/b_05.01.csv:9:8: warning`,
    );
    const notARegister = join(dir, 'other.zip');
    zipFiles(notARegister, SAMPLE, ['README.md']);
    const refused = await kedja(['validate', notARegister]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('error KEDJA_INPUT_UNSUPPORTED: this .zip holds no DORA register package');
  });

  it('a folder of canonical tables and a register (at the top or in reports/) is refused, never read as either (issue 17, defect 3)', async () => {
    const inReports = join(tmp(), 'both');
    cpSync(join(ROOT, 'datasets/demo'), inReports, { recursive: true });
    cpSync(SAMPLE, join(inReports, 'reports'), { recursive: true });
    const beside = join(tmp(), 'both');
    cpSync(join(ROOT, 'datasets/demo'), beside, { recursive: true });
    cpSync(SAMPLE, beside, { recursive: true });
    for (const dir of [inReports, beside]) {
      for (const args of [
        ['validate', dir],
        ['rank', dir, '--json'],
        ['metrics', dir, '--json'],
      ]) {
        const result = await kedja(args);
        expect(result.code, `${args.join(' ')}: ${result.stderr}`).toBe(2);
        expect(result.stdout).toBe('');
        expect(result.stderr).toContain(
          `${dir}: error KEDJA_INPUT_AMBIGUOUS: this folder holds canonical tables (contracts.csv, organisations.csv`,
        );
        expect(result.stderr).not.toMatch(STACK_FRAME);
      }
    }
    expect((await kedja(['validate', inReports])).stderr).toContain(
      `give ${join(inReports, 'reports')} to read the register`,
    );
    // Given the register's own folder, it is read, and the detection says so.
    const register = await kedja(['validate', join(inReports, 'reports')]);
    expect(register.code).toBe(0);
    expect(register.stderr).toContain(`note KEDJA_INPUT_DETECTED: read as a DORA register of information`);
    // The canonical tables alone are read as before.
    expect((await kedja(['validate', join(ROOT, 'datasets/demo')])).stderr).not.toContain('KEDJA_INPUT_DETECTED');
  });

  it('an empty register (the templates with their headers only) exits 2', async () => {
    const dir = copy();
    for (const file of readdirSync(dir).filter((name) => name.endsWith('.csv'))) {
      writeFileSync(join(dir, file), `${readFileSync(join(dir, file), 'utf8').split('\n')[0]}\n`);
    }
    const [imported, ranked] = await Promise.all([
      kedja(['import-dora', dir, '-o', join(dir, '..', 'out')]),
      kedja(['rank', dir]),
    ]);
    for (const result of [imported, ranked]) {
      expect(result.code).toBe(2);
      expect(result.stderr).toContain('error KEDJA_DORA_EMPTY_REGISTER: the register holds no contractual arrangement');
    }
  });

  it("B_06.01's assessment: the dependencies of functions that are not critical or important are not critical", async () => {
    const dir = copy();
    writeFileSync(
      join(dir, 'b_06.01.csv'),
      'c0010,c0020,c0030,c0040,c0050,c0060,c0070,c0080,c0090,c0100\n' +
        'F-PAY,,Payments,EXEMPELBANKEN0000001,eba_BT:x28,,2025-01-01,4,1,eba_ZZ:x793\n' +
        'F-OFFICE,,Office,EXEMPELBANKEN0000001,eba_BT:x29,,2025-01-01,48,24,eba_ZZ:x791\n' +
        'F-FUND,,Funds,EXEMPELFONDER0000002,eba_BT:x21,,2025-01-01,8,4,eba_ZZ:x792\n',
    );
    const out = join(dir, '..', 'out');
    const result = await kedja(['import-dora', dir, '-o', out]);
    expect(result.code, result.stderr).toBe(0);
    const uses = readFileSync(join(out, 'uses.csv'), 'utf8');
    expect(uses).toContain('\nEXEMPELBANKEN0000001,A-002/S19,false,F-OFFICE,');
    expect(uses).toContain('\nEXEMPELBANKEN0000001,A-001/S19,,F-PAY,');
    // Not assessed counts as critical, as does a function B_06.01 lacks (said once per function).
    expect(uses).toContain('\nEXEMPELFONDER0000002,A-001/S19,,F-FUND,');
    expect(result.stderr).toContain(
      'function F-DATA of EXEMPELBANKEN0000001 (B_02.02 c0050) is not in B_06.01; its dependencies stay critical',
    );
  });
});
