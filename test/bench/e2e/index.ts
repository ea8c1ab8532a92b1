/** The end-to-end part of the benchmark: whole processes, their floors and their peers. */
export { benchEndToEnd, type EndToEndOptions, type EndToEndResult } from './bench-end-to-end.js';
export { endToEndMarkdown, targetLines, targets, targetsMarkdown, type Target } from './report.js';
export type { EndToEndRun, KernelEntry, ProcessEntry } from './types.js';
export { E2E_JOBS, type E2eJob } from './workloads.js';
