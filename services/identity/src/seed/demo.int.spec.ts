import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_SCHOOL, demoRoster } from '@dnevnik/contracts';
import { createOrm, type OrmHandle } from '@dnevnik/database';
import { createTestDatabase, type TestDatabase } from '@dnevnik/database/testing';
import { OutboxMessageSchema, ProcessedEventSchema } from '@dnevnik/events';
import { createLogger } from '@dnevnik/logging';
import { identityEntities } from '../subgraph.js';
import { identityMigrations } from '../migrations/index.js';
import { ParentLink, Person, RoleAssignment } from '../modules/people/index.js';
import { seedDemo } from './demo.js';

// Real PostgreSQL: the demo people, the roster of every class and their parents.
const logger = createLogger({ source: 'identity-demo-test', level: 'silent' });
const entities = [...identityEntities, OutboxMessageSchema, ProcessedEventSchema];
const P = DEMO_SCHOOL.people;

let db: TestDatabase;
let handle: OrmHandle;
let seedMs: number;

async function counts() {
  const [row] = await handle.orm.em
    .fork()
    .execute<{ people: string; roles: string; links: string; outbox: string; audit: string }[]>(
      `select (select count(*) from person) as people, (select count(*) from role_assignment) as roles,
              (select count(*) from parent_link) as links, (select count(*) from outbox_message) as outbox,
              (select count(*) from audit_log) as audit`,
    );
  return row!;
}

beforeAll(async () => {
  db = await createTestDatabase('identity', identityMigrations, async (url) => {
    const h = await createOrm({ url, entities, migrations: identityMigrations, logger });
    await h.migrate();
    await h.close();
  });
  handle = await createOrm({ url: db.url, entities, migrations: identityMigrations, logger });
  const started = performance.now();
  await seedDemo(handle.orm, { passwordLogN: 10, logger });
  seedMs = performance.now() - started;
});

afterAll(async () => {
  await handle?.close();
  await db?.drop();
});

describe('identity demo seed', () => {
  it('registers a student role for 20 to 30 children in every class, the named ones included', async () => {
    expect(seedMs).toBeLessThan(20_000);
    const roles = await handle.orm.em.fork().find(RoleAssignment, { role: 'student' });
    for (const [key, classId] of Object.entries(DEMO_SCHOOL.classes)) {
      const n = roles.filter((r) => r.classId === classId).length;
      expect(n, key).toBeGreaterThanOrEqual(20);
      expect(n, key).toBeLessThanOrEqual(30);
    }
    const classOf = (personId: string) => roles.find((r) => r.personId === personId)?.classId;
    expect(classOf(P.petya)).toBe(DEMO_SCHOOL.classes['7А']);
    expect(classOf(P.anya)).toBe(DEMO_SCHOOL.classes['7А']);
    expect(classOf(P.ilya)).toBe(DEMO_SCHOOL.classes['7Б']);
    expect(classOf(P.masha)).toBe(DEMO_SCHOOL.classes['1А']);
    expect(roles).toHaveLength(demoRoster().students.length);
  });

  it('stores the roster’s people as the roster has them', async () => {
    const em = handle.orm.em.fork();
    const { students, parents } = demoRoster();
    const people = await em.find(Person, {
      id: { $in: [...students, ...parents].map((p) => p.id) },
    });
    expect(people).toHaveLength(students.length + parents.length);
    const first = students.find((s) => s.named === null && s.classKey === '7А')!;
    expect(people.find((p) => p.id === first.id)).toMatchObject({
      lastName: first.lastName,
      firstName: first.firstName,
      middleName: first.middleName,
      birthDate: first.birthDate,
      sex: first.sex,
      snils: first.snils,
    });
  });

  it('links most synthetic students to one or two verified parents, who hold the parent role', async () => {
    const em = handle.orm.em.fork();
    const synthetic = demoRoster().students.filter((s) => s.named === null);
    const links = await em.find(ParentLink, { childId: { $in: synthetic.map((s) => s.id) } });
    expect(links.every((l) => l.verified && l.source === 'school_record')).toBe(true);
    const children = new Set(links.map((l) => l.childId));
    expect(children.size / synthetic.length).toBeGreaterThanOrEqual(0.8);
    expect(children.size / synthetic.length).toBeLessThanOrEqual(0.9);
    const parentRoles = await em.find(RoleAssignment, {
      role: 'parent',
      personId: { $in: links.map((l) => l.parentId) },
    });
    expect(new Set(parentRoles.map((r) => r.personId)).size).toBe(
      new Set(links.map((l) => l.parentId)).size,
    );
    // The named families stay as they were.
    const named = await em.find(ParentLink, {
      childId: { $in: [P.petya, P.anya, P.masha, P.ilya] },
    });
    expect(named.map((l) => [l.parentId, l.childId]).sort()).toEqual(
      [
        [P.ivanovParent, P.petya],
        [P.ivanovParent, P.masha],
        [P.smirnovaParent, P.anya],
      ].sort(),
    );
  });

  it('announces every role and link, the named people’s first', async () => {
    const em = handle.orm.em.fork();
    const rows = await em.execute<{ event_type: string; message_key: string }[]>(
      'select event_type, message_key from outbox_message order by seq',
    );
    const c = await counts();
    expect(rows.filter((r) => r.event_type === 'identity.role.granted')).toHaveLength(
      Number(c.roles),
    );
    expect(rows.filter((r) => r.event_type === 'identity.guardianship.linked')).toHaveLength(
      Number(c.links),
    );
    const firstRoster = rows.findIndex((r) => r.message_key.endsWith('00000200001'));
    const lastNamed = rows.findLastIndex((r) => r.message_key === P.masha);
    expect(lastNamed).toBeGreaterThan(-1);
    expect(lastNamed).toBeLessThan(firstRoster);
  });

  it('does nothing the second time', async () => {
    const before = await counts();
    const second = await seedDemo(handle.orm, { passwordLogN: 10, logger });
    expect(second.created).toBe(false);
    expect(await counts()).toEqual(before);
  });
});
