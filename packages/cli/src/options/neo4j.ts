/**
 * The options shared by the commands that talk to Neo4j (push, pull, and blast and rank with
 * `--engine neo4j`): where the server is, which database, which dataset tag. User and password
 * come only from NEO4J_USER and NEO4J_PASSWORD, never from options (which shells keep in their
 * history and other users see in the process list), and are never printed.
 */
import type { Neo4jTarget } from '@kedja/neo4j';
import type { Command } from 'commander';

import { quoteValue } from '@kedja/core';
import { UsageError } from '../errors.js';

/** The dataset tag when none is given: @kedja/neo4j's DEFAULT_DATASET (a test says they agree), kept here so that commands do not load the driver to register their options. */
export const DEFAULT_DATASET = 'default';

export interface Neo4jOptions {
  uri?: string;
  database?: string;
  dataset: string;
}

export function addNeo4jOptions(command: Command): Command {
  return command
    .option('--uri <uri>', 'the Neo4j server: bolt://HOST:7687, neo4j+s://HOST for Aura (default: NEO4J_URI)')
    .option('--database <name>', "the database (default: the server's default database)")
    .option('--dataset <tag>', 'the dataset tag: several graphs can share a database, one tag each', DEFAULT_DATASET);
}

/** The server to connect to, with credentials from the environment (NEO4J_USER, NEO4J_PASSWORD). */
export async function neo4jTarget(options: Neo4jOptions, env: NodeJS.ProcessEnv = process.env): Promise<Neo4jTarget> {
  const uri = options.uri ?? env.NEO4J_URI;
  if (!uri) throw new UsageError('say which Neo4j server: --uri bolt://HOST:7687 (or set NEO4J_URI)');
  const { credentialsFromEnv, withoutCredentials } = await import('@kedja/neo4j');
  if (withoutCredentials(uri) !== uri) {
    // Said without the URI, which holds them: a password must not reach a terminal or a log.
    throw new UsageError(
      'the Neo4j URI holds a user name or password; give the server alone (--uri bolt://HOST:7687) and the credentials in NEO4J_USER and NEO4J_PASSWORD',
    );
  }
  return { uri, ...(options.database ? { database: options.database } : {}), ...credentialsFromEnv(env) };
}

/** "bolt://host:7687, dataset "default"" (the database too when one was named); never credentials. */
export function describeTarget(target: Neo4jTarget, dataset: string): string {
  return `${target.uri}${target.database ? ` (database ${target.database})` : ''}, dataset ${quoteValue(dataset)}`;
}
