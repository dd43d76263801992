import type { EntityManager } from '@mikro-orm/postgresql';
import { v7 as uuidv7 } from 'uuid';
import { stageEvent } from '@dnevnik/events';
import {
  badInput,
  conflict,
  forbidden,
  notFound,
  requireDate,
  requireText,
  requireUuid,
} from '@dnevnik/errors';
import { eventContext, type CurriculumContext } from '../../context.js';
import {
  canManageStructure,
  canManageSubgroups,
  canRegisterSchool,
  isSchoolStaff,
} from '../../curriculum.access.js';
import { CurriculumEvents } from '@dnevnik/contracts';
import { validatePeriods } from '../calendar/calendar.rules.js';
import type { PeriodKind } from '../calendar/calendar.types.js';
import { audit, inTransaction, viewerOf } from '../shared.js';
import { CurriculumItem, IndividualCurriculumItem } from '../teaching/teaching.entities.js';
import {
  AcademicYear,
  Bell,
  Enrolment,
  GroupMember,
  Period,
  SchoolClass,
  School,
  StudyGroup,
  Subject,
  type GroupKind,
} from './structure.entities.js';

export async function requireSchool(em: EntityManager, schoolId: string): Promise<School> {
  const school = await em.findOne(School, { id: requireUuid(schoolId, 'schoolId') });
  if (!school) throw notFound('Школа');
  return school;
}

function requireAdmin(ctx: CurriculumContext, schoolId: string) {
  const viewer = viewerOf(ctx);
  if (!canManageStructure(viewer, schoolId)) throw forbidden('Это делает администратор школы.');
  return viewer;
}

export async function requireYear(em: EntityManager, yearId: string): Promise<AcademicYear> {
  const year = await em.findOne(AcademicYear, { id: requireUuid(yearId, 'yearId') });
  if (!year) throw notFound('Учебный год');
  return year;
}

export interface PeriodInput {
  kind: PeriodKind;
  name: string;
  startsOn: string;
  endsOn: string;
}

/** S1: a year with its study periods and holidays, checked as a whole. */
export async function createAcademicYear(
  ctx: CurriculumContext,
  input: {
    schoolId: string;
    name: string;
    startsOn: string;
    endsOn: string;
    periods: PeriodInput[];
  },
): Promise<AcademicYear> {
  requireAdmin(ctx, input.schoolId);
  const name = requireText(input.name, 'name', 20);
  requireDate(input.startsOn, 'startsOn');
  requireDate(input.endsOn, 'endsOn');
  input.periods.forEach((p, i) => {
    requireDate(p.startsOn, `periods[${i}].startsOn`);
    requireDate(p.endsOn, `periods[${i}].endsOn`);
    requireText(p.name, `periods[${i}].name`, 50);
  });
  const problems = validatePeriods(input.startsOn, input.endsOn, input.periods);
  if (problems.length > 0) throw badInput(problems.join(' '), { problems });
  return inTransaction(ctx, async (tx) => {
    await requireSchool(tx, input.schoolId);
    if (await tx.findOne(AcademicYear, { schoolId: input.schoolId, name }))
      throw conflict(`Учебный год ${name} уже есть.`);
    const year = Object.assign(new AcademicYear(), {
      id: uuidv7(),
      schoolId: input.schoolId,
      name,
      startsOn: input.startsOn,
      endsOn: input.endsOn,
    });
    tx.persist(year);
    for (const p of input.periods) {
      const period = Object.assign(new Period(), {
        id: uuidv7(),
        yearId: year.id,
        kind: p.kind,
        name: p.name.trim(),
        startsOn: p.startsOn,
        endsOn: p.endsOn,
      });
      tx.persist(period);
      stageEvent(tx, CurriculumEvents.periodChanged, {
        aggregateId: period.id,
        schoolId: input.schoolId,
        data: {
          periodId: period.id,
          yearId: year.id,
          schoolId: input.schoolId,
          kind: period.kind,
          name: period.name,
          startsOn: period.startsOn,
          endsOn: period.endsOn,
          reason: null,
        },
        context: eventContext(ctx, 'school_admin'),
      });
    }
    await audit(tx, ctx, {
      schoolId: input.schoolId,
      role: 'school_admin',
      action: 'year.created',
      entityType: 'academic_year',
      entityId: year.id,
      before: null,
      after: { ...year, periods: input.periods },
    });
    return year;
  });
}

