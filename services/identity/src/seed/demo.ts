import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { appendAudit } from '@dnevnik/audit';
import type { Role } from '@dnevnik/auth';
import { SYSTEM_ACTOR, type EventContext } from '@dnevnik/events';
import type { Logger } from '@dnevnik/logging';
import {
  DEMO_PEOPLE_DATA,
  DEMO_SCHOOL,
  demoRoster,
  type DemoRosterPerson,
} from '@dnevnik/contracts';
import { Account, hashPassword } from '../modules/access/index.js';
import {
  newAssignment,
  newParentLink,
  Person,
  personOf,
  RoleAssignment,
  stageGuardianshipLinked,
  stageRoleGranted,
} from '../modules/people/index.js';

/**
 * Fixed ids of the demo region, so every service's demo data (curriculum's classes, gradebook's
 * marks) refers to the same school and people.
 */
export const DEMO = {
  regionId: DEMO_SCHOOL.regionId,
  schoolId: DEMO_SCHOOL.schoolId,
  classes: DEMO_SCHOOL.classes,
  password: DEMO_SCHOOL.password,
} as const;

interface DemoPerson {
  key: string;
  id: string;
  login: string | null;
  lastName: string;
  firstName: string;
  middleName: string;
  birthDate: string | null;
  sex: 'male' | 'female';
  /** Set for the named demo people, so that a demo login through ESIA finds them (A9). */
  snils: string | null;
  roles: { role: Role; classId?: string; regionScoped?: boolean }[];
  description: string;
}

const id = (n: number) => `01930000-0000-7000-8000-${String(n).padStart(12, '0')}`;

export const DEMO_PEOPLE: DemoPerson[] = [
  {
    key: 'director',
    id: id(1001),
    login: 'director',
    ...DEMO_PEOPLE_DATA.director,
    roles: [{ role: 'director' }],
    description: 'директор',
  },
  {
    key: 'deputy',
    id: id(1002),
    login: 'zavuch',
    ...DEMO_PEOPLE_DATA.deputy,
    roles: [{ role: 'deputy_director' }],
    description: 'заместитель директора по УВР',
  },
  {
    key: 'admin',
    id: id(1003),
    login: 'admin',
    ...DEMO_PEOPLE_DATA.admin,
    roles: [{ role: 'school_admin' }],
    description: 'администратор (оператор ЭСО)',
  },
  {
    key: 'math',
    id: id(1004),
    login: 'math',
    ...DEMO_PEOPLE_DATA.mathTeacher,
    roles: [{ role: 'subject_teacher' }],
    description: 'учитель математики',
  },
  {
    key: 'russian',
    id: id(1005),
    login: 'russian',
    ...DEMO_PEOPLE_DATA.russianTeacher,
    roles: [{ role: 'subject_teacher' }, { role: 'class_teacher', classId: DEMO.classes['7А'] }],
    description: 'учитель русского языка, классный руководитель 7А',
  },
  {
    key: 'primary',
    id: id(1006),
    login: 'primary',
    ...DEMO_PEOPLE_DATA.primaryTeacher,
    roles: [{ role: 'subject_teacher' }, { role: 'class_teacher', classId: DEMO.classes['1А'] }],
    description: 'учитель начальных классов, классный руководитель 1А',
  },
  {
    key: 'student1',
    id: id(2001),
    login: 'ivanov.petya',
    ...DEMO_PEOPLE_DATA.petya,
    roles: [{ role: 'student', classId: DEMO.classes['7А'] }],
    description: 'ученик 7А',
  },
  {
    key: 'student2',
    id: id(2002),
    login: 'smirnova.anya',
    ...DEMO_PEOPLE_DATA.anya,
    roles: [{ role: 'student', classId: DEMO.classes['7А'] }],
    description: 'ученица 7А',
  },
  {
    key: 'student3',
    id: id(2003),
    login: null,
    ...DEMO_PEOPLE_DATA.masha,
    roles: [{ role: 'student', classId: DEMO.classes['1А'] }],
    description: 'ученица 1А',
  },
  {
    key: 'student4',
    id: id(2004),
    login: null,
    ...DEMO_PEOPLE_DATA.ilya,
    roles: [{ role: 'student', classId: DEMO.classes['7Б'] }],
    description: 'ученик 7Б',
  },
  {
    key: 'parent1',
    id: id(3001),
    login: 'ivanov.parent',
    ...DEMO_PEOPLE_DATA.ivanovParent,
    roles: [{ role: 'parent' }],
    description: 'родитель Петра (7А) и Марии (1А)',
  },
  {
    key: 'parent2',
    id: id(3002),
    login: 'smirnova.parent',
    ...DEMO_PEOPLE_DATA.smirnovaParent,
    roles: [{ role: 'parent' }],
    description: 'родитель Анны (7А)',
  },
  {
    key: 'analyst',
    id: id(4001),
    login: 'analyst',
    ...DEMO_PEOPLE_DATA.analyst,
    roles: [{ role: 'regional_analyst', regionScoped: true }],
    description: 'аналитик региона',
  },
  {
    key: 'regionOfficial',
    id: id(4002),
    login: 'region',
    ...DEMO_PEOPLE_DATA.regionOfficial,
    roles: [{ role: 'regional_official', regionScoped: true }],
    description: 'специалист управления образования (регистрирует школы)',
  },
];

