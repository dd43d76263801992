import type { PersonViewer } from '@dnevnik/auth';
import { DEMO_SCHOOL, demoId, demoRoster, mulberry32 } from '@dnevnik/contracts';
import type { Logger } from '@dnevnik/logging';
import { addDays, mondayOf } from '@dnevnik/school-time';
import { actingPerson } from '@dnevnik/service-runtime';
import {
  localClock,
  localDateTime,
  type IsoDate,
  type PeriodKind,
} from '../modules/calendar/index.js';
import { createClass } from '../modules/classes/index.js';
import { setCurriculumItem, type CurriculumItem } from '../modules/curriculum/index.js';
import { enrolStudents } from '../modules/enrolments/index.js';
import { createGroup } from '../modules/groups/index.js';
import { Lesson, recordLesson } from '../modules/lesson/index.js';
import { PlanTopic, submitPlan, type LessonKind } from '../modules/plan/index.js';
import { registerSchool, School, setBellSchedule } from '../modules/schools/index.js';
import { createSubject } from '../modules/subjects/index.js';
import { assignTeacher, type TeachingAssignment } from '../modules/teaching/index.js';
import {
  buildTimetable,
  generateYearLessons,
  setTimetableSlot,
  type TimetableClass,
  type WeeklyItem,
} from '../modules/timetable/index.js';
import { AcademicYear, createAcademicYear } from '../modules/years/index.js';
import type { CurriculumService } from '../subgraph.js';
import {
  DEMO_CURRICULUM,
  DEMO_FREE_TOPICS,
  DEMO_PLANS,
  DEMO_SUBJECTS,
  demoHomework,
  individualHomework,
  REVISION_TOPIC,
  weeksInYear,
  type SubjectKey,
  type TopicSeed,
} from './demo-content.js';

export interface CurriculumDemoResult {
  created: boolean;
  schoolId: string;
  yearId: string;
  lessons: number;
}

const SCHOOL_ID = DEMO_SCHOOL.schoolId;
const TIME_ZONE = 'Asia/Yekaterinburg';
const WORKING_WEEKDAYS = [1, 2, 3, 4, 5];
const PEOPLE = DEMO_SCHOOL.people;
/** The classes identity's demo people study and teach in: the only ones with a journal history. */
const FOCUS_CLASSES = ['7А', '7Б', '1А'];
const MAX_TEACHER_LOAD = 30;

/**
 * The synthetic teachers' ids: identity's demo seed registers exactly these people (the school
 * and class ids are DEMO_SCHOOL's; everything else gets the ids the use cases give it).
 */
const ID = {
  teacher: (k: number) => {
    // A teacher beyond identity's demo people would be a dangling id.
    if (k > DEMO_SCHOOL.syntheticTeacherCount)
      throw new Error('demo seed needs more synthetic teachers');
    return demoId(7000 + k);
  },
};

const BELLS: [string, string][] = [
  ['08:30', '09:10'],
  ['09:20', '10:00'],
  ['10:20', '11:00'],
  ['11:20', '12:00'],
  ['12:10', '12:50'],
  ['13:00', '13:40'],
  ['13:50', '14:30'],
  ['14:40', '15:20'],
];

// ---------------------------------------------------------------------------------------------
// Calendar

interface PeriodDraft {
  kind: PeriodKind;
  name: string;
  startsOn: IsoDate;
  endsOn: IsoDate;
}

/**
 * The academic year containing `todayLocal`: from 1 September to 31 May, four quarters with
 * autumn, winter and spring holidays. 4 November, 23 February, 8 March, 1 and 9 May are public
 * holidays, entered as one-day holiday periods so no lesson is generated on them.
 */