/** S1: a period moved by the director's order (quarantine, moved holidays), with its reason. */
export async function changePeriod(
  ctx: CurriculumContext,
  input: { periodId: string; startsOn: string; endsOn: string; orderRef: string; reason: string },
): Promise<Period> {
  requireDate(input.startsOn, 'startsOn');
  requireDate(input.endsOn, 'endsOn');
  const orderRef = requireText(input.orderRef, 'orderRef', 100);
  const reason = requireText(input.reason, 'reason', 500, 3);
  return inTransaction(ctx, async (tx) => {
    const period = await tx.findOne(Period, { id: requireUuid(input.periodId, 'periodId') });
    if (!period) throw notFound('Период');
    const year = await requireYear(tx, period.yearId);
    requireAdmin(ctx, year.schoolId);
    const others = await tx.find(Period, { yearId: year.id, id: { $ne: period.id } });
    const problems = validatePeriods(year.startsOn, year.endsOn, [
      ...others,
      { ...period, startsOn: input.startsOn, endsOn: input.endsOn },
    ]);
    if (problems.length > 0) throw badInput(problems.join(' '), { problems });
    const before = { startsOn: period.startsOn, endsOn: period.endsOn };
    Object.assign(period, {
      startsOn: input.startsOn,
      endsOn: input.endsOn,
      orderRef,
      changeReason: reason,
      updatedAt: new Date(),
    });
    stageEvent(tx, CurriculumEvents.periodChanged, {
      aggregateId: period.id,
      schoolId: year.schoolId,
      data: {
        periodId: period.id,
        yearId: year.id,
        schoolId: year.schoolId,
        kind: period.kind,
        name: period.name,
        startsOn: period.startsOn,
        endsOn: period.endsOn,
        reason,
      },
      context: eventContext(ctx, 'school_admin'),
    });
    await audit(tx, ctx, {
      schoolId: year.schoolId,
      role: 'school_admin',
      action: 'period.changed',
      entityType: 'period',
      entityId: period.id,
      before,
      after: { startsOn: period.startsOn, endsOn: period.endsOn, orderRef, reason },
    });
    return period;
  });
}

const LETTER = /^[А-ЯЁ]{1,2}$/u;

export async function createClass(
  ctx: CurriculumContext,
  input: { yearId: string; grade: number; letter: string },
): Promise<SchoolClass> {
  if (!Number.isInteger(input.grade) || input.grade < 1 || input.grade > 11)
    throw badInput('Параллель — от 1 до 11.', { field: 'grade' });
  const letter = input.letter.trim().toUpperCase();
  if (!LETTER.test(letter))
    throw badInput('Буква класса — одна или две заглавные русские буквы.', { field: 'letter' });
  return inTransaction(ctx, async (tx) => {
    const year = await requireYear(tx, input.yearId);
    requireAdmin(ctx, year.schoolId);
    if (await tx.findOne(SchoolClass, { yearId: year.id, grade: input.grade, letter }))
      throw conflict(`Класс ${input.grade}${letter} уже есть.`);
    const cls = Object.assign(new SchoolClass(), {
      id: uuidv7(),
      schoolId: year.schoolId,
      yearId: year.id,
      grade: input.grade,
      letter,
      name: `${input.grade}${letter}`,
    });
    tx.persist(cls);
    stageEvent(tx, CurriculumEvents.classCreated, {
      aggregateId: cls.id,
      schoolId: cls.schoolId,
      data: {
        classId: cls.id,
        schoolId: cls.schoolId,
        yearId: cls.yearId,
        grade: cls.grade,
        letter: cls.letter,
        name: cls.name,
      },
      context: eventContext(ctx, 'school_admin'),
    });
    await audit(tx, ctx, {
      schoolId: cls.schoolId,
      role: 'school_admin',
      action: 'class.created',
      entityType: 'school_class',
      entityId: cls.id,
      before: null,
      after: cls,
    });
    return cls;
  });
}

