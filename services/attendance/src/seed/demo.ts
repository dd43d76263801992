import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { v7 as uuidv7 } from 'uuid';
import {
  AttendanceEvents,
  DEMO_SCHOOL,
  type AbsenceReasonKind,
  type AttendanceStatus,
} from '@dnevnik/contracts';
import { stageEvent, SYSTEM_ACTOR } from '@dnevnik/events';
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
import { appendReason, WeekReconciliation } from '../modules/reasons/index.js';
import {
  appendRecord,
  AttendanceRecord,
  firstRecord,
  recordEventData,
} from '../modules/records/index.js';

const P = DEMO_SCHOOL.people;
const SEED_CONTEXT = { actor: SYSTEM_ACTOR, correlationId: 'demo-seed' };

/** A small deterministic generator, so every demo start shows the same journal. */
function random(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

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

async function lessonsOf(
  em: EntityManager,
  enrolment: RmEnrolment,
  today: string,
): Promise<RmLesson[]> {
  const groups = (await em.find(RmGroup, { classId: enrolment.classId })).filter((g) =>
    g.memberIds.includes(enrolment.studentId),
  );
  const lessons = await em.find(
    RmLesson,
    {
      $or: [{ classId: enrolment.classId }, { groupId: { $in: groups.map((g) => g.id) } }],
      status: 'conducted',
      date: { $lt: today, $gte: enrolment.startsOn },
    },
    { orderBy: { date: 'asc', id: 'asc' } },
  );
  // A subgroup's lesson is for its members only, even when it also names the class.
  const mine = new Set(groups.map((g) => g.id));
  return lessons.filter((l) => !l.groupId || mine.has(l.groupId));
}

/**
 * Absences and lateness of the demo students over the lessons already held, taken from the read
 * model that curriculum's events built, with the reasons their class teachers gave for every
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
  const next = random(2027);
  let created = 0;
  let reasons = 0;
  let detections = 0;
  await em.transactional(async (tx) => {
    const enrolments = await tx.find(
      RmEnrolment,
      { studentId: { $in: Object.keys(HABITS) } },
      { orderBy: { studentId: 'asc' } },
    );
    const weeks = new Map<string, Set<string>>();
    for (const enrolment of enrolments) {
      const cls = await tx.findOne(RmClass, { id: enrolment.classId });
      if (!cls || cls.schoolId !== school.id) continue;
      const lessons = await lessonsOf(tx, enrolment, today);
      const days = [...new Set(lessons.map((l) => l.date))];
      const lessonsOn = (day: string) => lessons.filter((l) => l.date === day);
      const plan = planDays(days, lessonsOn, HABITS[enrolment.studentId]!, next);
      if (enrolment.studentId === P.petya) truancy(days, lessonsOn, plan);
      const classTeacher = CLASS_TEACHERS[cls.id];
      if (classTeacher) {
        const reconciled = weeks.get(cls.id) ?? new Set<string>();
        for (const day of days) if (day < thisWeek) reconciled.add(mondayOf(day));
        weeks.set(cls.id, reconciled);
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
        stageEvent(tx, AttendanceEvents.absenceRecorded, {
          aggregateId: record.studentId,
          schoolId: record.schoolId,
          data: recordEventData(record),
          context: SEED_CONTEXT,
        });
        created++;
        if (entry.status !== 'absent' || !classTeacher || lesson.date >= thisWeek) continue;
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
      const found = await detectNonattendanceFor(tx, {
        studentId: enrolment.studentId,
        schoolId: school.id,
        now: options.today,
        context: SEED_CONTEXT,
      });
      if (found) detections++;
    }
    for (const [classId, reconciled] of weeks)
      for (const week of [...reconciled].sort())
        tx.persist(
          Object.assign(new WeekReconciliation(), {
            id: uuidv7(),
            schoolId: school.id,
            classId,
            weekStart: week,
            reconciledBy: CLASS_TEACHERS[classId]!,
            reconciledAt: new Date(`${addDays(week, 4)}T11:00:00Z`),
          }),
        );
    await tx.flush();
  });
  options.logger.info({ records: created, reasons, detections }, 'demo attendance seeded');
  return { created, reasons, detections };
}