const SURNAMES = [
  ['Петров', 'Петрова'],
  ['Сидоров', 'Сидорова'],
  ['Кузьмин', 'Кузьмина'],
  ['Попов', 'Попова'],
  ['Новиков', 'Новикова'],
  ['Фролов', 'Фролова'],
  ['Волков', 'Волкова'],
  ['Зайцев', 'Зайцева'],
  ['Павлов', 'Павлова'],
  ['Семёнов', 'Семёнова'],
  ['Голубев', 'Голубева'],
  ['Виноградов', 'Виноградова'],
  ['Богданов', 'Богданова'],
  ['Воробьёв', 'Воробьёва'],
  ['Фёдоров', 'Фёдорова'],
  ['Михайлов', 'Михайлова'],
  ['Беляев', 'Беляева'],
  ['Тарасов', 'Тарасова'],
  ['Белов', 'Белова'],
  ['Комаров', 'Комарова'],
] as const;
const FIRST = {
  male: ['Иван', 'Дмитрий', 'Николай', 'Алексей', 'Михаил'],
  female: ['Наталья', 'Ирина', 'Светлана', 'Екатерина', 'Людмила'],
};
const MIDDLE = {
  male: ['Андреевич', 'Викторович', 'Петрович', 'Олегович'],
  female: ['Сергеевна', 'Ивановна', 'Павловна', 'Юрьевна'],
};

/** The subject teachers without a login who teach the rest of the demo timetable. */
const SYNTHETIC_TEACHERS: DemoPerson[] = Array.from(
  { length: DEMO_SCHOOL.syntheticTeacherCount },
  (_, i) => {
    const sex = i % 3 === 0 ? 'male' : 'female';
    const surname = SURNAMES[i % SURNAMES.length]!;
    return {
      key: `teacher${i + 1}`,
      id: id(7001 + i),
      login: null,
      lastName: sex === 'male' ? surname[0] : surname[1],
      firstName: FIRST[sex][i % FIRST[sex].length]!,
      middleName: MIDDLE[sex][i % MIDDLE[sex].length]!,
      birthDate: null,
      sex,
      snils: null,
      roles: [{ role: 'subject_teacher' }],
      description: 'учитель',
    };
  },
);

const DEMO_LINKS: [parent: string, child: string][] = [
  ['parent1', 'student1'],
  ['parent1', 'student3'],
  ['parent2', 'student2'],
];

/**
 * Ids of the roster's rows here, by the student's roster number r (@dnevnik/contracts
 * demo-roster.ts): role assignments of the student, mother and father 700 000 / 800 000 /
 * 900 000 + r, links of the mother and father 500 000 / 600 000 + r. Clear of the named people's
 * rows above (10 000–80 400) and of every demo person's id.
 */
const ROSTER_ID = {
  studentRole: (r: number) => id(700_000 + r),
  parentRole: (relation: 'mother' | 'father', r: number) =>
    id((relation === 'mother' ? 800_000 : 900_000) + r),
  link: (relation: 'mother' | 'father', r: number) =>
    id((relation === 'mother' ? 500_000 : 600_000) + r),
};

export interface DemoSeedResult {
  created: boolean;
  logins: { login: string; description: string }[];
}

const SEED_CONTEXT: EventContext = { actor: SYSTEM_ACTOR, correlationId: 'demo-seed' };

async function seedPerson(tx: EntityManager, p: DemoPerson, passwordHash: string | null) {
  tx.persist(personOf(p, p.id));
  for (const [i, r] of p.roles.entries()) {
    const roleId = id(10_000 + Number(p.id.slice(-4)) * 10 + i);
    // No use case grants a region-scoped role, so that grant is built here; a school role is
    // the one the school's administrator would grant.
    const a = r.regionScoped
      ? Object.assign(new RoleAssignment(), {
          id: roleId,
          personId: p.id,
          role: r.role,
          regionId: DEMO.regionId,
          classId: r.classId ?? null,
        })
      : newAssignment(p.id, r.role, DEMO.schoolId, r.classId, null, roleId);
    tx.persist(a);
    stageRoleGranted(tx, a, SEED_CONTEXT);
  }
  if (p.login && passwordHash) {
    tx.persist(
      Object.assign(new Account(), {
        id: id(20_000 + Number(p.id.slice(-4))),
        personId: p.id,
        login: p.login,
        passwordHash,
        kind: 'password',
      }),
    );
  }
  await appendAudit(tx, {
    chain: `school:${DEMO.schoolId}`,
    actorPersonId: null,
    actorRole: 'system',
    action: 'person.registered',
    entityType: 'person',
    entityId: p.id,
    schoolId: DEMO.schoolId,
    before: null,
    after: { roles: p.roles.map((r) => r.role), source: 'demo-seed' },
  });
}

