import { describe, expect, it } from 'vitest';

import { describeDialect, detectDialect, detectSeparator } from './dialect.js';

const latin1 = (text: string) => new Uint8Array(Buffer.from(text, 'latin1'));
const utf8 = (text: string) => new Uint8Array(Buffer.from(text, 'utf8'));

describe('detectDialect', () => {
  it('takes comma-separated UTF-8, with or without a byte-order mark, as the canonical dialect', () => {
    expect(detectDialect(utf8('id,name\nadalen,Ådalens kommun\n'))).toEqual({
      separator: ',',
      encoding: 'utf-8',
      bom: false,
    });
    expect(detectDialect(utf8('\uFEFFid,name\n'))).toEqual({ separator: ',', encoding: 'utf-8', bom: true });
  });

  it('recognises what Swedish Excel writes: `;` and Windows-1252', () => {
    expect(detectDialect(latin1('id;name\r\nadalen;Ådalens kommun\r\n'))).toEqual({
      separator: ';',
      encoding: 'windows-1252',
      bom: false,
    });
  });

  it('reads UTF-16 by its byte-order mark, and a tab-separated header', () => {
    const text = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('id\tname\n', 'utf16le')]);
    expect(detectDialect(new Uint8Array(text))).toEqual({ separator: '\t', encoding: 'utf-16le', bom: true });
  });

  it('keeps UTF-8 when the bytes hold UTF-8, or when a stray byte is no letter, so the byte is reported where it is', () => {
    const mixed = Buffer.concat([Buffer.from('id,name\na,Ådalen\nb,K'), Buffer.from([0xe5]), Buffer.from('\n')]);
    expect(detectDialect(new Uint8Array(mixed)).encoding).toBe('utf-8');
    const stray = Buffer.concat([Buffer.from('id,name\na,Kommun '), Buffer.from([0xff]), Buffer.from('\n')]);
    expect(detectDialect(new Uint8Array(stray)).encoding).toBe('utf-8');
  });

  it('does not take a UTF-8 letter cut by the end of the sample for a broken one', () => {
    const cut = utf8('id,name\nadalen,Å').subarray(0, -1);
    expect(detectDialect(cut).encoding).toBe('utf-8');
  });
});

describe('detectSeparator', () => {
  it('counts separators on the first line, outside quotes; a comma on a tie or none', () => {
    expect(detectSeparator('id,"a;b;c",name\nx;y;z;w\n')).toBe(',');
    expect(detectSeparator('id;name;"a,b"\n')).toBe(';');
    expect(detectSeparator('id\n')).toBe(',');
  });
});

describe('describeDialect', () => {
  it('says what was read', () => {
    expect(describeDialect({ separator: ';', encoding: 'windows-1252', bom: false })).toBe(
      '`;`-separated, Windows-1252',
    );
    expect(describeDialect({ separator: ',', encoding: 'utf-8', bom: true })).toBe(
      'comma-separated, UTF-8 with a byte-order mark',
    );
  });
});
