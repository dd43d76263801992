import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import {
  AttendanceEvents,
  DEMO_SCHOOL,
  demoRoster,
  lcgRandom,
  type AbsenceReasonKind,
  type AttendanceStatus,
} from '@dnevnik/contracts';
import { SYSTEM_ACTOR, type EventContext } from '@dnevnik/events';
import type { Logger } from '@dnevnik/logging';
import {
  journalKey,
  RmAssignment,
  RmClass,
  RmEnrolment,
  RmGroup,
  RmLesson,
  RmSchool,
} from '@dnevnik/school-facts';
import { addDays, localDate, mondayOf } from '@dnevnik/school-time';
import { detectNonattendanceFor } from '../modules/nonattendance/index.js';
import { appendReason, reconciliationOf } from '../modules/reasons/index.js';
import {
  appendRecord,
  AttendanceRecord,
  firstRecord,
  stageRecordEvent,
} from '../modules/records/index.js';

const P = DEMO_SCHOOL.people;
const SEED_CONTEXT: EventContext = { actor: SYSTEM_ACTOR, correlationId: 'demo-seed' };

/** How often each demo student is ill, away for family reasons or competitions, or late. */
interface Habits {
  illness: number;
  family: number;
  competition: number;
  /** Per day: late for the first lesson. */
  late: number;
}

const HABITS: Record<string, Habits> = {
  [P.petya]: { illness: 0.02, family: 0.01, competition: 0, late: 0.06 },
  [P.anya]: { illness: 0.012, family: 0.006, competition: 0.02, late: 0.02 },
  [P.masha]: { illness: 0.035, family: 0.01, competition: 0, late: 0.03 },
  [P.ilya]: { illness: 0.02, family: 0.015, competition: 0, late: 0.08 },
};

/** How the roster's synthetic students behave, from rarely away to often ill or late; one each. */
const ROSTER_HABITS: Habits[] = [
  { illness: 0.008, family: 0.004, competition: 0, late: 0.01 },
  { illness: 0.015, family: 0.008, competition: 0.004, late: 0.03 },
  { illness: 0.01, family: 0.005, competition: 0.015, late: 0.02 },
  { illness: 0.025, family: 0.01, competition: 0, late: 0.05 },
  { illness: 0.02, family: 0.012, competition: 0, late: 0.08 },
];

/**
 * The named students' attendance covers the year so far; their synthetic classmates' the last
 * four weeks, enough for this month's reports without a start-up's worth of records.
 */
const ROSTER_WINDOW_DAYS = 28;

/** Class teachers of the demo classes (identity's demo roles): they give reasons and reconcile. */
const CLASS_TEACHERS: Record<string, string> = {
  [DEMO_SCHOOL.classes['7А']!]: P.russianTeacher,
  [DEMO_SCHOOL.classes['1А']!]: P.primaryTeacher,
};

type Plan = { status: AttendanceStatus; lateMinutes: number | null; reason: AbsenceReasonKind };

/**
 * What happens to a student on each school day: illnesses of 2–5 days (a certificate from 3),
 * single days for family reasons or competitions, lateness for the first lesson. Days are
 * decided in order, so an illness carries over the next days.
 */
function planDays(
  days: readonly string[],
  lessonsOn: (day: string) => RmLesson[],
  habits: Habits,
  next: () => number,
): Map<string, Plan> {
  const plan = new Map<string, Plan>();
  let illFor = 0;
  let illReason: AbsenceReasonKind = 'illness';
  for (const day of days) {
    const lessons = lessonsOn(day);
    const absentAll = (reason: AbsenceReasonKind) => {
      for (const l of lessons) plan.set(l.id, { status: 'absent', lateMinutes: null, reason });
    };
    if (illFor > 0) {
      illFor--;
      absentAll(illReason);
      continue;
    }
    const r = next();
    if (r < habits.illness) {
      const length = 2 + Math.floor(next() * 4);
      illReason = length >= 3 ? 'illness_certified' : 'illness';
      illFor = length - 1;
      absentAll(illReason);
    } else if (r < habits.illness + habits.family) absentAll('family');
    else if (r < habits.illness + habits.family + habits.competition) absentAll('competition');
    else if (next() < habits.late && lessons[0])
      plan.set(lessons[0].id, {
        status: 'late',
        lateMinutes: 3 + Math.floor(next() * 15),
        reason: 'unexcused',
      });
  }
  return plan;
}

/**
 * Пётр skips one lesson a day for a week in the middle of the term: the case the systematic
 * non-attendance detector exists for (P3, P4).
 */
