import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_SCHOOL, demoId, demoRoster } from '@dnevnik/contracts';
import { createLogger } from '@dnevnik/logging';
import { addDays, isoWeekday } from '@dnevnik/school-time';
import { startSubgraphUnderTest } from '@dnevnik/service-runtime/testing';
import { attendance } from '../subgraph.js';
import { AttendanceRecord, verifyAttendanceChain } from '../modules/records/index.js';
import { seedAttendanceDemo } from './demo.js';

// The service on real PostgreSQL, with the read model written as curriculum's events would have
// built it; the seed records through the service's own use cases.
const logger = createLogger({ source: 'attendance-demo-test', level: 'silent' });
const TODAY = new Date('2026-11-25T08:00:00Z'); // Wednesday, 13:00 in Yekaterinburg
const P = DEMO_SCHOOL.people;
const CLASS_7A = DEMO_SCHOOL.classes['7А']!;
const SYNTHETIC_7A = demoRoster().students.filter((s) => s.classKey === '7А' && s.named === null);

let sut: Awaited<ReturnType<typeof startSubgraphUnderTest<typeof attendance>>>;
let first: Awaited<ReturnType<typeof seedAttendanceDemo>>;

/** Five lessons a school day in 7А from 1 September to yesterday, all held. */
async function buildReadModel() {
  const em = sut.service.database.orm.em.fork();
  const year = demoId(11);
  const subjects = [1, 2, 3, 4, 5].map((n) => demoId(5000 + n));
  await em.execute(
    `insert into rm_school values (?, 'Asia/Yekaterinburg', '[1,2,3,4,5]');
     insert into rm_class values (?, ?, 7, '7А');`,
    [DEMO_SCHOOL.schoolId, CLASS_7A, DEMO_SCHOOL.schoolId],
  );
  const students = [P.petya, P.anya, ...SYNTHETIC_7A.map((s) => s.id)];
  for (const [i, student] of students.entries())
    await em.execute(`insert into rm_enrolment values (?, ?, ?, '2026-09-01', null)`, [
      demoId(9000 + i),
      student,
      CLASS_7A,
    ]);
  for (const [i, subject] of subjects.entries())
    await em.execute(`insert into rm_assignment values (?, ?, ?, ?, ?, ?, null)`, [
      demoId(8000 + i),
      DEMO_SCHOOL.schoolId,
      year,
      P.mathTeacher,
      subject,
      CLASS_7A,
    ]);
  let n = 0;
  for (let day = '2026-09-01'; day < '2026-11-25'; day = addDays(day, 1)) {
    if (isoWeekday(day) > 5) continue;
    for (let k = 0; k < 5; k++)
      await em.execute(
        `insert into rm_lesson values (?, ?, ?, ?, null, ?, ?, ?, 'conducted', null)`,
        [
          demoId(100_000 + n++),
          demoId(8000 + k),
          DEMO_SCHOOL.schoolId,
          CLASS_7A,
          subjects[k],
          P.mathTeacher,
          day,
        ],
      );
  }
}

beforeAll(async () => {
  sut = await startSubgraphUnderTest(attendance, { now: () => TODAY });
  await buildReadModel();
  first = await seedAttendanceDemo(sut.service, { logger, today: TODAY });
});

afterAll(() => sut?.stop());

describe('seedAttendanceDemo', () => {
  it('records a realistic term: absences and lateness, reasons up to last week, one truancy detected', async () => {
    expect(first.created).toBeGreaterThan(20);
    expect(first.reasons).toBeGreaterThan(0);
    expect(first.detections).toBe(1);
    const em = sut.service.database.orm.em.fork();
    const [counts] = await em.execute<
      { absent: string; late: string; unreasoned_old: string; weeks: string }[]
    >(
      `select count(*) filter (where status = 'absent') as absent,
              count(*) filter (where status = 'late') as late,
              count(*) filter (where status = 'absent' and lesson_date < '2026-11-23'
                and not exists (select 1 from absence_reason a where a.record_id = r.id)) as unreasoned_old,
              (select count(*) from week_reconciliation) as weeks
         from attendance_record r`,
    );
    expect(Number(counts!.absent)).toBeGreaterThan(0);
    expect(Number(counts!.late)).toBeGreaterThan(0);
    // The class teacher gave every absence before this week its reason and reconciled the weeks.
    expect(Number(counts!.unreasoned_old)).toBe(0);
    expect(Number(counts!.weeks)).toBe(12);
    const [detection] = await em.execute<{ student_id: string }[]>(
      'select student_id from nonattendance_detection',
    );
    expect(detection!.student_id).toBe(P.petya);
  });

  it('records the synthetic students of 7А over the last four weeks, with their reasons', async () => {
    const em = sut.service.database.orm.em.fork();
    const rows = await em.execute<{ student_id: string; lesson_date: string; status: string }[]>(
      `select student_id, to_char(lesson_date, 'YYYY-MM-DD') as lesson_date, status
         from attendance_record where student_id in (?)`,
      [SYNTHETIC_7A.map((s) => s.id)],
    );
    expect(rows.length).toBeGreaterThan(SYNTHETIC_7A.length / 2);
    expect(rows.every((r) => r.lesson_date >= addDays('2026-11-25', -28))).toBe(true);
    expect(new Set(rows.map((r) => r.student_id)).size).toBeGreaterThan(SYNTHETIC_7A.length / 3);
    const [unreasoned] = await em.execute<{ n: string }[]>(
      `select count(*) as n from attendance_record r
        where r.student_id in (?) and r.status = 'absent' and r.lesson_date < '2026-11-23'
          and not exists (select 1 from absence_reason a where a.record_id = r.id)`,
      [SYNTHETIC_7A.map((s) => s.id)],
    );
    expect(Number(unreasoned!.n)).toBe(0);
  });

  it('keeps every journal’s hash chain whole and stages one event per record, reason and detection', async () => {
    const em = sut.service.database.orm.em.fork();
    const records = await em.find(AttendanceRecord, {}, { orderBy: { seq: 'asc' } });
    const journals = new Set(records.map((r) => r.journalKey));
    for (const key of journals)
      expect(verifyAttendanceChain(records.filter((r) => r.journalKey === key)).ok).toBe(true);
    const [outbox] = await em.execute<{ n: string }[]>('select count(*) as n from outbox_message');
    expect(Number(outbox!.n)).toBe(first.created + first.reasons + first.detections);
  });

  it('has the lesson’s teacher record on the day and the class teacher give reasons on Friday', async () => {
    const em = sut.service.database.orm.em.fork();
    const records = await em.execute<{ entered_by: string; timing: string; same_day: boolean }[]>(
      `select distinct entered_by, timing, (entered_at::date = lesson_date) as same_day
         from attendance_record`,
    );
    expect(records).toEqual([{ entered_by: P.mathTeacher, timing: 'on_time', same_day: true }]);
    const reasons = await em.execute<{ set_by: string; set_role: string; weekday: number }[]>(
      `select distinct set_by, set_role, extract(isodow from set_at)::int as weekday
         from absence_reason`,
    );
    expect(reasons).toEqual([{ set_by: P.russianTeacher, set_role: 'class_teacher', weekday: 5 }]);
  });

  it('does nothing a second time', async () => {
    expect(await seedAttendanceDemo(sut.service, { logger, today: TODAY })).toEqual({
      created: 0,
      reasons: 0,
      detections: 0,
    });
  });
});
