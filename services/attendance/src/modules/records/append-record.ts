import type { EntityManager } from '@mikro-orm/postgresql';
import { v7 as uuidv7 } from 'uuid';
import type { AttendanceEvents } from '@dnevnik/contracts';
import { stageEvent, type EventContext } from '@dnevnik/events';
import { transferWindowFor, type RmLesson, type RmSchool } from '@dnevnik/school-facts';
import { recordEntryTiming, type EntryTiming } from '@dnevnik/school-time';
import { attendanceHash, GENESIS } from './record-chain.rules.js';
import { ATTENDANCE_DAYS_ALLOWED } from './records.rules.js';
import { AttendanceRecord } from './records.entities.js';

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
export async function timingOf(
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

/** A record's event (recorded, or corrected by a new record), keyed by the student. */
export function stageRecordEvent(
  tx: EntityManager,
  contract: typeof AttendanceEvents.absenceRecorded | typeof AttendanceEvents.absenceCorrected,
  record: AttendanceRecord,
  context: EventContext,
) {
  stageEvent(tx, contract, {
    aggregateId: record.studentId,
    schoolId: record.schoolId,
    data: recordEventData(record),
    context,
  });
}
