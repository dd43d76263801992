import { expect, it } from 'vitest';
import { createOrm } from '@dnevnik/database';
import { createLogger } from '@dnevnik/logging';
import { TEST_DATABASE_URL } from '@dnevnik/database/testing';

it('probe', async () => {
  const logger = createLogger({ source: 'p', level: 'silent' });
  const h = await createOrm({ url: TEST_DATABASE_URL, entities: [], migrations: [], logger });
  const em = h.orm.em.fork();
  const ids = ['0199a6f0-0000-7000-8000-000000000001', '0199a6f0-0000-7000-8000-000000000002'];
  const r1 = await em.execute('select ?::uuid = any(?) as x', [ids[0], ids]);
  const r2 = await em.execute('select ?::uuid = any(?) as x', [ids[0], [ids[0]]]);
  expect([r1, r2]).toBe('');
  await h.close();
});
