/**
 * The CLI's language end to end: `--lang sv` (after the command's other options) speaks Swedish,
 * KEDJA_LANG and the locale choose when no option is given, `--lang` refuses a language Kedja does
 * not speak, and JSON stays byte-for-byte English whatever the language.
 */
import { describe, expect, it } from 'vitest';

import { kedja } from './support/cli.js';

const BLAST = ['blast', 'datasets/demo', '--supplier', 'sup-hosting'];
const SWEDISH = 'Scenario: leverantören Hallen Hosting AB (sup-hosting) faller bort.';

describe('kedja in Swedish and English', () => {
  it('speaks Swedish with --lang sv, English with --lang en, whatever KEDJA_LANG says', async () => {
    const sv = await kedja([...BLAST, '--lang', 'sv']);
    expect(sv.code).toBe(0);
    expect(sv.stdout.split('\n')[0]).toBe(SWEDISH);
    expect(sv.stdout).toContain('250\u00a0000 invånare, var och en räknad en gång');
    const en = await kedja([...BLAST, '--lang', 'en'], { env: { KEDJA_LANG: 'sv' } });
    expect(en.stdout.split('\n')[0]).toBe('Scenario: supplier Hallen Hosting AB (sup-hosting) fails.');
  });

  it('takes KEDJA_LANG, then the locale, when no --lang is given', async () => {
    expect((await kedja(BLAST, { env: { KEDJA_LANG: 'sv' } })).stdout.split('\n')[0]).toBe(SWEDISH);
    const locale = await kedja(BLAST, { env: { KEDJA_LANG: '', LC_ALL: '', LC_MESSAGES: '', LANG: 'sv_SE.UTF-8' } });
    expect(locale.stdout.split('\n')[0]).toBe(SWEDISH);
  });

  it('refuses a language it does not speak, as a usage error', async () => {
    const de = await kedja([...BLAST, '--lang', 'de']);
    expect(de.code).toBe(1);
    expect(de.stderr).toContain("argument 'de' is invalid");
  });

  it('writes the same JSON in every language', async () => {
    const en = await kedja([...BLAST, '--duration', '48h', '--json']);
    const sv = await kedja([...BLAST, '--duration', '48h', '--json', '--lang', 'sv']);
    expect(sv.stdout).toBe(en.stdout);
    const advice = await kedja(['advise', 'datasets/demo', '--json', '--lang', 'sv']);
    expect(JSON.parse(advice.stdout).steps[0].advice).toMatch(/^[A-Z].* on /);
  });

  it('writes its notes on stderr in Swedish too', async () => {
    const none = await kedja(['blast', 'datasets/demo', '--country', 'NO', '--lang', 'sv']);
    expect(none.stderr).toBe('obs: scenariot väljer ingen leverantör eller tjänst i datasets/demo\n');
  });
});
