/**
 * `--engine memory|neo4j` for the analyses that can run in the database: the in-memory engine on
 * an input file (the default), or Cypher in the Neo4j database the graph was pushed to (with the
 * Neo4j options, and no input).
 */
import { Option, type Command } from 'commander';

import { UsageError } from '../errors.js';
import type { Neo4jOptions } from './neo4j.js';

export const ENGINES = ['memory', 'neo4j'] as const;
export type EngineName = (typeof ENGINES)[number];

export interface EngineOptions extends Neo4jOptions {
  engine: EngineName;
}

export function addEngineOption(command: Command): Command {
  return command.addOption(
    new Option('--engine <engine>', 'where the analysis runs: in memory on <input>, or in Neo4j (--uri)')
      .choices(ENGINES)
      .default('memory'),
  );
}

/** The input of an in-memory analysis; a usage error when it is missing or Neo4j options came with it. */
export function inputFor(input: string | undefined, options: EngineOptions): string {
  if (input === undefined) {
    throw new UsageError('give the input (a CSV folder or a graph .json file), or --engine neo4j --uri ...');
  }
  if (options.uri !== undefined) {
    throw new UsageError('--uri needs --engine neo4j (which reads the graph from the database, with no input)');
  }
  return input;
}

/** With --engine neo4j the graph is the database's: an input as well is a mistake worth saying. */
export function refuseInput(input: string | undefined): void {
  if (input !== undefined) {
    throw new UsageError(
      `--engine neo4j reads the graph from the database; leave out ${input} (push it first with kedja push ${input} --uri ...)`,
    );
  }
}
