import type { EntityManager } from '@mikro-orm/postgresql';
import {
  DEMO_SCHOOL,
  demoRoster,
  lcgRandom,
  type AbsenceReasonKind,
  type AttendanceStatus,
} from '@dnevnik/contracts';
import type { Logger } from '@dnevnik/logging';
import { RmClass, RmEnrolment, RmGroup, RmLesson, RmSchool } from '@dnevnik/school-facts';
import { addDays, localDate, mondayOf } from '@dnevnik/school-time';
import { actingPerson } from '@dnevnik/service-runtime';
import { NonattendanceDetection } from '../modules/nonattendance/index.js';
import { reconcileWeek, setAbsenceReason } from '../modules/reasons/index.js';
import { AttendanceRecord, recordAttendance } from '../modules/records/index.js';
import type { AttendanceService } from '../subgraph.js';

const P = DEMO_SCHOOL.people;

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

/** What the seed needs of the service: its database to read, and its use cases to call. */
export type AttendanceSeedTarget = Pick<AttendanceService, 'actAs' | 'database'>;

/** One student's planned absence or lateness in one lesson. */
interface Planned {
  lesson: RmLesson;
  studentId: string;
  classId: string;
  entry: Plan;
}

/** One student's absences and lateness over `lessons`, decided day by day. */
function planStudent(
  student: { enrolment: RmEnrolment; lessons: RmLesson[]; habits: Habits },
  next: () => number,
): Planned[] {
  const { enrolment, lessons } = student;
  const days = [...new Set(lessons.map((l) => l.date))];
  const lessonsOn = (day: string) => lessons.filter((l) => l.date === day);
  const plan = planDays(days, lessonsOn, student.habits, next);
  if (enrolment.studentId === P.petya) truancy(days, lessonsOn, plan);
  return lessons.flatMap((lesson) => {
    const entry = plan.get(lesson.id);
    return entry
      ? [{ lesson, studentId: enrolment.studentId, classId: enrolment.classId, entry }]
      : [];
  });
}

const teacherOf = (lesson: RmLesson) =>
  actingPerson(lesson.teacherId, [{ role: 'subject_teacher', schoolId: lesson.schoolId }]);
const classTeacherOf = (classId: string, schoolId: string) =>
  actingPerson(CLASS_TEACHERS[classId]!, [{ role: 'class_teacher', schoolId, classId }]);
const at = (instant: string) => () => new Date(instant);

/**
 * Records the plan through the service's use cases, as the school would have made it: each
 * lesson's absences and lateness by its teacher during the lesson (recordAttendance); on the
 * Friday of each week before this one, the class teacher's reasons for the week's absences
 * (setAbsenceReason, which also runs the systematic non-attendance check), then the week's
 * reconciliation (reconcileWeek).
 */
async function recordPlan(
  service: AttendanceSeedTarget,
  schoolId: string,
  planned: readonly Planned[],
  thisWeek: string,
  /** By class with a class teacher: the Mondays of the weeks held before this one. */
  weeks: ReadonlyMap<string, ReadonlySet<string>>,
): Promise<{ records: number; reasons: number }> {
  const byLesson = new Map<string, Planned[]>();
  for (const p of planned) {
    const list = byLesson.get(p.lesson.id);
    if (list) list.push(p);
    else byLesson.set(p.lesson.id, [p]);
  }
  const lessons = [...byLesson.values()].sort(
    (a, b) =>
      a[0]!.lesson.date.localeCompare(b[0]!.lesson.date) ||
      a[0]!.lesson.id.localeCompare(b[0]!.lesson.id),
  );
  // By class, week and reason: the absences a class teacher explains in one go.
  const toExplain = new Map<
    string,
    { classId: string; week: string; kind: AbsenceReasonKind; ids: string[] }
  >();
  let records = 0;
  for (const group of lessons) {
    const lesson = group[0]!.lesson;
    // During the lesson: 09:00 in Yekaterinburg.
    const ctx = service.actAs(teacherOf(lesson), { now: at(`${lesson.date}T04:00:00Z`) });
    const made = await recordAttendance(
      ctx,
      lesson.id,
      group.map((p) => ({
        studentId: p.studentId,
        status: p.entry.status,
        lateMinutes: p.entry.lateMinutes,
      })),
    );
    records += made.length;
    for (const [i, record] of made.entries()) {
      const p = group[i]!;
      if (record.status !== 'absent' || !CLASS_TEACHERS[p.classId] || lesson.date >= thisWeek)
        continue;
      const week = mondayOf(lesson.date);
      const key = `${p.classId}|${week}|${p.entry.reason}`;
      const batch = toExplain.get(key);
      if (batch) batch.ids.push(record.id);
      else toExplain.set(key, { classId: p.classId, week, kind: p.entry.reason, ids: [record.id] });
    }
  }

  let reasons = 0;
  const explained = [...toExplain.values()].sort((a, b) => a.week.localeCompare(b.week));
  for (const [classId, reconciled] of weeks)
    for (const week of [...reconciled].sort()) {
      for (const batch of explained.filter((b) => b.classId === classId && b.week === week)) {
        const ctx = service.actAs(classTeacherOf(classId, schoolId), {
          now: at(`${addDays(week, 4)}T10:00:00Z`),
        });
        for (let i = 0; i < batch.ids.length; i += 100) {
          const made = await setAbsenceReason(ctx, {
            recordIds: batch.ids.slice(i, i + 100),
            kind: batch.kind,
            comment: batch.kind === 'illness_certified' ? 'Справка из поликлиники' : null,
          });
          reasons += made.length;
        }
      }
      await reconcileWeek(
        service.actAs(classTeacherOf(classId, schoolId), {
          now: at(`${addDays(week, 4)}T11:00:00Z`),
        }),
        classId,
        week,
      );
    }
  return { records, reasons };
}

