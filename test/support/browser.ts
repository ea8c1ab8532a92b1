/**
 * A real browser for tests: Debian's Chromium (/usr/bin/chromium, installed by test/prepare.sh)
 * driven by playwright-core, headless, with the flags below (without the background-networking ones,
 * Chromium's connections are refused by a closed network at every start). Never downloads a
 * browser. `--enable-unsafe-swiftshader` lets WebGL pages (sigma, in the viewer) render in software.
 */
import { existsSync } from 'node:fs';

import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM = process.env.KEDJA_CHROMIUM ?? '/usr/bin/chromium';

export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--enable-unsafe-swiftshader',
];

/** Launches headless Chromium; throws with a remedy when it is not installed. */
export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`${CHROMIUM} is missing: run test/prepare.sh (apt-get install -y chromium) or set KEDJA_CHROMIUM`);
  }
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_FLAGS });
}
