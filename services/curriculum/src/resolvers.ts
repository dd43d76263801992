import { auditVerification, CHECKPOINT_STATUS } from '@dnevnik/audit';
import { forbidden, notFound, requireUuid } from '@dnevnik/errors';
import type { CurriculumContext } from './context.js';
import { canReadLesson, isSchoolStaff } from './curriculum.access.js';
import type { Resolvers } from './generated/resolvers-types.js';
import * as homework from './modules/lesson/homework.service.js';
import { verifyCurriculumAuditChain } from './modules/audit/audit-checkpoints.js';
import * as lessons from './modules/lesson/lesson.service.js';
import type { Lesson } from './modules/lesson/lesson.entities.js';
import {
  AcademicYear,
  Bell,
  Period,
  SchoolClass,
  Subject,
} from './modules/structure/structure.entities.js';
import * as structure from './modules/structure/structure.service.js';
import {
  CurriculumItem,
  IndividualCurriculumItem,
  PlanTopic,
  TeachingAssignment,
  TimetableSlot,
} from './modules/teaching/teaching.entities.js';
import * as teaching from './modules/teaching/teaching.service.js';
import { viewerOf } from './modules/shared.js';

const person = (id: string) => ({ id });

/** Reading a school's structure is for its staff; students and parents get their lessons instead. */
async function requireStaffOf(ctx: CurriculumContext, schoolId: string) {
  if (!isSchoolStaff(viewerOf(ctx), schoolId)) throw forbidden('Эти данные видят работники школы.');
}

async function readableLesson(ctx: CurriculumContext, id: string): Promise<Lesson> {
  const lesson = await ctx.loaders.lesson.load(requireUuid(id, 'id'));
  if (!lesson) throw notFound('Урок');
  if (!canReadLesson(viewerOf(ctx), lesson, await ctx.audience()))
    throw forbidden('Нет доступа к этому уроку.');
  return lesson;
}

const iso = (d: Date) => d.toISOString();

