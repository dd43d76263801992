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
import {
  journalKey,
  requireAssignment,
  requireSchool,
  RmLesson,
  studentInLesson,
  substitutesOf,
} from '@dnevnik/school-facts';
import { eventContext, inTransaction } from '@dnevnik/service-runtime';
import type { AttendanceContext } from '../../context.js';
import { excuseFromConfirmedNotice } from '../reasons/index.js';
import { appendRecord, firstRecord, stageRecordEvent, timingOf } from './append-record.js';
import { canRecordAttendance } from './records.access.js';
import { AttendanceRecord } from './records.entities.js';
import { checkEntry } from './records.rules.js';

const MAX_ENTRIES = 60;

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
      stageRecordEvent(tx, AttendanceEvents.absenceRecorded, record, eventContext(ctx, role));
      if (record.status === 'absent') await excuseFromConfirmedNotice(tx, ctx, record);
      out.push(record);
    }
    return out;
  });
}
