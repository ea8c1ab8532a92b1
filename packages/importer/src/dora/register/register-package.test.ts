import { describe, expect, it } from 'vitest';

import { registerFolder } from './register-package.js';

describe('registerFolder', () => {
  it("finds the folder of a package's key tables, reports/ first", () => {
    const names = [
      'PKG/META-INF/reportPackage.json',
      'PKG/reports/report.json',
      'PKG/reports/parameters.csv',
      'PKG/reports/b_02.02.csv',
      'PKG/reports/b_05.01.csv',
      'PKG/drafts/b_05.01.csv',
    ];
    expect(registerFolder(names)).toEqual({
      prefix: 'PKG/reports/',
      files: ['parameters.csv', 'b_02.02.csv', 'b_05.01.csv'],
    });
    expect(registerFolder(['b_05.01.csv', 'README.md'])).toEqual({ prefix: '', files: ['b_05.01.csv'] });
    expect(registerFolder(['notices/can.xml'])).toBeNull();
  });
});