export function demoAcademicYear(todayLocal: IsoDate): {
  name: string;
  startsOn: IsoDate;
  endsOn: IsoDate;
  periods: PeriodDraft[];
} {
  const y = Number(todayLocal.slice(0, 4));
  const start = todayLocal >= `${y}-09-01` ? y : y - 1;
  const a = (mmdd: string) => `${start}-${mmdd}`;
  const b = (mmdd: string) => `${start + 1}-${mmdd}`;
  const q = (name: string, from: IsoDate, to: IsoDate): PeriodDraft => ({
    kind: 'quarter',
    name,
    startsOn: from,
    endsOn: to,
  });
  const h = (name: string, from: IsoDate, to: IsoDate = from): PeriodDraft => ({
    kind: 'holiday',
    name,
    startsOn: from,
    endsOn: to,
  });
  return {
    name: `${start}/${start + 1}`,
    startsOn: a('09-01'),
    endsOn: b('05-31'),
    periods: [
      q('1 четверть', a('09-01'), a('10-25')),
      h('Осенние каникулы', a('10-26'), a('11-04')),
      q('2 четверть', a('11-05'), a('12-28')),
      h('Зимние каникулы', a('12-29'), b('01-08')),
      q('3 четверть', b('01-09'), b('03-22')),
      h('День защитника Отечества', b('02-23')),
      h('Международный женский день', b('03-08')),
      h('Весенние каникулы', b('03-23'), b('03-31')),
      q('4 четверть', b('04-01'), b('05-31')),
      h('Праздник Весны и Труда', b('05-01')),
      h('День Победы', b('05-09')),
    ],
  };
}

/** The instant of a wall-clock time at the school (two passes: correct across offset changes). */
function localInstant(date: IsoDate, time: string, timeZone: string): Date {
  const [y, m, d] = date.split('-').map(Number);
  const [hh, mm] = time.split(':').map(Number);
  const wanted = Date.UTC(y ?? 0, (m ?? 1) - 1, d ?? 1, hh ?? 0, mm ?? 0);
  let instant = wanted;
  for (let i = 0; i < 2; i++) {
    const c = localClock(new Date(instant), timeZone);
    const [cy, cm, cd] = c.date.split('-').map(Number);
    const shown = Date.UTC(cy ?? 0, (cm ?? 1) - 1, cd ?? 1, c.hour, c.minute, c.second);
    instant += wanted - shown;
  }
  return new Date(instant);
}

// ---------------------------------------------------------------------------------------------
// Classes, staff and the weekly timetable

interface DemoClass {
  key: string;
  id: string;
  grade: number;
  letter: string;
  room: string;
}

function demoClasses(): DemoClass[] {
  const floors = new Map<number, number>();
  return Object.entries(DEMO_SCHOOL.classes).map(([key, id]) => {
    const grade = Number.parseInt(key, 10);
    // Rooms 1xx for primary school, 2xx for grades 5–8, 3xx for grades 9–11.
    const floor = grade <= 4 ? 1 : grade <= 8 ? 2 : 3;
    const n = (floors.get(floor) ?? 0) + 1;
    floors.set(floor, n);
    return {
      key,
      id,
      grade,
      letter: key.slice(String(grade).length),
      room: `${floor}${String(n).padStart(2, '0')}`,
    };
  });
}

type Pool =
  | 'primary'
  | 'russian'
  | 'math'
  | 'history'
  | 'geography'
  | 'biology'
  | 'chemistry'
  | 'physics'
  | 'informatics'
  | 'english'
  | 'pe'
  | 'arts'
  | 'technology'
  | 'obzr';

/** How many synthetic subject teachers each speciality has (primary: one per class). */
const POOL_SIZES: Record<Exclude<Pool, 'primary'>, number> = {
  russian: 3,
  math: 3,
  history: 2,
  geography: 1,
  biology: 1,
  chemistry: 1,
  physics: 1,
  informatics: 1,
  english: 3,
  pe: 2,
  arts: 1,
  technology: 1,
  obzr: 1,
};

const PRIMARY_CLASS_TEACHER_SUBJECTS: SubjectKey[] = [
  'russian',
  'reading',
  'math',
  'world',
  'art',
  'technology',
];

