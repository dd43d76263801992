import type { Resolvers } from '../../generated/resolvers-types.js';
import {
  attendanceSummary,
  classAttendanceMonth,
  schoolAttendance,
  studentAttendance,
} from './reports.queries.js';

const ref = (id: string) => ({ id });

export const reportsResolvers: Resolvers = {
  Query: {
    classAttendanceMonth: (_p, { classId, month }, ctx) =>
      classAttendanceMonth(ctx, classId, month),
    attendanceSummary: (_p, { classId, from, to }, ctx) =>
      attendanceSummary(ctx, classId, from, to),
    studentAttendance: (_p, { studentId, from, to }, ctx) =>
      studentAttendance(ctx, studentId, from, to),
    schoolAttendance: (_p, { schoolId, from, to }, ctx) =>
      schoolAttendance(ctx, schoolId, from, to),
  },
  ClassAttendanceReport: {
    schoolClass: (r) => ref(r.classId),
  },
  StudentAttendanceRow: {
    student: (r) => ref(r.studentId),
  },
  SubjectAttendance: {
    subject: (s) => ref(s.subjectId),
  },
  StudentAttendance: {
    student: (s) => ref(s.studentId),
  },
};
