import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import { EmbeddedSessionQueue } from './embedded-session-queue.js';

export interface EmbeddedPostgres {
  /** A postgres:// URL the ordinary driver connects to, exactly as it would to a real server. */
  url: string;
  stop(): Promise<void>;
}

/**
 * Starts PGlite (PostgreSQL compiled to WASM, in this process) behind the PostgreSQL wire
 * protocol on a loopback port. Services then use the same driver, ORM and SQL as in production:
 * embedded mode differs only in the URL.
 *
 * @param dataDir directory to persist to; in memory when omitted.
 */
export async function startEmbeddedPostgres(
  dataDir?: string,
  options: { idleInTransactionMs?: number } = {},
): Promise<EmbeddedPostgres> {
  const db = await PGlite.create(dataDir);
  // PGlite runs one query at a time; the socket server queues statements from several
  // connections, and keeps a transaction on the connection that opened it.
  const server = new PGLiteSocketServer({ db, host: '127.0.0.1', port: 0, maxConnections: 8 });
  // Connections take the queue from the server when they attach, so it is swapped before start.
  const queue = new EmbeddedSessionQueue(db, options.idleInTransactionMs);
  (server as unknown as { queryQueue: EmbeddedSessionQueue }).queryQueue = queue;
  await server.start();
  const conn = server.getServerConn();
  return {
    url: `postgres://postgres@${conn}/postgres?sslmode=disable`,
    async stop() {
      queue.close();
      await server.stop();
      await db.close();
    },
  };
}
