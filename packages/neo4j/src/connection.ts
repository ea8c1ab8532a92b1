/**
 * A connection to one Neo4j database through neo4j-driver: opened and checked once (a `RETURN 1`
 * that is not retried, so an unreachable server or wrong credentials fail at once with a clear
 * code), then read and write transactions (`executeRead` / `executeWrite`, retried by the driver
 * on transient errors, so every write Kedja sends is idempotent).
 *
 * Credentials come from the caller (the CLI reads NEO4J_USER and NEO4J_PASSWORD); they are handed
 * to the driver and never stored elsewhere, printed or logged.
 */
import neo4j, {
  type AuthToken,
  type Driver,
  type ManagedTransaction,
  type QueryResult,
  type RecordShape,
} from 'neo4j-driver';

import { badUriError, neo4jError, withoutCredentials } from './errors.js';

export interface Neo4jTarget {
  /** bolt://, neo4j://, neo4j+s:// (Aura), ... */
  uri: string;
  /** The database; the server's default database when absent. */
  database?: string;
  /** User name; `neo4j` when only a password is given. No user and no password: no authentication. */
  user?: string;
  password?: string;
}

/** User and password from NEO4J_USER / NEO4J_PASSWORD (each may be absent). */
export function credentialsFromEnv(
  env: Readonly<Record<string, string | undefined>> = process.env,
): Pick<Neo4jTarget, 'user' | 'password'> {
  return {
    ...(env.NEO4J_USER ? { user: env.NEO4J_USER } : {}),
    ...(env.NEO4J_PASSWORD !== undefined && env.NEO4J_PASSWORD !== '' ? { password: env.NEO4J_PASSWORD } : {}),
  };
}

export type Params = Record<string, unknown>;

export class Neo4jConnection {
  readonly uri: string;
  readonly database: string | undefined;
  private readonly driver: Driver;

  private constructor(driver: Driver, target: Neo4jTarget) {
    this.driver = driver;
    this.uri = withoutCredentials(target.uri); // shown in messages: never a password
    this.database = target.database;
  }

  /** Opens a driver and checks that the database answers; throws a `KedjaError` otherwise. */
  static async open(target: Neo4jTarget): Promise<Neo4jConnection> {
    const auth =
      target.user === undefined && target.password === undefined
        ? (neo4j.auth as unknown as { none(): AuthToken }).none() // in the driver, missing from its types
        : neo4j.auth.basic(target.user ?? 'neo4j', target.password ?? '');
    let driver: Driver;
    try {
      driver = neo4j.driver(target.uri, auth, {
        connectionTimeout: 15_000,
        connectionAcquisitionTimeout: 60_000,
        userAgent: 'kedja/0.1.0',
      });
    } catch (error) {
      throw badUriError(target.uri, error);
    }
    const connection = new Neo4jConnection(driver, target);
    const session = driver.session(target.database ? { database: target.database } : {});
    try {
      await session.run('RETURN 1');
    } catch (error) {
      await session.close().catch(() => undefined);
      await driver.close().catch(() => undefined);
      throw connection.error(error);
    }
    await session.close();
    return connection;
  }

  /** A `KedjaError` for anything the driver or server threw. */
  error(error: unknown) {
    return neo4jError(error, { uri: this.uri, database: this.database ?? '' });
  }

  private session(mode: 'READ' | 'WRITE') {
    return this.driver.session({
      defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
      ...(this.database ? { database: this.database } : {}),
    });
  }

  /** Runs `work` in one read transaction (retried as a whole on transient errors). */
  async readTransaction<T>(work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
    const session = this.session('READ');
    try {
      return await session.executeRead(work);
    } catch (error) {
      throw this.error(error);
    } finally {
      await session.close();
    }
  }

  /** Runs `work` in one write transaction (retried as a whole on transient errors: keep it idempotent). */
  async writeTransaction<T>(work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
    const session = this.session('WRITE');
    try {
      return await session.executeWrite(work);
    } catch (error) {
      throw this.error(error);
    } finally {
      await session.close();
    }
  }

  /** One read query in its own transaction. */
  read<R extends RecordShape = RecordShape>(query: string, params: Params = {}): Promise<QueryResult<R>> {
    return this.readTransaction((tx) => tx.run<R>(query, params));
  }

  /** One write query in its own transaction. */
  write<R extends RecordShape = RecordShape>(query: string, params: Params = {}): Promise<QueryResult<R>> {
    return this.writeTransaction((tx) => tx.run<R>(query, params));
  }

  /** A schema command (constraints), which cannot share a transaction with data writes. */
  async schema(query: string): Promise<void> {
    const session = this.session('WRITE');
    try {
      await session.run(query);
    } catch (error) {
      throw this.error(error);
    } finally {
      await session.close();
    }
  }

  async close(): Promise<void> {
    await this.driver.close();
  }
}

/** Opens a connection, runs `work` with it and always closes it. */
export async function withNeo4j<T>(target: Neo4jTarget, work: (connection: Neo4jConnection) => Promise<T>): Promise<T> {
  const connection = await Neo4jConnection.open(target);
  try {
    return await work(connection);
  } finally {
    await connection.close();
  }
}