/** Students enrolled in the class on the given date (S3). */
export async function studentsOfClassOn(
  em: EntityManager,
  classId: string,
  date: string,
): Promise<string[]> {
  const rows = await em.find(
    Enrolment,
    { classId, startsOn: { $lte: date }, $or: [{ endsOn: null }, { endsOn: { $gt: date } }] },
    { orderBy: { startsOn: 'asc' } },
  );
  return rows.map((e) => e.studentId);
}

/** Who was in a class on a date: staff only (the list names children). */
export async function classRoster(
  ctx: CurriculumContext,
  classId: string,
  date: string,
): Promise<string[]> {
  requireDate(date, 'date');
  const cls = await ctx.loaders.schoolClass.load(requireUuid(classId, 'classId'));
  if (!cls) throw notFound('Класс');
  if (!isSchoolStaff(viewerOf(ctx), cls.schoolId))
    throw forbidden('Списки классов видят работники школы.');
  return studentsOfClassOn(ctx.em, cls.id, date);
}

type EnrolmentChange = 'arrival' | 'transfer_in' | 'transfer_out' | 'departure';

function stageEnrolment(
  tx: EntityManager,
  ctx: CurriculumContext,
  e: Enrolment,
  schoolId: string,
  change: EnrolmentChange,
  order: string,
) {
  stageEvent(tx, CurriculumEvents.enrolmentChanged, {
    aggregateId: e.studentId,
    schoolId,
    data: {
      enrolmentId: e.id,
      studentId: e.studentId,
      classId: e.classId,
      schoolId,
      startsOn: e.startsOn,
      endsOn: e.endsOn,
      change,
      order,
    },
    context: eventContext(ctx, 'school_admin'),
  });
}

/**
 * S3: arrival, transfer between classes and departure, each on a date and under an order.
 * History is kept: a movement closes the open enrolment and, unless the student leaves, opens one.
 */
export async function moveStudent(
  ctx: CurriculumContext,
  input: { studentId: string; toClassId?: string | null; onDate: string; order: string },
): Promise<Enrolment | null> {
  const studentId = requireUuid(input.studentId, 'studentId');
  requireDate(input.onDate, 'onDate');
  const order = requireText(input.order, 'order', 100);
  return inTransaction(ctx, async (tx) => {
    const open = await tx.findOne(Enrolment, { studentId, endsOn: null });
    const target = input.toClassId
      ? await tx.findOne(SchoolClass, { id: requireUuid(input.toClassId, 'toClassId') })
      : null;
    if (input.toClassId && !target) throw notFound('Класс');
    const from = open ? await tx.findOneOrFail(SchoolClass, { id: open.classId }) : null;
    const schoolId = (target ?? from)?.schoolId;
    if (!schoolId) throw badInput('Ученик не зачислен ни в один класс: укажите класс зачисления.');
    requireAdmin(ctx, schoolId);
    if (from && target && from.schoolId !== target.schoolId)
      throw badInput('Перевод между школами оформляется выбытием и прибытием.');
    if (open && target && open.classId === target.id)
      throw conflict(`Ученик уже в классе ${target.name}.`);
    if (open && input.onDate <= open.startsOn)
      throw badInput('Дата движения должна быть позже даты зачисления в текущий класс.');
    if (open) {
      const before = { endsOn: open.endsOn };
      open.endsOn = input.onDate;
      open.endReason = target ? 'transfer' : 'departure';
      open.endOrder = order;
      stageEnrolment(tx, ctx, open, schoolId, target ? 'transfer_out' : 'departure', order);
      await audit(tx, ctx, {
        schoolId,
        role: 'school_admin',
        action: target ? 'enrolment.transferred_out' : 'enrolment.departed',
        entityType: 'enrolment',
        entityId: open.id,
        before,
        after: { endsOn: open.endsOn, order },
      }); // The unit of work inserts before it updates; the old row must be closed first, or the
      // "one open enrolment per student" index refuses the new one.
      await tx.flush();
    }
    if (!target) return null;
    const next = Object.assign(new Enrolment(), {
      id: uuidv7(),
      studentId,
      classId: target.id,
      startsOn: input.onDate,
      startReason: open ? 'transfer' : 'arrival',
      startOrder: order,
    });
    tx.persist(next);
    stageEnrolment(tx, ctx, next, schoolId, open ? 'transfer_in' : 'arrival', order);
    await audit(tx, ctx, {
      schoolId,
      role: 'school_admin',
      action: open ? 'enrolment.transferred_in' : 'enrolment.arrived',
      entityType: 'enrolment',
      entityId: next.id,
      before: null,
      after: next,
    });
    return next;
  });
}

