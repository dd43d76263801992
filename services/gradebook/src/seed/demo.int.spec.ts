import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_SCHOOL, demoId, demoRoster } from '@dnevnik/contracts';
import { createLogger } from '@dnevnik/logging';
import { addDays, isoWeekday } from '@dnevnik/school-time';
import { startSubgraphUnderTest } from '@dnevnik/service-runtime/testing';
import { gradebook } from '../subgraph.js';
import { seedGradebookDemo } from './demo.js';

// The service on real PostgreSQL, with the read model written as curriculum's events would have
// built it; the seed posts its marks through the service's own postMark.
const logger = createLogger({ source: 'gradebook-demo-test', level: 'silent' });
const TODAY = new Date('2026-11-25T08:00:00Z'); // Wednesday, 13:00 in Yekaterinburg
const TODAY_LOCAL = '2026-11-25';
const P = DEMO_SCHOOL.people;
const CLASSES = { '7А': 7, '1А': 1 } as const;
const roster = demoRoster().students.filter((s) => s.classKey in CLASSES);
const synthetic = roster.filter((s) => s.named === null);

let sut: Awaited<ReturnType<typeof startSubgraphUnderTest<typeof gradebook>>>;
let first: { created: number };
let seedMs: number;

/** Five lessons a school day in 7А and 1А from 1 September to yesterday, all held. */
async function buildReadModel() {
  const em = sut.service.database.orm.em.fork();
  const school = DEMO_SCHOOL.schoolId;
  await em.execute(
    `insert into rm_school (id, time_zone, working_weekdays) values (?, 'Asia/Yekaterinburg', '[1,2,3,4,5]')`,
    [school],
  );
  const lessons: unknown[][] = [];
  let n = 0;
  for (const [key, grade] of Object.entries(CLASSES)) {
    const classId = DEMO_SCHOOL.classes[key]!;
    await em.execute(`insert into rm_class (id, school_id, grade, name) values (?, ?, ?, ?)`, [
      classId,
      school,
      grade,
      key,
    ]);
    for (let k = 0; k < 5; k++) {
      const assignment = demoId(8000 + grade * 10 + k);
      await em.execute(
        `insert into rm_assignment (id, school_id, year_id, teacher_id, subject_id, class_id)
         values (?, ?, ?, ?, ?, ?)`,
        [assignment, school, demoId(11), P.mathTeacher, demoId(5000 + k), classId],
      );
      for (let day = '2026-09-01'; day < TODAY_LOCAL; day = addDays(day, 1)) {
        if (isoWeekday(day) > 5) continue;
        lessons.push([demoId(100_000 + n++), assignment, school, classId, demoId(5000 + k), day]);
      }
    }
  }
  for (let i = 0; i < lessons.length; i += 500) {
    const batch = lessons.slice(i, i + 500);
    await em.execute(
      `insert into rm_lesson (id, assignment_id, school_id, class_id, subject_id, teacher_id, date, status)
       values ${batch.map(() => `(?, ?, ?, ?, ?, '${P.mathTeacher}', ?, 'conducted')`).join(', ')}`,
      batch.flat(),
    );
  }
  for (const s of roster)
    await em.execute(
      `insert into rm_enrolment (id, student_id, class_id, starts_on) values (?, ?, ?, '2026-09-01')`,
      [
        demoId(2_000_000 + (s.rosterNumber || Number(s.id.slice(-4)))),
        s.id,
        DEMO_SCHOOL.classes[s.classKey],
      ],
    );
}

async function marksOf(studentIds: string[]) {
  return sut.service.database.orm.em
    .fork()
    .execute<{ student_id: string; lesson_date: string; value: string }[]>(
      `select student_id, to_char(lesson_date, 'YYYY-MM-DD') as lesson_date, value from mark where student_id in (?)`,
      [studentIds],
    );
}

beforeAll(async () => {
  sut = await startSubgraphUnderTest(gradebook, { now: () => TODAY });
  await buildReadModel();
  const started = performance.now();
  first = await seedGradebookDemo(sut.service, { logger, today: TODAY });
  seedMs = performance.now() - started;
});

afterAll(() => sut?.stop());

describe('seedGradebookDemo', () => {
  it('marks the named students over the year so far, about a third of their lessons', async () => {
    expect(seedMs).toBeLessThan(30_000);
    const lessons7a = 5 * (await heldDays());
    for (const student of [P.petya, P.anya]) {
      const marks = await marksOf([student]);
      expect(marks.length / lessons7a).toBeGreaterThan(0.25);
      expect(marks.length / lessons7a).toBeLessThan(0.45);
      expect(marks.some((m) => m.lesson_date < '2026-10-01')).toBe(true);
    }
  });

  it('marks the synthetic students of 7А over the last four weeks only, about one lesson in five', async () => {
    const in7a = synthetic.filter((s) => s.classKey === '7А').map((s) => s.id);
    const marks = await marksOf(in7a);
    expect(marks.every((m) => m.lesson_date >= addDays(TODAY_LOCAL, -28))).toBe(true);
    expect(marks.every((m) => ['2', '3', '4', '5'].includes(m.value))).toBe(true);
    expect(new Set(marks.map((m) => m.student_id)).size).toBe(in7a.length);
    const window = 5 * (await heldDays(addDays(TODAY_LOCAL, -28)));
    const share = marks.length / (window * in7a.length);
    expect(share).toBeGreaterThan(0.15);
    expect(share).toBeLessThan(0.25);
  });

  it('gives grade 1 no marks (M3) and stages one event per mark', async () => {
    const in1a = roster.filter((s) => s.classKey === '1А').map((s) => s.id);
    expect(await marksOf(in1a)).toEqual([]);
    const [outbox] = await sut.service.database.orm.em
      .fork()
      .execute<{ n: string }[]>('select count(*) as n from outbox_message');
    expect(Number(outbox!.n)).toBe(first.created);
  });

  it('posts every mark as the lesson’s teacher, on the day, on time (through postMark)', async () => {
    const rows = await sut.service.database.orm.em
      .fork()
      .execute<
        { entered_by: string; entered_role: string; timing: string; same_day: boolean; n: string }[]
      >(
        `select entered_by, entered_role, timing, (entered_at::date = lesson_date) as same_day,
              count(*) as n from mark group by 1, 2, 3, 4`,
      );
    expect(rows).toEqual([
      {
        entered_by: P.mathTeacher,
        entered_role: 'subject_teacher',
        timing: 'on_time',
        same_day: true,
        n: String(first.created),
      },
    ]);
  });

  it('does nothing a second time', async () => {
    expect(await seedGradebookDemo(sut.service, { logger, today: TODAY })).toEqual({ created: 0 });
  });
});

/** School days from `from` (1 September by default) to yesterday. */
async function heldDays(from = '2026-09-01'): Promise<number> {
  let n = 0;
  for (let day = from; day < TODAY_LOCAL; day = addDays(day, 1)) if (isoWeekday(day) <= 5) n++;
  return n;
}