export const resolvers: Resolvers = {
  PeriodKind: {
    QUARTER: 'quarter',
    TRIMESTER: 'trimester',
    HALF_YEAR: 'half_year',
    MODULE: 'module',
    HOLIDAY: 'holiday',
  },
  GroupKind: { SUBGROUP: 'subgroup', ELECTIVE: 'elective', PROFILE: 'profile' },
  ChainCheckpointStatus: CHECKPOINT_STATUS,
  LessonKind: {
    REGULAR: 'regular',
    CONTROL: 'control',
    LABORATORY: 'laboratory',
    PRACTICAL: 'practical',
    EXCURSION: 'excursion',
    TEST: 'test',
    PROJECT: 'project',
  },
  LessonStatus: { SCHEDULED: 'scheduled', CONDUCTED: 'conducted', CANCELLED: 'cancelled' },
  RecordStatus: { ON_TIME: 'on_time', LATE: 'late', TRANSFERRED: 'transferred' },
  PlanFileFormat: { CSV: 'csv', XLSX: 'xlsx' },

  Query: {
    verifyCurriculumAuditChain: async (_p, { schoolId }, ctx) => {
      const v = await verifyCurriculumAuditChain(ctx, schoolId);
      return auditVerification(v.chain, v.checkpoint);
    },
    school: async (_p, { id }, ctx) => {
      const school = await ctx.loaders.school.load(requireUuid(id, 'id'));
      if (!school) return null;
      await requireStaffOf(ctx, school.id);
      return school;
    },
    group: async (_p, { id }, ctx) => {
      const group = await ctx.loaders.group.load(requireUuid(id, 'id'));
      if (!group) return null;
      await requireStaffOf(ctx, group.schoolId);
      return group;
    },
    myTimetable: (_p, { from, to }, ctx) => lessons.myTimetable(ctx, from, to),
    classTimetable: (_p, args, ctx) => lessons.classTimetable(ctx, args),
    journalHeader: (_p, args, ctx) => lessons.journalHeader(ctx, args),
    classRoster: async (_p, { classId, onDate }, ctx) =>
      (await structure.classRoster(ctx, classId, onDate)).map(person),
    enrolmentHistory: (_p, { studentId }, ctx) => structure.enrolmentHistory(ctx, studentId),
    teachingAssignments: async (_p, { yearId }, ctx) => {
      const year = await structure.requireYear(ctx.em, yearId);
      await requireStaffOf(ctx, year.schoolId);
      return ctx.em.find(TeachingAssignment, { yearId: year.id }, { orderBy: { id: 'asc' } });
    },
    timetableSlots: async (_p, { assignmentId }, ctx) => {
      const a = await ctx.loaders.assignment.load(requireUuid(assignmentId, 'assignmentId'));
      if (!a) throw notFound('Нагрузка учителя');
      await requireStaffOf(ctx, a.schoolId);
      return ctx.em.find(TimetableSlot, { assignmentId: a.id }, { orderBy: { validFrom: 'asc' } });
    },
    curriculum: async (_p, { yearId }, ctx) => {
      const year = await structure.requireYear(ctx.em, yearId);
      await requireStaffOf(ctx, year.schoolId);
      return ctx.em.find(CurriculumItem, { yearId: year.id }, { orderBy: { grade: 'asc' } });
    },
    individualCurriculum: async (_p, { yearId }, ctx) => {
      const year = await structure.requireYear(ctx.em, yearId);
      await requireStaffOf(ctx, year.schoolId);
      return ctx.em.find(IndividualCurriculumItem, { yearId: year.id });
    },
    programmeFulfilment: (_p, { assignmentId }, ctx) =>
      teaching.programmeFulfilment(ctx, assignmentId),
  },

  Mutation: {
    registerSchool: (_p, args, ctx) => structure.registerSchool(ctx, args),
    changeGroupMembers: (_p, args, ctx) => structure.changeGroupMembers(ctx, args),
    createAcademicYear: (_p, args, ctx) => structure.createAcademicYear(ctx, args),
    changePeriod: (_p, args, ctx) => structure.changePeriod(ctx, args),
    createClass: (_p, args, ctx) => structure.createClass(ctx, args),
    createGroup: (_p, args, ctx) => structure.createGroup(ctx, args),
    moveStudent: (_p, args, ctx) => structure.moveStudent(ctx, args),
    createSubject: (_p, args, ctx) => structure.createSubject(ctx, args),
    setCurriculumItem: (_p, args, ctx) => structure.setCurriculumItem(ctx, args),
    setIndividualCurriculumItem: (_p, args, ctx) =>
      structure.setIndividualCurriculumItem(ctx, args),
    setBellSchedule: (_p, args, ctx) => structure.setBellSchedule(ctx, args),
    assignTeacher: (_p, args, ctx) => teaching.assignTeacher(ctx, args),
    setTimetableSlot: (_p, args, ctx) => teaching.setTimetableSlot(ctx, args),
    generateLessons: (_p, args, ctx) => teaching.generateYearLessons(ctx, args),
    changeLesson: (_p, args, ctx) => lessons.changeLesson(ctx, args),
    addExtraLesson: (_p, args, ctx) => lessons.addExtraLesson(ctx, args),
    submitPlan: (_p, args, ctx) => teaching.submitPlan(ctx, args),
    importPlan: (_p, args, ctx) => teaching.importPlan(ctx, args),
    recordLesson: (_p, { input }, ctx) => lessons.recordLesson(ctx, input),
    updateHomework: (_p, { id, input }, ctx) => homework.updateHomework(ctx, id, input),
    removeHomework: (_p, { id }, ctx) => homework.removeHomework(ctx, id),
    grantSubstitution: async (_p, args, ctx) => (await lessons.grantSubstitution(ctx, args)).length,
  },

  School: {
    __resolveReference: async (ref, ctx) => {
      const school = await ctx.loaders.school.load(ref.id);
      if (!school) throw notFound('Школа');
      await requireStaffOf(ctx, school.id);
      return school;
    },
    years: (s, _a, ctx) =>
      ctx.em.find(AcademicYear, { schoolId: s.id }, { orderBy: { startsOn: 'desc' } }),
    subjects: (s, _a, ctx) =>
      ctx.em.find(Subject, { schoolId: s.id }, { orderBy: { name: 'asc' } }),
    bells: (s, _a, ctx) =>
      ctx.em.find(Bell, { schoolId: s.id }, { orderBy: { lessonNumber: 'asc' } }),
  },
  AcademicYear: {
    periods: (y, _a, ctx) =>
      ctx.em.find(Period, { yearId: y.id }, { orderBy: { startsOn: 'asc' } }),
    classes: (y, _a, ctx) =>
      ctx.em.find(SchoolClass, { yearId: y.id }, { orderBy: { grade: 'asc', letter: 'asc' } }),
  },
  Period: {
    __resolveReference: async (ref, ctx) => {
      const period = await ctx.em.findOne(Period, { id: ref.id });
      if (!period) throw notFound('Период');
      const year = await structure.requireYear(ctx.em, period.yearId);
      viewerOf(ctx);
      if (!isSchoolStaff(ctx.viewer, year.schoolId) && !(await ctx.audience()).length)
        throw forbidden();
      return period;
    },
  },
  Subject: {
    // Subject names are not personal data; any signed-in person may read them.
    __resolveReference: async (ref, ctx) => {
      viewerOf(ctx);
      return ctx.loaders.subject.load(ref.id);
    },
  },
  SchoolClass: {
    __resolveReference: async (ref, ctx) => {
      viewerOf(ctx);
      return ctx.loaders.schoolClass.load(ref.id);
    },
    students: async (c, { onDate }, ctx) =>
      (await structure.classRoster(ctx, c.id, onDate)).map(person),
  },
  StudyGroup: {
    __resolveReference: async (ref, ctx) => {
      viewerOf(ctx);
      return ctx.loaders.group.load(ref.id);
    },
    members: async (g, { onDate }, ctx) =>
      (await structure.groupMembersOn(ctx, g, onDate)).map(person),
    schoolClass: (g, _a, ctx) => (g.classId ? ctx.loaders.schoolClass.load(g.classId) : null),
    subject: (g, _a, ctx) => (g.subjectId ? ctx.loaders.subject.load(g.subjectId) : null),
  },
  Enrolment: {
    student: (e) => person(e.studentId),
    schoolClass: async (e, _a, ctx) => (await ctx.loaders.schoolClass.load(e.classId))!,
  },
  CurriculumItem: {
    subject: async (i, _a, ctx) => (await ctx.loaders.subject.load(i.subjectId))!,
  },
  IndividualCurriculumItem: {
    student: (i) => person(i.studentId),
    subject: async (i, _a, ctx) => (await ctx.loaders.subject.load(i.subjectId))!,
  },
  TeachingAssignment: {
    __resolveReference: async (ref, ctx) => {
      const a = await ctx.loaders.assignment.load(ref.id);
      if (!a) throw notFound('Нагрузка учителя');
      await requireStaffOf(ctx, a.schoolId);
      return a;
    },
    teacher: (a) => person(a.teacherId),
    subject: async (a, _x, ctx) => (await ctx.loaders.subject.load(a.subjectId))!,
    schoolClass: (a, _x, ctx) => (a.classId ? ctx.loaders.schoolClass.load(a.classId) : null),
    group: (a, _x, ctx) => (a.groupId ? ctx.loaders.group.load(a.groupId) : null),
    plan: (a, _x, ctx) => ctx.loaders.currentPlan.load(a.id),
  },
  Plan: {
    submittedAt: (p) => iso(p.submittedAt),
    topics: (p, _a, ctx) =>
      ctx.em.find(PlanTopic, { planId: p.id }, { orderBy: { position: 'asc' } }),
  },
  Lesson: {
    // The same check as the root fields: _entities is no back door (A7, A8).
    __resolveReference: (ref, ctx) => readableLesson(ctx, ref.id),
    startsAt: async (l, _a, ctx) =>
      (await ctx.loaders.bellsBySchool.load(l.schoolId)).find(
        (b) => b.lessonNumber === l.lessonNumber,
      )?.startsAt ?? null,
    endsAt: async (l, _a, ctx) =>
      (await ctx.loaders.bellsBySchool.load(l.schoolId)).find(
        (b) => b.lessonNumber === l.lessonNumber,
      )?.endsAt ?? null,
    schoolClass: (l, _a, ctx) => (l.classId ? ctx.loaders.schoolClass.load(l.classId) : null),
    group: (l, _a, ctx) => (l.groupId ? ctx.loaders.group.load(l.groupId) : null),
    subject: async (l, _a, ctx) => (await ctx.loaders.subject.load(l.subjectId))!,
    teacher: (l) => person(l.teacherId),
    conductedBy: (l) => (l.conductedBy ? person(l.conductedBy) : null),
    substitutes: async (l, _a, ctx) =>
      (await ctx.loaders.substitutesByLesson.load(l.id)).map(person),
    topic: (l) => l.topicTitle,
    planTopic: (l, _a, ctx) => (l.topicId ? ctx.loaders.planTopic.load(l.topicId) : null),
    homework: (l, _a, ctx) => lessons.visibleHomework(ctx, l),
  },
  Homework: {
    student: (h) => (h.studentId ? person(h.studentId) : null),
    attachments: (h, _a, ctx) => ctx.loaders.attachmentsByHomework.load(h.id),
    changedAt: (h) => h.changedAt?.toISOString() ?? null,
  },
  Attachment: {
    key: (a) => a.fileKey,
  },
  ProgrammeFulfilment: {
    assignment: async (f, _a, ctx) => (await ctx.loaders.assignment.load(f.assignmentId))!,
  },
};