function poolOf(subject: SubjectKey, grade: number): Pool {
  if (grade <= 4 && PRIMARY_CLASS_TEACHER_SUBJECTS.includes(subject)) return 'primary';
  switch (subject) {
    case 'russian':
    case 'literature':
    case 'reading':
      return 'russian';
    case 'math':
    case 'algebra':
    case 'geometry':
      return 'math';
    case 'history':
    case 'social':
      return 'history';
    case 'music':
    case 'art':
      return 'arts';
    case 'world':
      return 'primary';
    default:
      return subject;
  }
}

/** The identity demo's teachers, where the identity demo says they teach. */
function demoTeacherFor(classKey: string, pool: Pool): string | null {
  if (classKey === '1А') return PEOPLE.primaryTeacher;
  if (classKey === '7А' || classKey === '7Б') {
    if (pool === 'math') return PEOPLE.mathTeacher;
    if (pool === 'russian') return PEOPLE.russianTeacher;
  }
  return null;
}

/** Early in the day first. */
const DAY_ORDER: SubjectKey[] = [
  'math',
  'algebra',
  'russian',
  'geometry',
  'physics',
  'chemistry',
  'english',
  'reading',
  'literature',
  'informatics',
  'history',
  'social',
  'geography',
  'biology',
  'world',
  'obzr',
  'technology',
  'art',
  'music',
  'pe',
];

/** The seed of the demo timetable's random source: attempt k of buildTimetable uses seed + k. */
const TIMETABLE_SEED = 20_260_901;

// ---------------------------------------------------------------------------------------------
// Journal records of the focus classes

/** Topics of a plan or list, one entry per lesson hour, so lesson k covers entry k. */
function expandTopics<T extends { hours: number }>(topics: T[]): { topic: T; hour: number }[] {
  const out: { topic: T; hour: number }[] = [];
  for (const topic of topics)
    for (let hour = 0; hour < topic.hours; hour++) out.push({ topic, hour });
  return out;
}

const ACADEMIC: SubjectKey[] = [
  'russian',
  'literature',
  'reading',
  'math',
  'algebra',
  'geometry',
  'history',
  'social',
  'geography',
  'biology',
  'physics',
  'chemistry',
  'informatics',
  'english',
  'world',
  'obzr',
];

/** The kind of work graded in a lesson (lesson.service WORK_TYPES); grade 1 has no marks. */
function workTypeFor(
  subject: SubjectKey,
  grade: number,
  kind: LessonKind,
  title: string,
  k: number,
): string | null {
  if (grade === 1) return null;
  switch (kind) {
    case 'control':
      return subject === 'russian' && title.includes('диктант') ? 'dictation' : 'control';
    case 'laboratory':
    case 'practical':
    case 'project':
    case 'test':
      return kind;
    default:
      break;
  }
  if (!ACADEMIC.includes(subject)) return null;
  if (subject === 'russian' && k % 8 === 5) return 'dictation';
  if (k % 6 === 2) return 'answer';
  if (k % 9 === 7) return 'test';
  return null;
}

// ---------------------------------------------------------------------------------------------

/** What the seed needs of the service: its database to read, and its use cases to call. */
export type CurriculumSeedTarget = Pick<CurriculumService, 'actAs' | 'database'>;

/**
 * Seeds the demo school's curriculum side: the calendar of the year containing `today`, bells,
 * subjects, classes 1А–11Б, the curriculum, teaching assignments and a clash-free weekly
 * timetable for every class, the enrolments of every class's students (demoRoster: the named
 * ones and the synthetic ones), plans of the main subjects of 7А, 7Б and 1А, the lessons of the
 * year for 7А, 7Б and 1А and of this week and the next for the other classes, and the journal of
 * 7А, 7Б and 1А filled in up to yesterday.
 *
 * A script over the service's own use cases (ADR 0010): the region's official registers the
 * school, its administrator builds the year in the last week of August, each teacher submits
 * their plans then and records their lessons on the day, each step with its access check, audit
 * entry and events. Idempotent: does nothing if the demo school exists.
 */