/** A parent–child link as the school recorded it (verified), and its announcement. */
function seedLink(tx: EntityManager, linkId: string, parentId: string, childId: string) {
  const link = newParentLink({ parentId, childId, source: 'school_record' }, null, linkId);
  tx.persist(link);
  stageGuardianshipLinked(tx, link, DEMO.schoolId, SEED_CONTEXT);
}

/** A roster person without a login, with one role and its announcement. */
function seedRosterPerson(
  tx: EntityManager,
  p: DemoRosterPerson,
  role: { id: string; role: Role; classId: string | null },
) {
  tx.persist(personOf(p, p.id));
  const a = newAssignment(p.id, role.role, DEMO.schoolId, role.classId, null, role.id);
  tx.persist(a);
  stageRoleGranted(tx, a, SEED_CONTEXT);
}

/**
 * The synthetic students of every class (@dnevnik/contracts demoRoster) and their parents, linked
 * and verified. One audit entry for the lot: they are demo filler, not registrations anyone made.
 */
async function seedRoster(tx: EntityManager): Promise<{ students: number; parents: number }> {
  const { students, parents } = demoRoster();
  const synthetic = students.filter((s) => s.named === null);
  for (const s of synthetic) {
    const classId = DEMO.classes[s.classKey] ?? null;
    seedRosterPerson(tx, s, {
      id: ROSTER_ID.studentRole(s.rosterNumber),
      role: 'student',
      classId,
    });
  }
  for (const p of parents) {
    const roleId = ROSTER_ID.parentRole(p.relation, p.rosterNumber);
    seedRosterPerson(tx, p, { id: roleId, role: 'parent', classId: null });
  }
  await tx.flush();
  for (const p of parents)
    seedLink(tx, ROSTER_ID.link(p.relation, p.rosterNumber), p.id, p.childId);
  await tx.flush();
  const counts = { students: synthetic.length, parents: parents.length };
  await appendAudit(tx, {
    chain: `school:${DEMO.schoolId}`,
    actorPersonId: null,
    actorRole: 'system',
    action: 'demo.seeded.roster',
    entityType: 'school',
    entityId: DEMO.schoolId,
    schoolId: DEMO.schoolId,
    before: null,
    after: { ...counts, links: parents.length, source: 'demo-seed' },
  });
  return counts;
}

/**
 * Seeds the demo school's people: leadership, teachers, the named students of 1А, 7А and 7Б and
 * their parents, a regional analyst, and (unless `roster: false`) the synthetic students filling
 * every class with their parents. Idempotent: does nothing if the demo director exists.
 */
export async function seedDemo(
  orm: MikroORM,
  options: { passwordLogN: number; logger: Logger; roster?: boolean },
): Promise<DemoSeedResult> {
  const logins = DEMO_PEOPLE.filter((p) => p.login).map((p) => ({
    login: p.login!,
    description: p.description,
  }));
  const em = orm.em.fork();
  if (await em.findOne(Person, { id: DEMO_PEOPLE[0]!.id })) return { created: false, logins };

  const hashes = await Promise.all(
    DEMO_PEOPLE.map((p) => (p.login ? hashPassword(DEMO.password, options.passwordLogN) : null)),
  );
  const roster = await em.transactional(async (tx) => {
    for (const [i, p] of DEMO_PEOPLE.entries()) await seedPerson(tx, p, hashes[i] ?? null);
    for (const p of SYNTHETIC_TEACHERS) await seedPerson(tx, p, null);
    await tx.flush();
    for (const [i, [parentKey, childKey]] of DEMO_LINKS.entries()) {
      const parent = DEMO_PEOPLE.find((p) => p.key === parentKey)!;
      const child = DEMO_PEOPLE.find((p) => p.key === childKey)!;
      seedLink(tx, id(30_000 + i), parent.id, child.id);
    }
    // The named people's events go out first: the roster's thousand-odd follow them.
    await tx.flush();
    return options.roster === false ? { students: 0, parents: 0 } : seedRoster(tx);
  });
  options.logger.info(
    { people: DEMO_PEOPLE.length, rosterStudents: roster.students, rosterParents: roster.parents },
    'demo school seeded',
  );
  return { created: true, logins };
}