/**
 * Absences and lateness of the demo students over the lessons already held (the named ones' over
 * the year, their synthetic classmates' from demoRoster over the last four weeks), taken from the
 * read model that curriculum's events built, with the reasons their class teachers gave for every
 * week before this one, those weeks marked reconciled, and Пётр's week of truancy detected as
 * systematic non-attendance. This week's absences wait for their reasons, as they would on a
 * real Monday. Everything goes through the service's use cases (recordPlan). Idempotent: nothing
 * happens when records exist.
 */
export async function seedAttendanceDemo(
  service: AttendanceSeedTarget,
  options: { logger: Logger; today: Date },
): Promise<{ created: number; reasons: number; detections: number }> {
  const em = service.database.orm.em.fork();
  if ((await em.count(AttendanceRecord, {})) > 0) return { created: 0, reasons: 0, detections: 0 };
  const school = await em.findOne(RmSchool, { id: DEMO_SCHOOL.schoolId });
  if (!school) return { created: 0, reasons: 0, detections: 0 };
  const today = localDate(options.today, school.timeZone);
  const thisWeek = mondayOf(today);
  const inSchool = async (classId: string) =>
    (await em.findOne(RmClass, { id: classId }))?.schoolId === school.id;
  const planned: Planned[] = [];
  // Every week a class with a class teacher was taught before this one gets its reconciliation,
  // absences or not.
  const weeks = new Map<string, Set<string>>();
  const noteWeeks = (classId: string, lessons: readonly RmLesson[]) => {
    if (!CLASS_TEACHERS[classId]) return;
    const set = weeks.get(classId) ?? new Set<string>();
    for (const l of lessons) if (l.date < thisWeek) set.add(mondayOf(l.date));
    weeks.set(classId, set);
  };

  // The named students first, with their own generator: their history does not depend on
  // the roster.
  const next = lcgRandom(2027);
  const enrolments = await em.find(
    RmEnrolment,
    { studentId: { $in: Object.keys(HABITS) } },
    { orderBy: { studentId: 'asc' } },
  );
  for (const enrolment of enrolments) {
    if (!(await inSchool(enrolment.classId))) continue;
    const of = await classLessons(em, enrolment.classId, enrolment.startsOn, today);
    noteWeeks(enrolment.classId, of.lessons);
    planned.push(
      ...planStudent(
        { enrolment, lessons: lessonsOf(of, enrolment), habits: HABITS[enrolment.studentId]! },
        next,
      ),
    );
  }

  // Their synthetic classmates over the last weeks, class by class.
  const nextRoster = lcgRandom(2029);
  const habits = new Map(
    demoRoster()
      .students.filter((s) => s.named === null)
      .map((s) => [s.id, ROSTER_HABITS[s.rosterNumber % ROSTER_HABITS.length]!]),
  );
  const rosterEnrolments = await em.find(
    RmEnrolment,
    { studentId: { $in: [...habits.keys()] } },
    { orderBy: { classId: 'asc', studentId: 'asc' } },
  );
  const from = addDays(today, -ROSTER_WINDOW_DAYS);
  const byClass = new Map<string, ClassLessons | null>();
  for (const enrolment of rosterEnrolments) {
    if (!byClass.has(enrolment.classId)) {
      const of = (await inSchool(enrolment.classId))
        ? await classLessons(em, enrolment.classId, from, today)
        : null;
      if (of) noteWeeks(enrolment.classId, of.lessons);
      byClass.set(enrolment.classId, of);
    }
    const of = byClass.get(enrolment.classId);
    if (!of || of.lessons.length === 0) continue;
    planned.push(
      ...planStudent(
        { enrolment, lessons: lessonsOf(of, enrolment), habits: habits.get(enrolment.studentId)! },
        nextRoster,
      ),
    );
  }

  const { records, reasons } = await recordPlan(service, school.id, planned, thisWeek, weeks);
  const detections = await em.count(NonattendanceDetection, { schoolId: school.id });
  options.logger.info({ records, reasons, detections }, 'demo attendance seeded');
  return { created: records, reasons, detections };
}