export async function seedCurriculumDemo(
  service: CurriculumSeedTarget,
  options: { logger: Logger; today: Date },
): Promise<CurriculumDemoResult> {
  const started = performance.now();
  const em = service.database.orm.em.fork();
  const todayLocal = localDateTime(options.today, TIME_ZONE).date;
  if (await em.findOne(School, { id: SCHOOL_ID })) {
    const years = await em.find(
      AcademicYear,
      { schoolId: SCHOOL_ID },
      { orderBy: { startsOn: 'desc' } },
    );
    const year = years.find((y) => y.startsOn <= todayLocal && todayLocal <= y.endsOn) ?? years[0];
    const lessons = await em.count(Lesson, { schoolId: SCHOOL_ID });
    if (lessons === 0)
      options.logger.warn(
        'the demo school has no lessons: an earlier seed stopped half-way; start on an empty data directory to seed it again',
      );
    return { created: false, schoolId: SCHOOL_ID, yearId: year?.id ?? '', lessons };
  }

  const counts = await seedThroughUseCases(service, todayLocal);
  options.logger.info(
    { ...counts, ms: Math.round(performance.now() - started) },
    'curriculum demo seeded',
  );
  return { created: true, schoolId: SCHOOL_ID, yearId: counts.yearId, lessons: counts.lessons };
}

const ORDER = 'Приказ № 112-у от 28.08';

