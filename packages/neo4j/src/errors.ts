/**
 * Errors of the Neo4j path, each with a stable code, and the one place that turns a driver or
 * server error into one of them. Messages say what to do and never contain credentials (the
 * driver's messages do not carry them either; we add only the URI and the database name).
 */
import { KedjaError } from '@kedja/core';

export const NEO4J_CODES = {
  /** The URI is not one neo4j-driver accepts (bolt://, neo4j://, neo4j+s://, ...). */
  badUri: 'KEDJA_NEO4J_BAD_URI',
  /** No Neo4j answers at the URI (refused, unknown host, time-out, TLS mismatch). */
  unreachable: 'KEDJA_NEO4J_UNREACHABLE',
  /** The server refused the user name and password (or asks for them and none were given). */
  auth: 'KEDJA_NEO4J_AUTH',
  /** The user may not do this (a read-only user pushing, for example). */
  forbidden: 'KEDJA_NEO4J_FORBIDDEN',
  /** The server has no database of that name. */
  noDatabase: 'KEDJA_NEO4J_NO_DATABASE',
  /** The database holds no Kedja dataset with the given tag (it may hold something else). */
  noDataset: 'KEDJA_NEO4J_NO_DATASET',
  /** Kedja's labels are used by data Kedja did not write; a push refuses to mix with it. */
  foreignData: 'KEDJA_NEO4J_FOREIGN_DATA',
  /** The dataset's last push did not finish; push again to complete it. */
  incomplete: 'KEDJA_NEO4J_INCOMPLETE',
  /** A push was stopped (AbortSignal) before it finished; running it again completes it. */
  interrupted: 'KEDJA_NEO4J_INTERRUPTED',
  /** Any other error reported by the server (the server's own code is in the message). */
  failed: 'KEDJA_NEO4J_FAILED',
} as const;

/** The driver refused to be created for this URI. */
/** The URI as it may be shown: a user name and password written into it (`bolt://u:p@host`) cut out. */
export function withoutCredentials(uri: string): string {
  return uri.replace(/^([a-z][a-z0-9+.-]*:\/\/)[^@/?#]*@/i, '$1');
}

export function badUriError(uri: string, error: unknown): KedjaError {
  const shown = withoutCredentials(uri);
  const reason = String((error as Error)?.message ?? error)
    .split(uri)
    .join(shown);
  return new KedjaError(
    NEO4J_CODES.badUri,
    `${JSON.stringify(shown)} is not a Neo4j URI (${reason}); ` +
      'use bolt://HOST:7687, neo4j://HOST:7687, or neo4j+s://HOST for Aura and other servers with TLS',
  );
}

export type Neo4jCode = (typeof NEO4J_CODES)[keyof typeof NEO4J_CODES];

interface DriverError {
  code?: string;
  message?: string;
  name?: string;
}

/** Maps anything thrown while talking to Neo4j to a `KedjaError` with a stable code. */
export function neo4jError(error: unknown, where: { uri: string; database: string }): KedjaError {
  if (error instanceof KedjaError) return error;
  const { code = '', message = String(error) } = (error ?? {}) as DriverError;
  const at = `${where.uri}${where.database ? ` (database ${where.database})` : ''}`;
  if (code === 'ServiceUnavailable' || code === 'SessionExpired' || /ECONNREFUSED|ENOTFOUND|ETIMEDOUT/.test(message)) {
    return new KedjaError(
      NEO4J_CODES.unreachable,
      `no Neo4j answers at ${where.uri}; check the address and port, that the server runs, and the scheme ` +
        '(neo4j+s:// for Aura and servers with TLS, bolt:// or neo4j:// without)',
    );
  }
  if (/Server responded HTTP|Unknown Bolt protocol|handshake/i.test(message)) {
    return new KedjaError(
      NEO4J_CODES.unreachable,
      `something answers at ${where.uri}, but it does not speak Bolt (${message.split('.')[0]}); ` +
        'give the Bolt port (7687 by default), not the HTTP one (7474)',
    );
  }
  if (code === 'Neo.ClientError.Security.Unauthorized' || code === 'Neo.ClientError.Security.AuthenticationRateLimit') {
    return new KedjaError(
      NEO4J_CODES.auth,
      `${at} refused the credentials; set NEO4J_USER and NEO4J_PASSWORD to a user of that server` +
        (code.endsWith('RateLimit') ? ' (too many failed attempts: wait a moment before trying again)' : ''),
    );
  }
  if (code === 'Neo.ClientError.Security.Forbidden' || code === 'Neo.ClientError.Security.CredentialsExpired') {
    return new KedjaError(NEO4J_CODES.forbidden, `${at}: the user may not do this: ${message}`);
  }
  if (code === 'Neo.ClientError.Database.DatabaseNotFound') {
    return new KedjaError(
      NEO4J_CODES.noDatabase,
      `${where.uri} has no database ${JSON.stringify(where.database)}; give an existing one with --database ` +
        '(Neo4j Community has only "neo4j")',
    );
  }
  return new KedjaError(
    NEO4J_CODES.failed,
    `${at} answered with an error${code && code !== 'N/A' ? ` ${code}` : ''}: ${message}`,
  );
}
