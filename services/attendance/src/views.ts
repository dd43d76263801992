import type { AttendanceRecord } from './modules/records/index.js';
import type { StudentRow, Totals } from './modules/reports/index.js';

/** An entity of another subgraph, by id. */
export interface Ref {
  id: string;
}
export interface ClassWeekView {
  classId: string;
  weekStart: string;
  absences: number;
  withoutReason: number;
  reconciledBy: string | null;
  reconciledAt: Date | null;
}
export interface ClassReportView {
  classId: string;
  from: string;
  to: string;
  rows: StudentRow[];
  totals: Totals;
}
export type StudentRowView = StudentRow;
export type SubjectRowView = StudentRow['bySubject'][number];
export interface StudentAttendanceView {
  studentId: string;
  from: string;
  to: string;
  records: AttendanceRecord[];
  totals: Totals;
}
export interface SchoolAttendanceView {
  schoolId: string;
  from: string;
  to: string;
  lessonsHeld: number;
  studentLessons: number;
  totals: Totals;
  shareMissed: number;
}
export interface SettingsView {
  schoolId: string;
  threshold: number;
  windowDays: number;
  setBy: string | null;
  setAt: Date | null;
}