async function seedThroughUseCases(service: CurriculumSeedTarget, todayLocal: IsoDate) {
  const calendar = demoAcademicYear(todayLocal);
  // The school is prepared in the last week of August, when the plans are due as well.
  const august = localInstant(addDays(calendar.startsOn, -4), '10:00', TIME_ZONE);
  const as = (viewer: PersonViewer, at: Date = august) => service.actAs(viewer, { now: () => at });
  const region = actingPerson(PEOPLE.regionOfficial, [
    { role: 'regional_official', regionId: DEMO_SCHOOL.regionId },
  ]);
  const admin = actingPerson(PEOPLE.admin, [{ role: 'school_admin', schoolId: SCHOOL_ID }]);
  const teacher = (personId: string) =>
    actingPerson(personId, [{ role: 'subject_teacher', schoolId: SCHOOL_ID }]);

  // 1. School, bells, subjects.
  await registerSchool(as(region), {
    id: SCHOOL_ID,
    regionId: DEMO_SCHOOL.regionId,
    name: 'МАОУ «Средняя школа № 1»',
    timeZone: TIME_ZONE,
    workingWeekdays: [...WORKING_WEEKDAYS],
  });
  await setBellSchedule(as(admin), {
    schoolId: SCHOOL_ID,
    bells: BELLS.map(([startsAt, endsAt], i) => ({ lessonNumber: i + 1, startsAt, endsAt })),
  });
  const subjectId = new Map<SubjectKey, string>();
  for (const s of DEMO_SUBJECTS)
    subjectId.set(
      s.key,
      (await createSubject(as(admin), { schoolId: SCHOOL_ID, name: s.name })).id,
    );
  const sid = (key: SubjectKey) => subjectId.get(key)!;

  // 2. The academic year and its periods.
  const year = await createAcademicYear(as(admin), {
    schoolId: SCHOOL_ID,
    name: calendar.name,
    startsOn: calendar.startsOn,
    endsOn: calendar.endsOn,
    periods: calendar.periods,
  });

  // 3. Classes, the enrolments of every class's students, the English subgroup of 7А.
  const classes = demoClasses();
  const classByKey = new Map(classes.map((c) => [c.key, c]));
  const cls = (key: string) => classByKey.get(key)!;
  for (const c of classes)
    await createClass(as(admin), { yearId: year.id, grade: c.grade, letter: c.letter, id: c.id });
  const roster = demoRoster().students;
  // One order of arrival per class, as a school taking up the journal enters its class lists.
  for (const c of classes)
    await enrolStudents(as(admin), {
      classId: c.id,
      studentIds: roster.filter((s) => s.classKey === c.key).map((s) => s.id),
      onDate: year.startsOn,
      order: ORDER,
    });
  // Group 1 is Petya and every other synthetic student of 7А: about half the class.
  const group = await createGroup(as(admin), {
    yearId: year.id,
    name: '7А — английский, группа 1',
    kind: 'subgroup',
    classId: cls('7А').id,
    subjectId: sid('english'),
    memberIds: [
      PEOPLE.petya,
      ...roster
        .filter((s) => s.named === null && s.classKey === '7А' && s.rosterNumber % 2 === 1)
        .map((s) => s.id),
    ],
    fromDate: year.startsOn,
  });

  // 4. Curriculum.
  const curriculum = new Map<string, CurriculumItem>();
  for (let grade = 1; grade <= 11; grade++) {
    for (const s of DEMO_SUBJECTS) {
      const perWeek = DEMO_CURRICULUM[grade]?.[s.key];
      if (!perWeek) continue;
      const item = await setCurriculumItem(as(admin), {
        yearId: year.id,
        grade,
        subjectId: sid(s.key),
        hoursPerWeek: perWeek,
        hoursPerYear: perWeek * weeksInYear(grade),
      });
      curriculum.set(`${grade}|${s.key}`, item);
    }
  }

  // 5. Teaching assignments: identity's demo teachers where they teach, synthetic ones elsewhere.
  let teacherK = 0;
  const pools = new Map<Pool, string[]>();
  for (const [pool, size] of Object.entries(POOL_SIZES) as [Pool, number][]) {
    pools.set(
      pool,
      Array.from({ length: size }, () => ID.teacher(++teacherK)),
    );
  }
  const load = new Map<string, number>();
  const assignments: TeachingAssignment[] = [];
  const assignmentSubject = new Map<string, SubjectKey>();
  const classAssignment = new Map<string, TeachingAssignment>(); // `${classKey}|${subject}`
  const weekly: TimetableClass[] = [];
  const assign = async (
    teacherId: string,
    subject: SubjectKey,
    target: { classId?: string; groupId?: string },
  ) => {
    const a = await assignTeacher(as(admin), {
      yearId: year.id,
      teacherId,
      subjectId: sid(subject),
      ...target,
      startsOn: year.startsOn,
    });
    assignments.push(a);
    assignmentSubject.set(a.id, subject);
    return a;
  };
  for (const c of classes) {
    const hours = DEMO_CURRICULUM[c.grade] ?? {};
    const teacherOf = new Map<Pool, string>();
    const items: WeeklyItem[] = [];
    const primaryTeacher =
      c.grade <= 4 && demoTeacherFor(c.key, 'primary') === null ? ID.teacher(++teacherK) : null;
    for (const s of DEMO_SUBJECTS) {
      const perWeek = hours[s.key];
      if (!perWeek) continue;
      const pool = poolOf(s.key, c.grade);
      let teacherId = demoTeacherFor(c.key, pool) ?? teacherOf.get(pool);
      if (!teacherId) {
        if (pool === 'primary') teacherId = primaryTeacher!;
        else {
          // The pool's least loaded teacher takes all of the class's subjects of that speciality.
          const poolHours = DEMO_SUBJECTS.filter((x) => poolOf(x.key, c.grade) === pool).reduce(
            (sum, x) => sum + (hours[x.key] ?? 0),
            0,
          );
          const candidates = pools.get(pool)!;
          teacherId = [...candidates].sort((a, b) => (load.get(a) ?? 0) - (load.get(b) ?? 0))[0]!;
          if ((load.get(teacherId) ?? 0) + poolHours > MAX_TEACHER_LOAD) {
            throw new Error(
              `Demo staff: no ${pool} teacher left with ${poolHours} free hours for ${c.key}`,
            );
          }
        }
        teacherOf.set(pool, teacherId);
      }
      load.set(teacherId, (load.get(teacherId) ?? 0) + perWeek);
      const a = await assign(teacherId, s.key, { classId: c.id });
      classAssignment.set(`${c.key}|${s.key}`, a);
      const dayRank = DAY_ORDER.indexOf(s.key);
      items.push({ assignmentId: a.id, teacherId, hours: perWeek, dayRank });
    }
    weekly.push({ grade: c.grade, room: c.room, items });
  }
  for (const [teacherId, hours] of load) {
    if (hours > MAX_TEACHER_LOAD)
      throw new Error(`Demo staff: teacher ${teacherId} has ${hours} hours a week`);
  }
  // The 7А English subgroup is taught by the class's English teacher. It has no timetable lines:
  // the class-level English lessons stay, and the group's own lines would clash with them.
  await assign(classAssignment.get('7А|english')!.teacherId, 'english', { groupId: group.id });

  // 6. The weekly timetable of every class, laid out by the timetable module's solver and
  // entered line by line (each line checked for clashes by setTimetableSlot).
  const rngFor = (attempt: number) => mulberry32(TIMETABLE_SEED + attempt);
  const drafts = buildTimetable(weekly, rngFor);
  for (const d of drafts)
    await setTimetableSlot(as(admin), {
      assignmentId: d.assignmentId,
      weekday: d.weekday,
      lessonNumber: d.lessonNumber,
      room: d.room,
      validFrom: year.startsOn,
    });

  // 7. Plans of the main subjects of 7А, 7Б and 1А, submitted by their teachers in August.
  const em = service.database.orm.em.fork();
  const planTopics = new Map<string, { id: string; seed: TopicSeed }[]>(); // by assignment
  let plans = 0;
  for (const classKey of FOCUS_CLASSES) {
    const c = cls(classKey);
    for (const p of DEMO_PLANS.filter((x) => x.grade === c.grade)) {
      const a = classAssignment.get(`${classKey}|${p.subject}`);
      if (!a || !curriculum.has(`${c.grade}|${p.subject}`))
        throw new Error(`Demo plan for ${classKey} ${p.subject}: no assignment or curriculum`);
      const plan = await submitPlan(as(teacher(a.teacherId)), {
        assignmentId: a.id,
        topics: p.topics.map((t) => ({
          title: t.title,
          hours: t.hours,
          kind: t.kind ?? 'regular',
        })),
      });
      const rows = await em.find(PlanTopic, { planId: plan.id }, { orderBy: { position: 'asc' } });
      planTopics.set(
        a.id,
        rows.map((row, i) => ({ id: row.id, seed: p.topics[i]! })),
      );
      plans++;
    }
  }

  // 8. Lessons: the whole year for the classes with a journal, this week and the next for the
  // others (their teachers have no logins, and every lesson is an event the other services take
  // in); an administrator generates the rest when the demo needs them.
  const focusIds = FOCUS_CLASSES.map((k) => cls(k).id);
  await generateYearLessons(as(admin), { yearId: year.id, classIds: focusIds });
  const monday = mondayOf(todayLocal);
  const from = monday > year.startsOn ? monday : year.startsOn;
  const lastDay = addDays(monday, 13);
  const to = lastDay < year.endsOn ? lastDay : year.endsOn;
  if (from <= to)
    await generateYearLessons(as(admin), {
      yearId: year.id,
      from,
      to,
      classIds: classes.map((c) => c.id).filter((id) => !focusIds.includes(id)),
    });

  // 9. The journal of the focus classes up to yesterday: each lesson recorded by its teacher
  // at 15:00 on the day, with homework for most lessons of the last four weeks.
  const records = journalRecords({
    lessons: await em.find(
      Lesson,
      { classId: { $in: focusIds } },
      { orderBy: { date: 'asc', lessonNumber: 'asc' } },
    ),
    todayLocal,
    classOf: (classId) => classes.find((c) => c.id === classId)!,
    subjectOf: (assignmentId) => assignmentSubject.get(assignmentId)!,
    planned: (assignmentId) => planTopics.get(assignmentId),
    hoursPerWeek: (grade, subject) => curriculum.get(`${grade}|${subject}`)?.hoursPerWeek ?? 1,
  });
  let homework = 0;
  for (const r of records) {
    await recordLesson(
      as(teacher(r.lesson.teacherId), localInstant(r.lesson.date, '15:00', TIME_ZONE)),
      {
        lessonId: r.lesson.id,
        ...(r.topicId ? { topicId: r.topicId } : { topicTitle: r.topicTitle }),
        workType: r.workType,
        homework: r.homework,
      },
    );
    homework += r.homework.length;
  }

  return {
    yearId: year.id,
    classes: classes.length,
    teachers: load.size,
    assignments: assignments.length,
    slots: drafts.length,
    plans,
    lessons: await em.count(Lesson, { schoolId: SCHOOL_ID }),
    conducted: records.length,
    homework,
  };
}

