import type { EntityManager } from '@mikro-orm/postgresql';
import { v7 as uuidv7 } from 'uuid';
import { requirePerson } from '@dnevnik/auth';
import { AttendanceEvents } from '@dnevnik/contracts';
import {
  AppError,
  badInput,
  conflict,
  forbidden,
  notFound,
  requireText,
  requireUuid,
} from '@dnevnik/errors';
import { stageEvent } from '@dnevnik/events';
import {
  classIdsOfStudentsOn,
  journalKey,
  requireAssignment,
  requireSchool,
  RmLesson,
  studentInLesson,
  substitutesOf,
  type RmSchool,
} from '@dnevnik/school-facts';
import { recordEntryTiming, type EntryTiming } from '@dnevnik/school-time';
import { inTransaction } from '@dnevnik/service-runtime';
import { attendanceCorrectionRight, canRecordAttendance } from '../../attendance.access.js';
import { eventContext, type AttendanceContext } from '../../context.js';
import { excuseFromConfirmedNotice } from '../reasons/notices.service.js';
import { AttendanceRecord } from './record.entities.js';
import { attendanceHash, GENESIS } from './record-chain.js';
import {
  ATTENDANCE_DAYS_ALLOWED,
  changesRecord,
  checkEntry,
  correctionVerdict,
} from './records.rules.js';
import { transferWindowFor } from '@dnevnik/school-facts';

const MAX_ENTRIES = 60;

/** Appends a record to its journal's hash chain; appends to one journal are serialised. */
export async function appendRecord(
  tx: EntityManager,
  record: Omit<AttendanceRecord, 'prevHash' | 'hash' | 'seq'>,
): Promise<AttendanceRecord> {
  await tx.execute('select pg_advisory_xact_lock(hashtext(?))', [
    `attendance:${record.journalKey}`,
  ]);
  const [last] = await tx.execute<{ hash: string; n: string | number }[]>(
    `select hash, count(*) over () as n from attendance_record where journal_key = ?
      order by seq desc limit 1`,
    [record.journalKey],
  );
  const row = Object.assign(new AttendanceRecord(), record, { prevHash: last?.hash ?? GENESIS });
  row.hash = attendanceHash(row);
  tx.persist(row);
  await tx.flush();
  chainPositions.set(row, Number(last?.n ?? 0) + 1);
  return row;
}

/**
 * A record's position in its journal's chain as counted when it was appended. It is no column
 * (the chain's order is `seq`); it travels in the record's event so Kafka witnesses the head
 * (ADR 0009).
 */
const chainPositions = new WeakMap<AttendanceRecord, number>();

/** A first record of a student in a lesson: an absence or lateness, no correction. */
export function firstRecord(
  lesson: RmLesson,
  journalKey: string,
  entry: Pick<
    AttendanceRecord,
    | 'studentId'
    | 'status'
    | 'lateMinutes'
    | 'comment'
    | 'timing'
    | 'enteredBy'
    | 'enteredRole'
    | 'enteredAt'
  >,
): Omit<AttendanceRecord, 'prevHash' | 'hash' | 'seq'> {
  return {
    ...entry,
    id: uuidv7(),
    journalKey,
    schoolId: lesson.schoolId,
    subjectId: lesson.subjectId,
    assignmentId: lesson.assignmentId,
    lessonId: lesson.id,
    lessonDate: lesson.date,
    replacesRecordId: null,
    correctionReason: null,
    approvedBy: null,
  };
}

/** P1, G4: the timing of an entry for the lesson, in the school's time zone. */
async function timingOf(
  tx: EntityManager,
  lesson: RmLesson,
  school: RmSchool,
  now: Date,
): Promise<EntryTiming> {
  return recordEntryTiming({
    lessonDate: lesson.date,
    daysAllowed: ATTENDANCE_DAYS_ALLOWED,
    enteredAt: now,
    timeZone: school.timeZone,
    transferWindow: await transferWindowFor(tx, lesson.schoolId, lesson.date, school.timeZone),
  });
}