export async function enrolmentHistory(
  ctx: CurriculumContext,
  studentId: string,
): Promise<Enrolment[]> {
  const rows = await ctx.em.find(
    Enrolment,
    { studentId: requireUuid(studentId, 'studentId') },
    { orderBy: { startsOn: 'asc' } },
  );
  const audience = await ctx.audience();
  const viewer = viewerOf(ctx);
  const allowed = await Promise.all(
    rows.map(async (e) => {
      const cls = await ctx.loaders.schoolClass.load(e.classId);
      return (
        (cls && isSchoolStaff(viewer, cls.schoolId)) ||
        audience.some((a) => a.studentId === e.studentId)
      );
    }),
  );
  if (rows.length > 0 && !allowed.some(Boolean))
    throw forbidden('Нет доступа к движению этого ученика.');
  return rows.filter((_, i) => allowed[i]);
}

export async function createSubject(
  ctx: CurriculumContext,
  input: { schoolId: string; name: string },
): Promise<Subject> {
  requireAdmin(ctx, input.schoolId);
  const name = requireText(input.name, 'name', 100);
  return inTransaction(ctx, async (tx) => {
    await requireSchool(tx, input.schoolId);
    if (await tx.findOne(Subject, { schoolId: input.schoolId, name }))
      throw conflict(`Предмет «${name}» уже есть.`);
    const subject = Object.assign(new Subject(), { id: uuidv7(), schoolId: input.schoolId, name });
    tx.persist(subject);
    await audit(tx, ctx, {
      schoolId: input.schoolId,
      role: 'school_admin',
      action: 'subject.created',
      entityType: 'subject',
      entityId: subject.id,
      before: null,
      after: subject,
    });
    return subject;
  });
}

/** S4: hours of a subject in a grade for the year; a repeated call replaces the hours, audited. */
export async function setCurriculumItem(
  ctx: CurriculumContext,
  input: {
    yearId: string;
    grade: number;
    subjectId: string;
    hoursPerWeek: number;
    hoursPerYear: number;
  },
): Promise<CurriculumItem> {
  if (!Number.isInteger(input.grade) || input.grade < 1 || input.grade > 11)
    throw badInput('Параллель — от 1 до 11.', { field: 'grade' });
  if (!(input.hoursPerWeek > 0 && input.hoursPerWeek <= 12))
    throw badInput('Часов в неделю — от 0,5 до 12.', { field: 'hoursPerWeek' });
  if (!Number.isInteger(input.hoursPerYear) || input.hoursPerYear < 1 || input.hoursPerYear > 408) {
    throw badInput('Часов в год — целое число от 1 до 408.', { field: 'hoursPerYear' });
  }
  return inTransaction(ctx, async (tx) => {
    const year = await requireYear(tx, input.yearId);
    requireAdmin(ctx, year.schoolId);
    const subject = await tx.findOne(Subject, {
      id: requireUuid(input.subjectId, 'subjectId'),
      schoolId: year.schoolId,
    });
    if (!subject) throw notFound('Предмет');
    const existing = await tx.findOne(CurriculumItem, {
      yearId: year.id,
      grade: input.grade,
      subjectId: subject.id,
    });
    const item =
      existing ??
      Object.assign(new CurriculumItem(), {
        id: uuidv7(),
        yearId: year.id,
        grade: input.grade,
        subjectId: subject.id,
      });
    const before = existing
      ? { hoursPerWeek: existing.hoursPerWeek, hoursPerYear: existing.hoursPerYear }
      : null;
    Object.assign(item, { hoursPerWeek: input.hoursPerWeek, hoursPerYear: input.hoursPerYear });
    tx.persist(item);
    await audit(tx, ctx, {
      schoolId: year.schoolId,
      role: 'school_admin',
      action: 'curriculum.set',
      entityType: 'curriculum_item',
      entityId: item.id,
      before,
      after: {
        grade: item.grade,
        subjectId: item.subjectId,
        hoursPerWeek: item.hoursPerWeek,
        hoursPerYear: item.hoursPerYear,
      },
    });
    return item;
  });
}

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