interface JournalRecord {
  lesson: Lesson;
  topicId: string | null;
  topicTitle: string;
  workType: string | null;
  homework: { text: string; dueOn: IsoDate | null; studentId?: string }[];
}

/**
 * What the teachers of the focus classes wrote in each lesson held before today: the plan's
 * topics in order (or the subject's usual topics where there is no plan, revision when they run
 * out), the work graded, and homework for most lessons of the last four weeks — none in grade 1
 * (СанПиН: first graders get no homework) and none after a control work. Petya gets one
 * individual homework after the last algebra lesson of 7А that has homework.
 */
function journalRecords(input: {
  lessons: readonly Lesson[];
  todayLocal: IsoDate;
  classOf: (classId: string) => DemoClass;
  subjectOf: (assignmentId: string) => SubjectKey;
  planned: (assignmentId: string) => { id: string; seed: TopicSeed }[] | undefined;
  hoursPerWeek: (grade: number, subject: SubjectKey) => number;
}): JournalRecord[] {
  const homeworkFrom = addDays(input.todayLocal, -28);
  const byAssignment = new Map<string, Lesson[]>();
  for (const l of input.lessons) {
    const list = byAssignment.get(l.assignmentId);
    if (list) list.push(l);
    else byAssignment.set(l.assignmentId, [l]);
  }
  const out: JournalRecord[] = [];
  let individual: { record: JournalRecord; dueOn: IsoDate | null } | null = null;
  for (const [assignmentId, lessons] of byAssignment) {
    const subject = input.subjectOf(assignmentId);
    const c = input.classOf(lessons[0]!.classId!);
    const planned = input.planned(assignmentId);
    const topics: { topic: TopicSeed; hour: number; id: string | null }[] = planned
      ? expandTopics(planned.map((t) => ({ ...t.seed, id: t.id }))).map((e) => ({
          topic: e.topic,
          hour: e.hour,
          id: e.topic.id,
        }))
      : expandTopics(DEMO_FREE_TOPICS[c.grade]?.[subject] ?? []).map((e) => ({ ...e, id: null }));
    lessons.forEach((lesson, k) => {
      if (lesson.date >= input.todayLocal) return;
      const entry = topics[k];
      const topic = entry?.topic ?? REVISION_TOPIC;
      const record: JournalRecord = {
        lesson,
        topicId: entry?.id ?? null,
        topicTitle: topic.title,
        workType: workTypeFor(subject, c.grade, topic.kind ?? 'regular', topic.title, k),
        homework: [],
      };
      out.push(record);
      if (lesson.date < homeworkFrom || c.grade === 1 || topic.kind === 'control') return;
      const dueOn = lessons[k + 1]?.date ?? null;
      if (subject === 'algebra' && c.key === '7А') individual = { record, dueOn };
      if (k % 5 === 4) return;
      const own = topic.homework;
      const text = own?.length
        ? own[(entry?.hour ?? 0) % own.length]!
        : demoHomework(subject, k, input.hoursPerWeek(c.grade, subject));
      if (text) record.homework.push({ text, dueOn });
    });
  }
  const last = individual as { record: JournalRecord; dueOn: IsoDate | null } | null;
  if (last)
    last.record.homework.push({
      text: individualHomework(last.record.topicTitle),
      dueOn: last.dueOn,
      studentId: PEOPLE.petya,
    });
  return out.sort(
    (a, b) =>
      a.lesson.date.localeCompare(b.lesson.date) || a.lesson.lessonNumber - b.lesson.lessonNumber,
  );
}
