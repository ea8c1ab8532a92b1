/**
 * Printing an HTML file to PDF with the Chromium already on the machine (the one the browser tests
 * use), started headless for one page: `--print-to-pdf`, A4 from the page's `@page` rule, no
 * header or footer. No browser is downloaded: without Chromium, a usage error says how to get one.
 * O(the page).
 */
import { spawn } from 'node:child_process';
import { access, constants, mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { delimiter, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

import { UsageError } from '../errors.js';

const NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];

export const PDF_CODES = { noBrowser: 'KEDJA_PDF_NO_BROWSER', failed: 'KEDJA_PDF_FAILED' } as const;

async function executable(path: string): Promise<boolean> {
  try {
    await access(path, constants.X_OK);
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

/** `KEDJA_CHROMIUM`, else the first Chromium or Chrome on the PATH; null when there is none. */
export async function findChromium(env: NodeJS.ProcessEnv = process.env): Promise<string | null> {
  if (env.KEDJA_CHROMIUM) return (await executable(env.KEDJA_CHROMIUM)) ? env.KEDJA_CHROMIUM : null;
  for (const dir of (env.PATH ?? '').split(delimiter).filter(Boolean))
    for (const name of NAMES) if (await executable(join(dir, name))) return join(dir, name);
  return null;
}

/** Prints `html` (a file) to `pdf`; throws a UsageError when no browser is found or printing fails. */
export async function printPdf(html: string, pdf: string, env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const browser = await findChromium(env);
  if (browser === null) {
    throw new UsageError(
      env.KEDJA_CHROMIUM
        ? `--pdf: KEDJA_CHROMIUM is ${env.KEDJA_CHROMIUM}, which is not an executable file`
        : '--pdf needs Chromium or Chrome, and none is on the PATH: install it (Debian: apt-get install chromium) or set KEDJA_CHROMIUM to its path; the HTML report was written',
      PDF_CODES.noBrowser,
    );
  }
  const profile = await mkdtemp(join(tmpdir(), 'kedja-pdf-'));
  const args = [
    '--headless',
    '--disable-gpu',
    '--no-first-run',
    '--no-pdf-header-footer',
    `--user-data-dir=${profile}`,
    `--print-to-pdf=${resolve(pdf)}`,
    ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
    pathToFileURL(resolve(html)).href,
  ];
  try {
    await rm(pdf, { force: true });
    const { code, stderr } = await run(browser, args);
    const written = await stat(pdf).then(
      (s) => s.size > 0,
      () => false,
    );
    if (code !== 0 || !written) {
      const last = stderr.trim().split('\n').slice(-3).join(' / ');
      throw new UsageError(`--pdf: ${browser} could not print ${html} (exit ${code}): ${last}`, PDF_CODES.failed);
    }
  } finally {
    await rm(profile, { recursive: true, force: true });
  }
}

function run(command: string, args: string[]): Promise<{ code: number | null; stderr: string }> {
  return new Promise((done, fail) => {
    const child = spawn(command, args, { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      if (stderr.length < 100_000) stderr += chunk;
    });
    child.on('error', fail);
    child.on('close', (code) => done({ code, stderr }));
  });
}