export async function setBellSchedule(
  ctx: CurriculumContext,
  input: { schoolId: string; bells: { lessonNumber: number; startsAt: string; endsAt: string }[] },
): Promise<Bell[]> {
  requireAdmin(ctx, input.schoolId);
  for (const b of input.bells) {
    if (!TIME.test(b.startsAt) || !TIME.test(b.endsAt) || b.endsAt <= b.startsAt) {
      throw badInput(`Урок ${b.lessonNumber}: время в формате ЧЧ:ММ, окончание позже начала.`);
    }
  }
  return inTransaction(ctx, async (tx) => {
    await requireSchool(tx, input.schoolId);
    const existing = await tx.find(Bell, { schoolId: input.schoolId });
    const before = existing.map((b) => ({
      lessonNumber: b.lessonNumber,
      startsAt: b.startsAt,
      endsAt: b.endsAt,
    }));
    existing.forEach((b) => tx.remove(b));
    await tx.flush();
    const bells = input.bells.map((b) =>
      Object.assign(new Bell(), { id: uuidv7(), schoolId: input.schoolId, ...b }),
    );
    tx.persist(bells);
    await audit(tx, ctx, {
      schoolId: input.schoolId,
      role: 'school_admin',
      action: 'bells.set',
      entityType: 'school',
      entityId: input.schoolId,
      before,
      after: input.bells,
    });
    return bells;
  });
}

/** S2: a subgroup of a class or a cross-class group, with its members from a date. */
export async function createGroup(
  ctx: CurriculumContext,
  input: {
    yearId: string;
    name: string;
    kind: GroupKind;
    classId?: string | null;
    subjectId?: string | null;
    memberIds: string[];
    fromDate: string;
  },
): Promise<StudyGroup> {
  const name = requireText(input.name, 'name', 100);
  requireDate(input.fromDate, 'fromDate');
  input.memberIds.forEach((id) => requireUuid(id, 'memberIds'));
  if (input.kind === 'subgroup' && !input.classId)
    throw badInput('Подгруппа создаётся внутри класса: укажите класс.', { field: 'classId' });
  return inTransaction(ctx, async (tx) => {
    const year = await requireYear(tx, input.yearId);
    if (
      !canManageSubgroups(viewerOf(ctx), year.schoolId, input.classId ?? null) ||
      (input.kind !== 'subgroup' && !canManageStructure(viewerOf(ctx), year.schoolId))
    ) {
      throw forbidden('Подгруппы делит классный руководитель, группы создаёт администратор.');
    }
    if (input.classId) {
      const inClass = new Set(
        await studentsOfClassOn(tx, requireUuid(input.classId, 'classId'), input.fromDate),
      );
      const outsiders = input.memberIds.filter((id) => !inClass.has(id));
      if (outsiders.length > 0)
        throw badInput(
          `В подгруппу можно включить только учеников класса (лишних: ${outsiders.length}).`,
        );
    }
    const group = Object.assign(new StudyGroup(), {
      id: uuidv7(),
      schoolId: year.schoolId,
      yearId: year.id,
      name,
      kind: input.kind,
      classId: input.classId ?? null,
      subjectId: input.subjectId ?? null,
    });
    tx.persist(group);
    for (const studentId of new Set(input.memberIds)) {
      tx.persist(
        Object.assign(new GroupMember(), {
          id: uuidv7(),
          groupId: group.id,
          studentId,
          joinedOn: input.fromDate,
        }),
      );
    }
    stageEvent(tx, CurriculumEvents.groupChanged, {
      aggregateId: group.id,
      schoolId: year.schoolId,
      data: {
        groupId: group.id,
        schoolId: year.schoolId,
        classId: group.classId,
        subjectId: group.subjectId,
        kind: group.kind,
        memberIds: [...new Set(input.memberIds)],
      },
      context: eventContext(ctx, null),
    });
    await audit(tx, ctx, {
      schoolId: year.schoolId,
      role: null,
      action: 'group.created',
      entityType: 'study_group',
      entityId: group.id,
      before: null,
      after: { ...group, memberIds: input.memberIds },
    });
    return group;
  });
}

