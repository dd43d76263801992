import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { appendAudit } from '@dnevnik/audit';
import {
  CurriculumEvents,
  DEMO_SCHOOL,
  demoId,
  demoRoster,
  mulberry32,
  type DemoPersonKey,
} from '@dnevnik/contracts';
import { SYSTEM_ACTOR, type EventContext } from '@dnevnik/events';
import type { Logger } from '@dnevnik/logging';
import {
  addDays,
  localClock,
  localDateTime,
  validatePeriods,
  type IsoDate,
  type PeriodKind,
} from '../modules/calendar/index.js';
import { classOf, stageClassCreated } from '../modules/classes/index.js';
import { curriculumItemOf, type CurriculumItem } from '../modules/curriculum/index.js';
import { enrolmentOf, stageEnrolmentChanged } from '../modules/enrolments/index.js';
import { groupMemberOf, groupOf, stageGroupChanged } from '../modules/groups/index.js';
import {
  homeworkOf,
  Lesson,
  lessonOf,
  persistRevision,
  stageHomeworkAssigned,
  stageLessonEvent,
  type Homework,
} from '../modules/lesson/index.js';
import {
  planOf,
  planTopicOf,
  validatePlan,
  type LessonKind,
  type PlanTopic,
} from '../modules/plan/index.js';
import { bellOf, School, schoolOf, stageSchoolRegistered } from '../modules/schools/index.js';
import { subjectOf } from '../modules/subjects/index.js';
import {
  assignmentOf,
  stageAssignmentChanged,
  type TeachingAssignment,
} from '../modules/teaching/index.js';
import {
  buildTimetable,
  detectSlotClashes,
  generateLessons,
  TimetableSlot,
  type SlotOwner,
  type TimetableClass,
  type WeeklyItem,
} from '../modules/timetable/index.js';
import {
  AcademicYear,
  academicYearOf,
  periodOf,
  stagePeriodChanged,
} from '../modules/years/index.js';
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

const SEED_CONTEXT: EventContext = { actor: SYSTEM_ACTOR, correlationId: 'demo-seed' };
const SCHOOL_ID = DEMO_SCHOOL.schoolId;
const TIME_ZONE = 'Asia/Yekaterinburg';
const WORKING_WEEKDAYS = [1, 2, 3, 4, 5];
const PEOPLE = DEMO_SCHOOL.people;
/** The classes identity's demo people study and teach in: the only ones with a journal history. */
const FOCUS_CLASSES = ['7А', '7Б', '1А'];
const MAX_TEACHER_LOAD = 30;
const LESSON_BATCH = 2000;

/**
 * Fixed ids, so a rerun on a fresh database and the other services' demo data agree. Blocks stay
 * clear of the demo people (1001–4002, teachers 7001–7040, the roster's 200 000–402 130) and of
 * identity's rows; the roster's rows use its students' roster numbers r (demo-roster.ts).
 */
