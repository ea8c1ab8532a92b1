/**
 * `--format json|csv|gexf|graphml|arrow`: the format a graph is written in, shared by `export`,
 * `import` and `import-dora` (which differ only in the default). Without `--format`, an output
 * named `*.arrow` is a binary graph.
 */
import { Option } from 'commander';

export const EXPORT_FORMATS = ['json', 'csv', 'gexf', 'graphml', 'arrow'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export function formatOption(defaultFormat: ExportFormat): Option {
  return new Option(
    '--format <format>',
    `output format (default: arrow for an output named *.arrow, else ${defaultFormat})`,
  ).choices(EXPORT_FORMATS);
}

/** The format asked for, else the one the output's name says (`*.arrow`), else the command's default. */
export function resolveFormat(
  format: ExportFormat | undefined,
  output: string,
  defaultFormat: ExportFormat,
): ExportFormat {
  return format ?? (output.toLowerCase().endsWith('.arrow') ? 'arrow' : defaultFormat);
}
