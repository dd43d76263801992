import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '@dnevnik/logging';
import { createOrm, type OrmHandle } from './orm.js';
import { TEST_DATABASE_URL } from './testing.js';
import { SecondConnectionInTransactionError } from './transaction-guard.js';

const logger = createLogger({ source: 'test', level: 'silent' });
// A setting local to the transaction: visible only on the connection that runs it.
const MARK = "select set_config('dnevnik.probe', 'inside', true)";
const READ = "select current_setting('dnevnik.probe', true) as v";

describe('one connection per transaction', () => {
  let handle: OrmHandle;
  beforeAll(async () => {
    handle = await createOrm({ url: TEST_DATABASE_URL, entities: [], migrations: [], logger });
  });
  afterAll(() => handle.close());

  it('refuses a statement on another connection from inside a transaction', async () => {
    const request = handle.orm.em.fork();
    await expect(
      handle.orm.em.fork().transactional(async (tx) => {
        await tx.execute(MARK);
        // The pattern that deadlocked embedded PGlite: a request-scoped query inside the work.
        await request.execute(READ);
      }),
    ).rejects.toThrow(new SecondConnectionInTransactionError().message);
    await expect(
      handle.orm.em.fork().transactional(() => handle.orm.em.getConnection().execute(READ)),
    ).rejects.toThrow(new SecondConnectionInTransactionError().message);
  });

  it("lets a request's context-aware EntityManager join the open transaction", async () => {
    const request = handle.orm.em.fork({ useContext: true });
    const seen = await handle.orm.em.fork().transactional(async (tx) => {
      await tx.execute(MARK);
      return request.execute<{ v: string }[]>(READ);
    });
    expect(seen).toEqual([{ v: 'inside' }]);
  });

  it('leaves statements outside transactions alone', async () => {
    const request = handle.orm.em.fork();
    await handle.orm.em.fork().transactional((tx) => tx.execute(MARK));
    expect(await request.execute(READ)).toEqual([{ v: '' }]);
  });
});