function truancy(
  days: readonly string[],
  lessonsOn: (day: string) => RmLesson[],
  plan: Map<string, Plan>,
) {
  let skipped = 0;
  for (const day of days.slice(Math.floor(days.length / 2))) {
    const last = lessonsOn(day).at(-1);
    if (!last || plan.has(last.id)) continue;
    plan.set(last.id, { status: 'absent', lateMinutes: null, reason: 'unexcused' });
    if (++skipped === 6) return;
  }
}

/** A class's conducted lessons in [from, today), its subgroups' included, and its subgroups. */
interface ClassLessons {
  lessons: RmLesson[];
  groups: RmGroup[];
}

async function classLessons(
  em: EntityManager,
  classId: string,
  from: string,
  today: string,
): Promise<ClassLessons> {
  const groups = await em.find(RmGroup, { classId });
  const lessons = await em.find(
    RmLesson,
    {
      $or: [{ classId }, { groupId: { $in: groups.map((g) => g.id) } }],
      status: 'conducted',
      date: { $lt: today, $gte: from },
    },
    { orderBy: { date: 'asc', id: 'asc' } },
  );
  return { lessons, groups };
}

/** The lessons of a class a student attends: a subgroup's are for its members only. */
function lessonsOf(of: ClassLessons, enrolment: RmEnrolment): RmLesson[] {
  const mine = new Set(
    of.groups.filter((g) => g.memberIds.includes(enrolment.studentId)).map((g) => g.id),
  );
  return of.lessons.filter(
    (l) => l.date >= enrolment.startsOn && (!l.groupId || mine.has(l.groupId)),
  );
}

/** What the students of one seed run share: the weeks to reconcile, this week, the generator. */
interface SeedRun {
  /** By class: the Mondays of the weeks its class teacher reconciles. */
  weeks: Map<string, Set<string>>;
  thisWeek: string;
  next: () => number;
}

/**
 * One student's absences and lateness over `lessons`, with the class teacher's reasons for the
 * weeks before this one; notes those weeks for reconciliation.
 */
async function seedStudent(
  tx: EntityManager,
  student: { enrolment: RmEnrolment; lessons: RmLesson[]; habits: Habits },
  run: SeedRun,
): Promise<{ records: number; reasons: number }> {
  const { enrolment, lessons } = student;
  let records = 0;
  let reasons = 0;
  const days = [...new Set(lessons.map((l) => l.date))];
  const lessonsOn = (day: string) => lessons.filter((l) => l.date === day);
  const plan = planDays(days, lessonsOn, student.habits, run.next);
  if (enrolment.studentId === P.petya) truancy(days, lessonsOn, plan);
  const classTeacher = CLASS_TEACHERS[enrolment.classId];
  if (classTeacher) {
    const reconciled = run.weeks.get(enrolment.classId) ?? new Set<string>();
    for (const day of days) if (day < run.thisWeek) reconciled.add(mondayOf(day));
    run.weeks.set(enrolment.classId, reconciled);
  }
  const keys = new Map<string, string>();
  for (const lesson of lessons) {
    const entry = plan.get(lesson.id);
    if (!entry) continue;
    let key = keys.get(lesson.assignmentId);
    if (!key) {
      const assignment = await tx.findOne(RmAssignment, { id: lesson.assignmentId });
      if (!assignment) continue;
      key = journalKey(assignment);
      keys.set(lesson.assignmentId, key);
    }
    const record = await appendRecord(
      tx,
      firstRecord(lesson, key, {
        studentId: enrolment.studentId,
        status: entry.status,
        lateMinutes: entry.lateMinutes,
        comment: null,
        timing: 'on_time',
        enteredBy: lesson.teacherId,
        enteredRole: 'subject_teacher',
        // During the lesson: 09:00 in Yekaterinburg.
        enteredAt: new Date(`${lesson.date}T04:00:00Z`),
      }),
    );
    stageRecordEvent(tx, AttendanceEvents.absenceRecorded, record, SEED_CONTEXT);
    records++;
    if (entry.status !== 'absent' || !classTeacher || lesson.date >= run.thisWeek) continue;
    const week = mondayOf(lesson.date);
    await appendReason(tx, {
      record,
      kind: entry.reason,
      comment: entry.reason === 'illness_certified' ? 'Справка из поликлиники' : null,
      noticeId: null,
      setBy: classTeacher,
      setRole: 'class_teacher',
      setAt: new Date(`${addDays(week, 4)}T10:00:00Z`),
      context: SEED_CONTEXT,
    });
    reasons++;
  }
  // Every flush compares all entities the transaction holds: letting go of this student's rows
  // keeps the next student's as cheap as the first (the lessons are only read from here on).
  await tx.flush();
  tx.clear();
  return { records, reasons };
}