/** S4: a student's individual curriculum for a subject, with the reason (e.g. home schooling). */
export async function setIndividualCurriculumItem(
  ctx: CurriculumContext,
  input: {
    yearId: string;
    studentId: string;
    subjectId: string;
    hoursPerYear: number;
    reason: string;
  },
): Promise<IndividualCurriculumItem> {
  const studentId = requireUuid(input.studentId, 'studentId');
  const reason = requireText(input.reason, 'reason', 500, 3);
  if (!Number.isInteger(input.hoursPerYear) || input.hoursPerYear < 0 || input.hoursPerYear > 408) {
    throw badInput('Часов в год — целое число от 0 до 408.', { field: 'hoursPerYear' });
  }
  return inTransaction(ctx, async (tx) => {
    const year = await requireYear(tx, input.yearId);
    requireAdmin(ctx, year.schoolId);
    const subject = await tx.findOne(Subject, {
      id: requireUuid(input.subjectId, 'subjectId'),
      schoolId: year.schoolId,
    });
    if (!subject) throw notFound('Предмет');
    const existing = await tx.findOne(IndividualCurriculumItem, {
      yearId: year.id,
      studentId,
      subjectId: subject.id,
    });
    const item =
      existing ??
      Object.assign(new IndividualCurriculumItem(), {
        id: uuidv7(),
        yearId: year.id,
        studentId,
        subjectId: subject.id,
      });
    const before = existing
      ? { hoursPerYear: existing.hoursPerYear, reason: existing.reason }
      : null;
    Object.assign(item, { hoursPerYear: input.hoursPerYear, reason });
    tx.persist(item);
    await audit(tx, ctx, {
      schoolId: year.schoolId,
      role: 'school_admin',
      action: 'curriculum.individual_set',
      entityType: 'individual_curriculum_item',
      entityId: item.id,
      before,
      after: { studentId, subjectId: subject.id, hoursPerYear: item.hoursPerYear, reason },
    });
    return item;
  });
}

function validTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('ru-RU', { timeZone });
    return true;
  } catch {
    return false;
  }
}

/** A school of the region, with the time zone its deadlines are counted in. */
export async function registerSchool(
  ctx: CurriculumContext,
  input: {
    id?: string | null;
    regionId: string;
    name: string;
    timeZone: string;
    workingWeekdays?: number[] | null;
  },
): Promise<School> {
  const regionId = requireUuid(input.regionId, 'regionId');
  if (!canRegisterSchool(viewerOf(ctx), regionId))
    throw forbidden('Школы региона регистрирует орган управления образованием.');
  const name = requireText(input.name, 'name', 300, 3);
  if (!validTimeZone(input.timeZone) || !input.timeZone.includes('/')) {
    throw badInput('Часовой пояс — название из базы IANA, например Asia/Yekaterinburg.', {
      field: 'timeZone',
    });
  }
  const weekdays = [...new Set(input.workingWeekdays ?? [1, 2, 3, 4, 5])].sort();
  if (weekdays.length < 5 || weekdays.some((d) => !Number.isInteger(d) || d < 1 || d > 7)) {
    throw badInput('Рабочие дни — пятидневка или шестидневка (числа 1–7).', {
      field: 'workingWeekdays',
    });
  }
  return inTransaction(ctx, async (tx) => {
    if (input.id && (await tx.findOne(School, { id: requireUuid(input.id, 'id') }))) {
      throw conflict('Школа с таким идентификатором уже зарегистрирована.');
    }
    const school = Object.assign(new School(), {
      id: input.id ? requireUuid(input.id, 'id') : uuidv7(),
      regionId,
      name,
      timeZone: input.timeZone,
      workingWeekdays: weekdays,
    });
    tx.persist(school);
    stageEvent(tx, CurriculumEvents.schoolRegistered, {
      aggregateId: school.id,
      schoolId: school.id,
      data: {
        schoolId: school.id,
        regionId,
        name,
        timeZone: school.timeZone,
        workingWeekdays: weekdays,
      },
      context: eventContext(ctx, 'regional_official'),
    });
    await audit(tx, ctx, {
      schoolId: school.id,
      role: 'regional_official',
      action: 'school.registered',
      entityType: 'school',
      entityId: school.id,
      before: null,
      after: school,
    });
    return school;
  });
}