export function recordEventData(r: AttendanceRecord) {
  return {
    recordId: r.id,
    studentId: r.studentId,
    schoolId: r.schoolId,
    subjectId: r.subjectId,
    lessonId: r.lessonId,
    lessonDate: r.lessonDate,
    status: r.status,
    lateMinutes: r.lateMinutes,
    replacesRecordId: r.replacesRecordId,
    timing: r.timing,
    chainKey: r.journalKey,
    chainSeq: chainPositions.get(r),
    prevHash: r.prevHash,
    hash: r.hash,
  };
}

export interface AttendanceEntry {
  studentId: string;
  status: string;
  lateMinutes?: number | null;
  comment?: string | null;
}

/**
 * P1, A5, A6: a lesson's absences and lateness, by its teacher or the granted substitute, for
 * students of that lesson, on the lesson day in the school's time zone, or within an open
 * transfer window for lessons of an outage (G4, flagged `transferred`). An absence on a date a
 * confirmed parent's notice covers is excused at once (P2).
 */
export async function recordAttendance(
  ctx: AttendanceContext,
  lessonId: string,
  entries: AttendanceEntry[],
): Promise<AttendanceRecord[]> {
  const viewer = requirePerson(ctx.viewer);
  if (entries.length === 0 || entries.length > MAX_ENTRIES)
    throw badInput(`За один раз отмечается от 1 до ${MAX_ENTRIES} учеников.`, { field: 'entries' });
  const checked = entries.map((e) => {
    const check = checkEntry({ status: e.status, lateMinutes: e.lateMinutes, correction: false });
    if (!check.ok) throw badInput(check.message, { field: check.field });
    return {
      ...check,
      studentId: requireUuid(e.studentId, 'studentId'),
      comment: e.comment?.trim() ? requireText(e.comment, 'comment', 500) : null,
    };
  });
  if (new Set(checked.map((e) => e.studentId)).size !== checked.length)
    throw badInput('Каждый ученик указывается один раз.', { field: 'entries' });

  return inTransaction(ctx, async (tx) => {
    const lesson = await tx.findOne(RmLesson, { id: requireUuid(lessonId, 'lessonId') });
    if (!lesson) throw notFound('Урок');
    if (lesson.status === 'cancelled') throw badInput('Урок отменён: посещаемость не отмечается.');
    const substitutes = await substitutesOf(tx, lesson.id);
    if (!canRecordAttendance(viewer, { ...lesson, substituteIds: substitutes }))
      throw forbidden(
        'Посещаемость урока отмечает его учитель или назначенный на этот урок заменяющий учитель.',
      );
    const school = await requireSchool(tx, lesson.schoolId);
    const now = ctx.deps.now();
    const timing = await timingOf(tx, lesson, school, now);
    if (timing.status === 'early')
      throw new AppError(
        'DEADLINE_PASSED',
        'Урок ещё не прошёл: посещаемость отмечается в день урока.',
      );
    if (timing.status === 'late')
      throw new AppError(
        'DEADLINE_PASSED',
        `Посещаемость отмечается в день урока (${lesson.date}). Позже — только перенос из временного журнала в открытое окно переноса.`,
        { lastDay: timing.lastDay },
      );
    const key = journalKey(await requireAssignment(tx, lesson.assignmentId));
    const role = substitutes.includes(viewer.personId) ? 'substitute' : 'subject_teacher';
    const out: AttendanceRecord[] = [];
    for (const entry of checked) {
      if (!(await studentInLesson(tx, lesson, entry.studentId)))
        throw badInput('Ученик не относится к классу (группе) этого урока на дату урока.', {
          field: 'studentId',
        });
      if (await tx.findOne(AttendanceRecord, { lessonId: lesson.id, studentId: entry.studentId }))
        throw conflict('У ученика уже есть запись за этот урок: исправьте её.');
      const record = await appendRecord(
        tx,
        firstRecord(lesson, key, {
          studentId: entry.studentId,
          status: entry.status,
          lateMinutes: entry.lateMinutes,
          comment: entry.comment,
          timing: timing.status,
          enteredBy: viewer.personId,
          enteredRole: role,
          enteredAt: now,
        }),
      );
      stageEvent(tx, AttendanceEvents.absenceRecorded, {
        aggregateId: record.studentId,
        schoolId: record.schoolId,
        data: recordEventData(record),
        context: eventContext(ctx, role),
      });
      if (record.status === 'absent') await excuseFromConfirmedNotice(tx, ctx, record);
      out.push(record);
    }
    return out;
  });
}

