import { TransactionContext, type MikroORM } from '@mikro-orm/postgresql';

/**
 * Thrown when code inside a transaction sends a statement on another connection. Embedded
 * PGlite serves one session at a time, so that statement waits for the transaction and the
 * transaction waits for it: the service hangs. On real PostgreSQL the same pattern holds two
 * pool connections per request and exhausts the pool under load. Refusing it at once turns a
 * deadlock that shows up only under load into a failure every test sees.
 */
export class SecondConnectionInTransactionError extends Error {
  constructor() {
    super(
      'a statement was sent on a second connection from inside a transaction: use the ' +
        "transaction's EntityManager (the `tx` of inTransaction) for every query in it",
    );
    this.name = 'SecondConnectionInTransactionError';
  }
}

/** True when a transaction of this ORM (named by any of its EntityManagers) is open here. */
export function insideTransaction(em: { name: string }): boolean {
  return !!TransactionContext.getEntityManager(em.name)?.getTransactionContext();
}

type Execute = (
  query: unknown,
  params?: unknown[],
  method?: string,
  ctx?: unknown,
  loggerContext?: unknown,
) => Promise<unknown>;

/**
 * Every statement of the ORM passes `Connection.execute` with the transaction it belongs to.
 * One without a transaction while a transaction is open in the same async context came from
 * another EntityManager (a request's fork, a loader built on it, `getConnection().execute`).
 */
export function guardTransactionConnections(orm: MikroORM): void {
  const connection = orm.em.getConnection() as unknown as { execute: Execute };
  const execute = connection.execute.bind(connection);
  connection.execute = (query, params, method, ctx, loggerContext) => {
    const transacting =
      !!ctx ||
      (typeof query === 'object' &&
        query !== null &&
        !!(query as { client?: { transacting?: boolean } }).client?.transacting);
    if (!transacting && insideTransaction(orm.em)) {
      return Promise.reject(new SecondConnectionInTransactionError());
    }
    return execute(query, params, method, ctx, loggerContext);
  };
}