/** S2: students join or leave a group from a date; the history of membership stays. */
export async function changeGroupMembers(
  ctx: CurriculumContext,
  input: { groupId: string; add?: string[] | null; remove?: string[] | null; onDate: string },
): Promise<StudyGroup> {
  requireDate(input.onDate, 'onDate');
  const add = [...new Set((input.add ?? []).map((id) => requireUuid(id, 'add')))];
  const remove = [...new Set((input.remove ?? []).map((id) => requireUuid(id, 'remove')))];
  return inTransaction(ctx, async (tx) => {
    const group = await tx.findOne(StudyGroup, { id: requireUuid(input.groupId, 'groupId') });
    if (!group) throw notFound('Группа');
    const viewer = viewerOf(ctx);
    const allowed =
      group.kind === 'subgroup'
        ? canManageSubgroups(viewer, group.schoolId, group.classId)
        : canManageStructure(viewer, group.schoolId);
    if (!allowed)
      throw forbidden('Состав подгруппы меняет классный руководитель, групп — администратор.');
    if (group.classId && add.length > 0) {
      const inClass = new Set(await studentsOfClassOn(tx, group.classId, input.onDate));
      if (add.some((id) => !inClass.has(id)))
        throw badInput('В подгруппу можно включить только учеников класса.');
    }
    const open = await tx.find(GroupMember, { groupId: group.id, leftOn: null });
    for (const m of open) {
      if (remove.includes(m.studentId)) {
        if (input.onDate <= m.joinedOn)
          throw badInput('Дата выхода из группы должна быть позже даты входа.');
        m.leftOn = input.onDate;
      }
    }
    const present = new Set(
      open.filter((m) => !remove.includes(m.studentId)).map((m) => m.studentId),
    );
    for (const studentId of add.filter((id) => !present.has(id))) {
      tx.persist(
        Object.assign(new GroupMember(), {
          id: uuidv7(),
          groupId: group.id,
          studentId,
          joinedOn: input.onDate,
        }),
      );
      present.add(studentId);
    }
    stageEvent(tx, CurriculumEvents.groupChanged, {
      aggregateId: group.id,
      schoolId: group.schoolId,
      data: {
        groupId: group.id,
        schoolId: group.schoolId,
        classId: group.classId,
        subjectId: group.subjectId,
        kind: group.kind,
        memberIds: [...present],
      },
      context: eventContext(ctx, null),
    });
    await audit(tx, ctx, {
      schoolId: group.schoolId,
      role: null,
      action: 'group.members_changed',
      entityType: 'study_group',
      entityId: group.id,
      before: { members: open.map((m) => m.studentId) },
      after: { members: [...present], onDate: input.onDate },
    });
    return group;
  });
}

/** Members of a group on a date (staff only: the list names children). */
export async function groupMembersOn(
  ctx: CurriculumContext,
  group: StudyGroup,
  date: string,
): Promise<string[]> {
  requireDate(date, 'onDate');
  if (!isSchoolStaff(viewerOf(ctx), group.schoolId))
    throw forbidden('Состав групп видят работники школы.');
  const rows = await ctx.em.find(GroupMember, {
    groupId: group.id,
    joinedOn: { $lte: date },
    $or: [{ leftOn: null }, { leftOn: { $gt: date } }],
  });
  return rows.map((m) => m.studentId);
}
