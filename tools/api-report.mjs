#!/usr/bin/env node
// The public API of every published package, recorded by API Extractor in packages/<name>/api/*.api.md
// (checked in), one report per entry point. A change to what a package exports shows in review as a
// change to its report.
//
//   pnpm build && node tools/api-report.mjs            # check: exit 1 when a report is stale
//   pnpm build && node tools/api-report.mjs --update   # write the reports anew
//
// The reports are made from the built declarations (dist/**/*.d.ts), as a consumer sees them.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { Extractor, ExtractorConfig } from '@microsoft/api-extractor';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** [package folder, entry point (dist path without .d.ts), report name]. */
export const ENTRY_POINTS = [
  ['core', 'index', 'core'],
  ['core', 'metrics/index', 'core-metrics'],
  ['core', 'reports/index', 'core-reports'],
  ['core', 'generate/index', 'core-generate'],
  ['core', 'i18n/index', 'core-i18n'],
  ['core', 'kernel/index', 'core-kernel'],
  ['core', 'gaps/index', 'core-gaps'],
  ['core', 'reference/index', 'core-reference'],
  ['importer', 'index', 'importer'],
  ['importer', 'input/index', 'importer-input'],
  ['importer', 'worker-entry', 'importer-worker-entry'],
  ['neo4j', 'index', 'neo4j'],
  ['cli', 'index', 'cli'],
];

const update = process.argv.includes('--update');
const temp = mkdtempSync(join(tmpdir(), 'kedja-api-'));
let failed = 0;

for (const [folder, entry, name] of ENTRY_POINTS) {
  const project = join(ROOT, 'packages', folder);
  const config = ExtractorConfig.prepare({
    configObjectFullPath: join(project, 'api-extractor.json'),
    packageJsonFullPath: join(project, 'package.json'),
    configObject: {
      projectFolder: project,
      mainEntryPointFilePath: join(project, 'dist', `${entry}.d.ts`),
      compiler: { tsconfigFilePath: join(project, 'tsconfig.build.json') },
      apiReport: {
        enabled: true,
        reportFileName: `${name}.api.md`,
        reportFolder: join(project, 'api'),
        reportTempFolder: temp,
      },
      docModel: { enabled: false },
      dtsRollup: { enabled: false },
      tsdocMetadata: { enabled: false },
      messages: {
        // Kedja does not tag release stages (@public, @beta): every export of an entry point is public.
        // A type that an export uses but the entry point does not export is listed in the report
        // (a reviewer sees it); it is not an error: the curated main entry names at most 80 things.
        extractorMessageReporting: {
          'ae-missing-release-tag': { logLevel: 'none' },
          'ae-forgotten-export': { logLevel: 'none', addToApiReportFile: true },
        },
        tsdocMessageReporting: { default: { logLevel: 'none' } },
      },
    },
  });
  const result = Extractor.invoke(config, { localBuild: update, messageCallback: quiet });
  if (result.apiReportChanged && !update) {
    failed++;
    console.error(
      `tools/api-report.mjs: the public API of ${folder} (${entry}) changed; review packages/${folder}/api/${name}.api.md and run node tools/api-report.mjs --update`,
    );
  } else if (!result.succeeded) {
    failed++;
    console.error(`tools/api-report.mjs: API Extractor failed on ${folder} (${entry}): ${result.errorCount} errors`);
  } else {
    console.log(`${update && result.apiReportChanged ? 'updated' : 'current'}: packages/${folder}/api/${name}.api.md`);
  }
}
rmSync(temp, { recursive: true, force: true });
process.exit(failed > 0 ? 1 : 0);

/** Only what needs attention: errors, and warnings that are not about the report itself. */
function quiet(message) {
  if (message.logLevel === 'error') return;
  if (message.messageId === 'console-api-report-changed' || message.messageId === 'console-api-report-copied') {
    message.handled = true;
    return;
  }
  if (message.logLevel === 'info' || message.logLevel === 'verbose') message.handled = true;
}
