import type { EntityManager } from '@mikro-orm/postgresql';
import { v7 as uuidv7 } from 'uuid';
import { AttendanceEvents, type AbsenceReasonKind } from '@dnevnik/contracts';
import { stageEvent, type EventContext } from '@dnevnik/events';
import type { AttendanceRecord } from '../records/index.js';
import { AbsenceReason } from './reasons.entities.js';
import { isExcused } from './reasons.rules.js';

/** Appends a reason to an absence's history and publishes it (P2). */
export async function appendReason(
  tx: EntityManager,
  input: {
    record: AttendanceRecord;
    kind: AbsenceReasonKind;
    comment: string | null;
    noticeId: string | null;
    setBy: string;
    setRole: string;
    setAt: Date;
    context: EventContext;
  },
): Promise<AbsenceReason> {
  const { record } = input;
  const reason = Object.assign(new AbsenceReason(), {
    id: uuidv7(),
    schoolId: record.schoolId,
    studentId: record.studentId,
    lessonId: record.lessonId,
    lessonDate: record.lessonDate,
    recordId: record.id,
    kind: input.kind,
    comment: input.comment,
    noticeId: input.noticeId,
    setBy: input.setBy,
    setRole: input.setRole,
    setAt: input.setAt,
  });
  tx.persist(reason);
  stageEvent(tx, AttendanceEvents.reasonSet, {
    aggregateId: record.studentId,
    schoolId: record.schoolId,
    data: {
      reasonId: reason.id,
      recordId: record.id,
      studentId: record.studentId,
      schoolId: record.schoolId,
      lessonId: record.lessonId,
      lessonDate: record.lessonDate,
      kind: reason.kind,
      excused: isExcused(reason.kind),
      noticeId: reason.noticeId,
    },
    context: input.context,
  });
  await tx.flush();
  return reason;
}