/**
 * G1, 003 §8.6: a correction is a new record that points to the one it replaces, with the
 * reason; `present` undoes an absence recorded by mistake. The lesson's teacher and the class
 * teacher within 7 days; later only the deputy director, who is recorded as approving it.
 */
export async function correctAttendance(
  ctx: AttendanceContext,
  input: { recordId: string; status: string; lateMinutes?: number | null; reason: string },
): Promise<AttendanceRecord> {
  const viewer = requirePerson(ctx.viewer);
  const reason = requireText(input.reason, 'reason', 500, 5);
  const check = checkEntry({
    status: input.status,
    lateMinutes: input.lateMinutes,
    correction: true,
  });
  if (!check.ok) throw badInput(check.message, { field: check.field });
  return inTransaction(ctx, async (tx) => {
    const old = await tx.findOne(AttendanceRecord, {
      id: requireUuid(input.recordId, 'recordId'),
    });
    if (!old) throw notFound('Запись о посещаемости');
    if (await tx.findOne(AttendanceRecord, { replacesRecordId: old.id }))
      throw conflict('Эта запись уже исправлена: исправляйте последнюю запись.');
    if (!changesRecord(old, check)) throw badInput('Исправление ничего не меняет в записи.');
    const lesson = await tx.findOne(RmLesson, { id: old.lessonId });
    if (!lesson) throw notFound('Урок');
    const substitutes = await substitutesOf(tx, lesson.id);
    const right = attendanceCorrectionRight(
      viewer,
      old,
      { ...lesson, substituteIds: substitutes },
      (await classIdsOfStudentsOn(tx, [{ studentId: old.studentId, date: old.lessonDate }]))[0]!,
    );
    const now = ctx.deps.now();
    const verdict = correctionVerdict(right, old.enteredAt, now);
    if (!verdict.allowed) throw new AppError(verdict.code, verdict.message);
    const school = await requireSchool(tx, old.schoolId);
    const timing = await timingOf(tx, lesson, school, now);
    const record = await appendRecord(tx, {
      id: uuidv7(),
      journalKey: old.journalKey,
      schoolId: old.schoolId,
      studentId: old.studentId,
      subjectId: old.subjectId,
      assignmentId: old.assignmentId,
      lessonId: old.lessonId,
      lessonDate: old.lessonDate,
      status: check.status,
      lateMinutes: check.lateMinutes,
      comment: null,
      replacesRecordId: old.id,
      correctionReason: reason,
      approvedBy: right === 'deputy' ? viewer.personId : null,
      // A clock behind the lesson day (it cannot be earlier than the record) counts as the day.
      timing: timing.status === 'early' ? 'on_time' : timing.status,
      enteredBy: viewer.personId,
      enteredRole: right,
      enteredAt: now,
    });
    stageEvent(tx, AttendanceEvents.absenceCorrected, {
      aggregateId: record.studentId,
      schoolId: record.schoolId,
      data: recordEventData(record),
      context: eventContext(ctx, right === 'deputy' ? 'deputy_director' : null),
    });
    if (record.status === 'absent') await excuseFromConfirmedNotice(tx, ctx, record);
    return record;
  });
}
