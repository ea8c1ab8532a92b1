/** The `kedja` executable: run one command and exit with its code. */
import { runProcess } from './process.js';

process.exitCode = await runProcess(process.argv.slice(2));
