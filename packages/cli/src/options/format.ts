/**
 * `--format json|csv|gexf|graphml`: the file format a graph is written in, shared by `export`,
 * `import` and `import-dora` (which differ only in the default).
 */
import { Option } from 'commander';

export const EXPORT_FORMATS = ['json', 'csv', 'gexf', 'graphml'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export function formatOption(defaultFormat: ExportFormat): Option {
  return new Option('--format <format>', 'output format').choices(EXPORT_FORMATS).default(defaultFormat);
}
