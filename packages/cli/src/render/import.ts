/**
 * `kedja import`: what it says after writing a CSV folder straight into a binary graph. What it
 * says about a graph it wrote is `export`'s (`renderExported`): otherwise import writes as export does.
 */
import type { Lang } from '@kedja/core/i18n';

import { messagesIn } from '../messages/index.js';

export function renderImportedToArrow(output: string, lang: Lang = 'en'): string {
  return `${messagesIn(lang).imports.arrow(output)}\n`;
}