const ID = {
  year: demoId(11),
  bell: (n: number) => demoId(4500 + n),
  period: (n: number) => demoId(4600 + n),
  subject: (i: number) => demoId(5000 + i),
  curriculum: (n: number) => demoId(6000 + n),
  teacher: (k: number) => {
    // Identity's demo seed registers exactly these people; a teacher beyond them would be a dangling id.
    if (k > DEMO_SCHOOL.syntheticTeacherCount)
      throw new Error('demo seed needs more synthetic teachers');
    return demoId(7000 + k);
  },
  assignment: (n: number) => demoId(8000 + n),
  group: demoId(8900),
  groupMember: demoId(8901),
  enrolment: (n: number) => demoId(8950 + n),
  rosterEnrolment: (r: number) => demoId(2_000_000 + r),
  rosterGroupMember: (r: number) => demoId(2_100_000 + r),
  plan: (n: number) => demoId(9000 + n),
  planTopic: (plan: number, position: number) => demoId(60_000 + plan * 100 + position),
  slot: (n: number) => demoId(100_000 + n),
  lesson: (n: number) => demoId(1_000_000 + n),
  homework: (n: number) => demoId(3_000_000 + n),
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

/**
 * Seeds the demo school's curriculum side: the calendar of the year containing `today`, bells,
 * subjects, classes 1А–11Б, the curriculum, teaching assignments and a clash-free weekly
 * timetable for every class, the enrolments of every class's students (demoRoster: the named
 * ones and the synthetic ones), plans of the main subjects of 7А, 7Б and 1А, and all lessons of
 * the year, with the journal of 7А, 7Б and 1А filled in up to yesterday. Idempotent: does nothing
 * if the demo school exists. One transaction.
 */
export async function seedCurriculumDemo(
  orm: MikroORM,
  options: { logger: Logger; today: Date },
): Promise<CurriculumDemoResult> {
  const started = performance.now();
  const em = orm.em.fork();
  const todayLocal = localDateTime(options.today, TIME_ZONE).date;
  if (await em.findOne(School, { id: SCHOOL_ID })) {
    const years = await em.find(
      AcademicYear,
      { schoolId: SCHOOL_ID },
      { orderBy: { startsOn: 'desc' } },
    );
    const year = years.find((y) => y.startsOn <= todayLocal && todayLocal <= y.endsOn) ?? years[0];
    const lessons = await em.count(Lesson, { schoolId: SCHOOL_ID });
    return { created: false, schoolId: SCHOOL_ID, yearId: year?.id ?? ID.year, lessons };
  }

  const counts = await em.transactional((tx) => seedInTransaction(tx, todayLocal));
  options.logger.info(
    { ...counts, ms: Math.round(performance.now() - started) },
    'curriculum demo seeded',
  );
  return { created: true, schoolId: SCHOOL_ID, yearId: ID.year, lessons: counts.lessons };
}

async function audit(
  tx: EntityManager,
  action: string,
  entityType: string,
  entityId: string,
  after: unknown,
) {
  await appendAudit(tx, {
    chain: `school:${SCHOOL_ID}`,
    actorPersonId: null,
    actorRole: 'system',
    action: `demo.seeded.${action}`,
    entityType,
    entityId,
    schoolId: SCHOOL_ID,
    before: null,
    after,
  });
}

async function seedInTransaction(tx: EntityManager, todayLocal: IsoDate) {
  // 1. School, bells, subjects.
  const school = schoolOf({
    id: SCHOOL_ID,
    regionId: DEMO_SCHOOL.regionId,
    name: 'МАОУ «Средняя школа № 1»',
    timeZone: TIME_ZONE,
    workingWeekdays: [...WORKING_WEEKDAYS],
  });
  tx.persist(school);
  stageSchoolRegistered(tx, school, SEED_CONTEXT);
  BELLS.forEach(([startsAt, endsAt], i) =>
    tx.persist(bellOf(SCHOOL_ID, { lessonNumber: i + 1, startsAt, endsAt }, ID.bell(i + 1))),
  );
  const subjectId = new Map<SubjectKey, string>();
  DEMO_SUBJECTS.forEach((s, i) => {
    subjectId.set(s.key, ID.subject(i));
    tx.persist(subjectOf(SCHOOL_ID, s.name, ID.subject(i)));
  });
  const sid = (key: SubjectKey) => subjectId.get(key)!;
  await audit(tx, 'school', 'school', SCHOOL_ID, {
    name: 'МАОУ «Средняя школа № 1»',
    timeZone: TIME_ZONE,
    workingWeekdays: WORKING_WEEKDAYS,
    bells: BELLS.length,
    subjects: DEMO_SUBJECTS.length,
  });

  // 2. The academic year and its periods.
  const calendar = demoAcademicYear(todayLocal);
  const problems = validatePeriods(calendar.startsOn, calendar.endsOn, calendar.periods);
  if (problems.length > 0) throw new Error(`Demo calendar is invalid: ${problems.join(' ')}`);
  const year = academicYearOf(SCHOOL_ID, {
    id: ID.year,
    name: calendar.name,
    startsOn: calendar.startsOn,
    endsOn: calendar.endsOn,
  });
  tx.persist(year);
  const periods = calendar.periods.map((p, i) => {
    const period = periodOf(year.id, p, ID.period(i + 1));
    tx.persist(period);
    stagePeriodChanged(tx, period, { schoolId: SCHOOL_ID, reason: null }, SEED_CONTEXT);
    return period;
  });
  await audit(tx, 'year', 'academic_year', year.id, { ...calendar });

  // 3. Classes, the English subgroup of 7А, the enrolments of every class's students.
  const classes = demoClasses();
  const classByKey = new Map(classes.map((c) => [c.key, c]));
  const cls = (key: string) => classByKey.get(key)!;
  for (const c of classes) {
    const row = classOf(year, { id: c.id, grade: c.grade, letter: c.letter });
    tx.persist(row);
    stageClassCreated(tx, row, SEED_CONTEXT);
  }
  const group = groupOf(year, {
    id: ID.group,
    name: '7А — английский, группа 1',
    kind: 'subgroup',
    subjectId: sid('english'),
    classId: cls('7А').id,
  });
  tx.persist(group);
  const roster = demoRoster().students;
  // Group 1 is Petya and every other synthetic student of 7А: about half the class.
  const groupMembers = [
    { id: ID.groupMember, studentId: PEOPLE.petya },
    ...roster
      .filter((s) => s.named === null && s.classKey === '7А' && s.rosterNumber % 2 === 1)
      .map((s) => ({ id: ID.rosterGroupMember(s.rosterNumber), studentId: s.id })),
  ];
  for (const m of groupMembers)
    tx.persist(groupMemberOf(group.id, m.studentId, year.startsOn, m.id));
  stageGroupChanged(
    tx,
    group,
    groupMembers.map((m) => m.studentId),
    SEED_CONTEXT,
  );
  // The named students keep their enrolment ids; the roster's synthetic students follow them.
  const named: DemoPersonKey[] = ['petya', 'anya', 'masha', 'ilya'];
  const enrolments = [
    ...named.map((key, i) => ({
      id: ID.enrolment(i + 1),
      studentId: PEOPLE[key],
      classKey: roster.find((s) => s.named === key)!.classKey,
    })),
    ...roster
      .filter((s) => s.named === null)
      .map((s) => ({
        id: ID.rosterEnrolment(s.rosterNumber),
        studentId: s.id,
        classKey: s.classKey,
      })),
  ];
  const ORDER = 'Приказ № 112-у от 28.08';
  enrolments.forEach(({ id, studentId, classKey }) => {
    const e = enrolmentOf(
      studentId,
      cls(classKey).id,
      { startsOn: year.startsOn, reason: 'arrival', order: ORDER },
      id,
    );
    tx.persist(e);
    stageEnrolmentChanged(
      tx,
      e,
      { schoolId: SCHOOL_ID, change: 'arrival', order: ORDER },
      SEED_CONTEXT,
    );
  });
  await audit(tx, 'classes', 'academic_year', year.id, {
    classes: classes.map((c) => c.key),
    groups: [group.name],
    enrolments: enrolments.length,
  });

  // 4. Curriculum.
  const curriculum = new Map<string, CurriculumItem>();
  let curriculumN = 0;
  for (let grade = 1; grade <= 11; grade++) {
    for (const s of DEMO_SUBJECTS) {
      const perWeek = DEMO_CURRICULUM[grade]?.[s.key];
      if (!perWeek) continue;
      const item = curriculumItemOf(year.id, {
        id: ID.curriculum(++curriculumN),
        grade,
        subjectId: sid(s.key),
        hoursPerWeek: perWeek,
        hoursPerYear: perWeek * weeksInYear(grade),
      });
      tx.persist(item);
      curriculum.set(`${grade}|${s.key}`, item);
    }
  }
  await audit(tx, 'curriculum', 'academic_year', year.id, {
    items: curriculum.size,
    hoursPerWeekByGrade: Object.fromEntries(
      Object.entries(DEMO_CURRICULUM).map(([g, m]) => [
        g,
        Object.values(m).reduce((a, b) => a + (b ?? 0), 0),
      ]),
    ),
  });

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
  const newAssignment = (
    teacherId: string,
    subject: SubjectKey,
    target: { classId?: string; groupId?: string },
  ) => {
    const a = assignmentOf(year, {
      id: ID.assignment(assignments.length + 1),
      teacherId,
      subjectId: sid(subject),
      ...target,
      startsOn: year.startsOn,
    });
    assignments.push(a);
    assignmentSubject.set(a.id, subject);
    tx.persist(a);
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
      const a = newAssignment(teacherId, s.key, { classId: c.id });
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
  const groupAssignment = newAssignment(classAssignment.get('7А|english')!.teacherId, 'english', {
    groupId: group.id,
  });
  for (const a of assignments) stageAssignmentChanged(tx, a, SEED_CONTEXT);

  // 6. The weekly timetable of every class.
  const rngFor = (attempt: number) => mulberry32(TIMETABLE_SEED + attempt);
  const slots: TimetableSlot[] = buildTimetable(weekly, rngFor).map((d, i) => ({
    id: ID.slot(i + 1),
    assignmentId: d.assignmentId,
    weekday: d.weekday,
    lessonNumber: d.lessonNumber,
    room: d.room,
    validFrom: year.startsOn,
    validTo: null,
  }));
  const owners = new Map<string, SlotOwner>(
    assignments.map((a) => [
      a.id,
      { teacherId: a.teacherId, classId: a.classId, groupId: a.groupId },
    ]),
  );
  const clashes = detectSlotClashes(slots, owners);
  if (clashes.length > 0)
    throw new Error(`Demo timetable clashes: ${clashes.slice(0, 5).join(' ')}`);
  await tx.flush();
  await tx.insertMany(TimetableSlot, slots);
  await audit(tx, 'timetable', 'academic_year', year.id, {
    teachers: load.size,
    assignments: assignments.length,
    slots: slots.length,
    groupAssignments: [groupAssignment.id],
  });

  // 7. Plans of the main subjects of 7А, 7Б and 1А, submitted before 1 September.
  const planTopics = new Map<string, { row: PlanTopic; seed: TopicSeed }[]>(); // by assignment
  let planN = 0;
  let topicCount = 0;
  const submittedAt = localInstant(addDays(year.startsOn, -4), '10:00', TIME_ZONE);
  for (const classKey of FOCUS_CLASSES) {
    const c = cls(classKey);
    for (const p of DEMO_PLANS.filter((x) => x.grade === c.grade)) {
      const a = classAssignment.get(`${classKey}|${p.subject}`);
      const item = curriculum.get(`${c.grade}|${p.subject}`);
      if (!a || !item)
        throw new Error(`Demo plan for ${classKey} ${p.subject}: no assignment or curriculum`);
      const inputs = p.topics.map((t) => ({
        title: t.title,
        hours: t.hours,
        kind: t.kind ?? 'regular',
      }));
      const verdict = validatePlan(inputs, item.hoursPerYear);
      if (!verdict.ok)
        throw new Error(`Demo plan ${classKey} ${p.subject}: ${verdict.problems.join(' ')}`);
      const n = ++planN;
      const plan = planOf(a.id, {
        id: ID.plan(n),
        version: 1,
        totalHours: item.hoursPerYear,
        submittedBy: a.teacherId,
        submittedAt,
        late: false,
      });
      tx.persist(plan);
      const rows = p.topics.map((t, i) => {
        const row = planTopicOf(plan.id, i + 1, inputs[i]!, ID.planTopic(n, i + 1));
        tx.persist(row);
        return { row, seed: t };
      });
      topicCount += rows.length;
      planTopics.set(a.id, rows);
    }
  }
  await tx.flush();
  await audit(tx, 'plans', 'academic_year', year.id, { plans: planN, topics: topicCount });

  // 8. Lessons of the whole year for every class. Outbox events go out only for 7А, 7Б and 1А,
  // whose people exist in identity's demo: ~2 500 events instead of ~18 000 keeps the outbox
  // (and the first relay run) small, and no other service has use for the rest yet.
  const assignmentById = new Map(assignments.map((a) => [a.id, a]));
  const classById = new Map(classes.map((c) => [c.id, c]));
  const focusIds = new Set(FOCUS_CLASSES.map((k) => cls(k).id));
  const generated = generateLessons({
    slots,
    periods,
    from: year.startsOn,
    to: year.endsOn,
    workingWeekdays: WORKING_WEEKDAYS,
  });
  // Each assignment's lessons in order, to number them and to find the next one (homework due).
  const datesByAssignment = new Map<string, IsoDate[]>();
  for (const g of generated) {
    const list = datesByAssignment.get(g.assignmentId);
    if (list) list.push(g.date);
    else datesByAssignment.set(g.assignmentId, [g.date]);
  }
  const position = new Map<string, number>();
  const homeworkFrom = addDays(todayLocal, -28);
  const now = new Date();
  let conducted = 0;
  let homeworkCount = 0;
  let individual: { lesson: Lesson; topicTitle: string; dueOn: IsoDate | null } | null = null;
  const topicLists = new Map<string, { topic: TopicSeed; hour: number; id: string | null }[]>();
  const topicsFor = (a: TeachingAssignment, grade: number) => {
    let list = topicLists.get(a.id);
    if (!list) {
      const planned = planTopics.get(a.id);
      list = planned
        ? expandTopics(planned.map((t) => ({ ...t.seed, id: t.row.id }))).map((e) => ({
            topic: e.topic,
            hour: e.hour,
            id: e.topic.id,
          }))
        : expandTopics(DEMO_FREE_TOPICS[grade]?.[assignmentSubject.get(a.id)!] ?? []).map((e) => ({
            ...e,
            id: null,
          }));
      topicLists.set(a.id, list);
    }
    return list;
  };

  let lessonCount = 0;
  for (let start = 0; start < generated.length; start += LESSON_BATCH) {
    const batch: Lesson[] = [];
    for (const g of generated.slice(start, start + LESSON_BATCH)) {
      const a = assignmentById.get(g.assignmentId)!;
      const lesson = lessonOf(a, {
        id: ID.lesson(start + batch.length + 1),
        date: g.date,
        lessonNumber: g.lessonNumber,
        room: g.room,
        source: 'timetable',
        slotId: g.timetableSlotId,
      });
      batch.push(lesson);
      if (!a.classId || !focusIds.has(a.classId)) continue;

      stageLessonEvent(tx, CurriculumEvents.lessonScheduled, lesson, SEED_CONTEXT);
      const k = position.get(a.id) ?? 0;
      position.set(a.id, k + 1);
      if (lesson.date >= todayLocal) continue;

      // Held before today: the record the teacher made on the day, on time.
      const c = classById.get(a.classId)!;
      const subject = assignmentSubject.get(a.id)!;
      const entry = topicsFor(a, c.grade)[k];
      const topic = entry?.topic ?? REVISION_TOPIC;
      Object.assign(lesson, {
        status: 'conducted',
        topicId: entry?.id ?? null,
        topicTitle: topic.title,
        workType: workTypeFor(subject, c.grade, topic.kind ?? 'regular', topic.title, k),
        conductedBy: a.teacherId,
        recordedAt: localInstant(lesson.date, '15:00', TIME_ZONE),
        recordStatus: 'on_time',
      });
      conducted++;
      stageLessonEvent(tx, CurriculumEvents.lessonConducted, lesson, SEED_CONTEXT);

      // Homework for most lessons of the last four weeks; none in grade 1 (СанПиН: first
      // graders get no homework) and none after a control work.
      if (lesson.date < homeworkFrom || c.grade === 1 || topic.kind === 'control') continue;
      const dueOn = datesByAssignment.get(a.id)?.[k + 1] ?? null;
      if (subject === 'algebra' && c.key === '7А') {
        individual = { lesson, topicTitle: topic.title, dueOn };
      }
      if (k % 5 === 4) continue;
      const own = topic.homework;
      const text = own?.length
        ? own[(entry?.hour ?? 0) % own.length]!
        : demoHomework(subject, k, curriculum.get(`${c.grade}|${subject}`)?.hoursPerWeek ?? 1);
      if (!text) continue;
      const hw = homeworkOf(lesson, {
        id: ID.homework(++homeworkCount),
        studentId: null,
        text,
        dueOn,
        createdBy: a.teacherId,
        createdAt: now,
      });
      tx.persist(hw);
      stageHomework(tx, hw, lesson);
    }
    await tx.insertMany(Lesson, batch);
    lessonCount += batch.length;
    await tx.flush();
  }

  // One individual homework: Petya gets extra practice after the last algebra lesson of 7А.
  if (individual) {
    const hw = homeworkOf(individual.lesson, {
      id: ID.homework(++homeworkCount),
      studentId: PEOPLE.petya,
      text: individualHomework(individual.topicTitle),
      dueOn: individual.dueOn,
      createdBy: individual.lesson.teacherId,
      createdAt: now,
    });
    tx.persist(hw);
    stageHomework(tx, hw, individual.lesson);
    await tx.flush();
  }
  await audit(tx, 'lessons', 'academic_year', year.id, {
    from: year.startsOn,
    to: year.endsOn,
    lessons: lessonCount,
    conducted,
    homework: homeworkCount,
    recordedClasses: FOCUS_CLASSES,
  });

  return {
    classes: classes.length,
    teachers: load.size,
    assignments: assignments.length,
    slots: slots.length,
    plans: planN,
    lessons: lessonCount,
    conducted,
    homework: homeworkCount,
  };
}

/** A demo homework's first version (G1: every version is kept) and its announcement. */
function stageHomework(tx: EntityManager, hw: Homework, lesson: Lesson) {
  persistRevision(tx, hw, 'assigned', [], hw.createdBy, hw.createdAt);
  stageHomeworkAssigned(tx, hw, lesson, SEED_CONTEXT);
}