/**
 * Absences and lateness of the demo students over the lessons already held (the named ones' over
 * the year, their synthetic classmates' from demoRoster over the last four weeks), taken from the
 * read model that curriculum's events built, with the reasons their class teachers gave for every
 * week before this one, those weeks marked reconciled, and Пётр's week of truancy detected as
 * systematic non-attendance. This week's absences wait for their reasons, as they would on a
 * real Monday. Idempotent: nothing happens when records exist.
 */
export async function seedAttendanceDemo(
  orm: MikroORM,
  options: { logger: Logger; today: Date },
): Promise<{ created: number; reasons: number; detections: number }> {
  const em = orm.em.fork();
  if ((await em.count(AttendanceRecord, {})) > 0) return { created: 0, reasons: 0, detections: 0 };
  const school = await em.findOne(RmSchool, { id: DEMO_SCHOOL.schoolId });
  if (!school) return { created: 0, reasons: 0, detections: 0 };
  const today = localDate(options.today, school.timeZone);
  const thisWeek = mondayOf(today);
  let created = 0;
  let reasons = 0;
  let detections = 0;
  await em.transactional(async (tx) => {
    const weeks = new Map<string, Set<string>>();
    const inSchool = async (classId: string) =>
      (await tx.findOne(RmClass, { id: classId }))?.schoolId === school.id;

    // The named students first, with their own generator: their history does not depend on
    // the roster.
    const next = lcgRandom(2027);
    const enrolments = await tx.find(
      RmEnrolment,
      { studentId: { $in: Object.keys(HABITS) } },
      { orderBy: { studentId: 'asc' } },
    );
    for (const enrolment of enrolments) {
      if (!(await inSchool(enrolment.classId))) continue;
      const of = await classLessons(tx, enrolment.classId, enrolment.startsOn, today);
      const seeded = await seedStudent(
        tx,
        { enrolment, lessons: lessonsOf(of, enrolment), habits: HABITS[enrolment.studentId]! },
        { weeks, thisWeek, next },
      );
      created += seeded.records;
      reasons += seeded.reasons;
      const found = await detectNonattendanceFor(tx, {
        studentId: enrolment.studentId,
        schoolId: school.id,
        now: options.today,
        context: SEED_CONTEXT,
      });
      if (found) detections++;
    }

    // Their synthetic classmates over the last weeks, class by class. None of their absences is
    // unexcused (illness, family, competitions), so the non-attendance check, which only
    // unexcused ones feed, would find nothing and is skipped.
    const nextRoster = lcgRandom(2029);
    const habits = new Map(
      demoRoster()
        .students.filter((s) => s.named === null)
        .map((s) => [s.id, ROSTER_HABITS[s.rosterNumber % ROSTER_HABITS.length]!]),
    );
    const rosterEnrolments = await tx.find(
      RmEnrolment,
      { studentId: { $in: [...habits.keys()] } },
      { orderBy: { classId: 'asc', studentId: 'asc' } },
    );
    const from = addDays(today, -ROSTER_WINDOW_DAYS);
    const byClass = new Map<string, ClassLessons | null>();
    for (const enrolment of rosterEnrolments) {
      if (!byClass.has(enrolment.classId)) {
        const of = (await inSchool(enrolment.classId))
          ? await classLessons(tx, enrolment.classId, from, today)
          : null;
        byClass.set(enrolment.classId, of);
      }
      const of = byClass.get(enrolment.classId);
      if (!of || of.lessons.length === 0) continue;
      const seeded = await seedStudent(
        tx,
        { enrolment, lessons: lessonsOf(of, enrolment), habits: habits.get(enrolment.studentId)! },
        { weeks, thisWeek, next: nextRoster },
      );
      created += seeded.records;
      reasons += seeded.reasons;
    }
    for (const [classId, reconciled] of weeks)
      for (const week of [...reconciled].sort())
        tx.persist(
          reconciliationOf(
            { id: classId, schoolId: school.id },
            {
              weekStart: week,
              by: CLASS_TEACHERS[classId]!,
              at: new Date(`${addDays(week, 4)}T11:00:00Z`),
            },
          ),
        );
    await tx.flush();
  });
  options.logger.info({ records: created, reasons, detections }, 'demo attendance seeded');
  return { created, reasons, detections };
}
