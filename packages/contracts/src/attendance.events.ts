import { z } from 'zod';
import { defineEvent, topicName } from '@dnevnik/events';
import { ChainWitnessEvents, chainStepFields } from './chain-witness.js';

/**
 * What attendance tells others (schemas/events/attendance.md): absences and lateness as
 * recorded and corrected, the reasons the class teacher sets, and systematic non-attendance,
 * for notifications to parents and class teachers (P4, C2) and later for analytics and the
 * archive. People are ids; no personal data travels.
 */
const uuid = z.uuid();
const date = z.iso.date();

export const ATTENDANCE_STATUSES = ['absent', 'late', 'present'] as const;
export type AttendanceStatus = (typeof ATTENDANCE_STATUSES)[number];

/** P2: why a student missed a lesson; everything but `unexcused` is an excused absence. */
export const ABSENCE_REASON_KINDS = [
  'illness_certified',
  'illness',
  'family',
  'competition',
  'other_excused',
  'unexcused',
] as const;
export type AbsenceReasonKind = (typeof ABSENCE_REASON_KINDS)[number];

const recordData = z.object({
  recordId: uuid,
  studentId: uuid,
  schoolId: uuid,
  subjectId: uuid,
  lessonId: uuid,
  lessonDate: date,
  status: z.enum(ATTENDANCE_STATUSES),
  lateMinutes: z.number().int().nullable(),
  replacesRecordId: uuid.nullable(),
  timing: z.enum(['on_time', 'late', 'transferred']),
  /** The record's step in its journal's hash chain (ADR 0009). */
  ...chainStepFields,
});

const absenceTopic = topicName('attendance', 'absence', 1);

export const AttendanceEvents = {
  absenceRecorded: defineEvent({
    type: 'attendance.absence.recorded',
    version: 1,
    topic: absenceTopic,
    data: recordData,
  }),
  /** A correction: a new record pointing to the one it replaces (`present` undoes an absence). */
  absenceCorrected: defineEvent({
    type: 'attendance.absence.corrected',
    version: 1,
    topic: absenceTopic,
    data: recordData,
  }),
  reasonSet: defineEvent({
    type: 'attendance.reason.set',
    version: 1,
    topic: topicName('attendance', 'reason', 1),
    data: z.object({
      reasonId: uuid,
      recordId: uuid,
      studentId: uuid,
      schoolId: uuid,
      lessonId: uuid,
      lessonDate: date,
      kind: z.enum(ABSENCE_REASON_KINDS),
      excused: z.boolean(),
      /** Set when a parent's confirmed advance notice gave the reason. */
      noticeId: uuid.nullable(),
    }),
  }),
  /** P3, P4: unexcused absences reached the school's threshold within its sliding window. */
  nonattendanceDetected: defineEvent({
    type: 'attendance.nonattendance.detected',
    version: 1,
    topic: topicName('attendance', 'nonattendance', 1),
    data: z.object({
      detectionId: uuid,
      studentId: uuid,
      schoolId: uuid,
      windowFrom: date,
      windowTo: date,
      unexcusedAbsences: z.number().int(),
      threshold: z.number().int(),
      windowDays: z.number().int(),
    }),
  }),
  /** A signed head of a journal's attendance chain or of the audit log's chains (ADR 0009). */
  chainCheckpointed: ChainWitnessEvents.attendance,
} as const;
