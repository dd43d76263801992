import type { AbsenceReasonKind } from '@dnevnik/contracts';
import { addDays, daysBetween, type IsoDate } from '@dnevnik/school-time';
import type { AbsenceNotice } from './reasons.entities.js';

/** P2: every reason but `unexcused` excuses the absence (уважительная причина). */
export const isExcused = (kind: AbsenceReasonKind): boolean => kind !== 'unexcused';

/**
 * Reasons a parent may give in a notice. A medical certificate is shown to the class teacher,
 * who records it; "unexcused" is never a parent's notice.
 */
export const PARENT_NOTICE_KINDS: readonly AbsenceReasonKind[] = [
  'illness',
  'family',
  'competition',
  'other_excused',
];

/** A notice covers at most this many days: longer absences go through the school's order. */
export const MAX_NOTICE_DAYS = 30;
/** A notice may reach back this many days: a child falls ill in the morning, the parent writes at noon. */
export const NOTICE_DAYS_BACK = 3;

export type NoticeCheck = { ok: true } | { ok: false; message: string; field: string };

/** Checks a parent's notice: a real range, not too long, not a retroactive excuse for old absences. */
export function checkNotice(input: {
  fromDate: IsoDate;
  toDate: IsoDate;
  kind: AbsenceReasonKind;
  today: IsoDate;
}): NoticeCheck {
  if (!PARENT_NOTICE_KINDS.includes(input.kind))
    return {
      ok: false,
      field: 'kind',
      message:
        'В уведомлении родителя указывается болезнь, семейные обстоятельства, соревнования или иная уважительная причина.',
    };
  if (input.toDate < input.fromDate)
    return { ok: false, field: 'toDate', message: 'Дата окончания раньше даты начала.' };
  if (daysBetween(input.fromDate, input.toDate) + 1 > MAX_NOTICE_DAYS)
    return {
      ok: false,
      field: 'toDate',
      message: `Уведомление охватывает не более ${MAX_NOTICE_DAYS} дней.`,
    };
  if (input.fromDate < addDays(input.today, -NOTICE_DAYS_BACK))
    return {
      ok: false,
      field: 'fromDate',
      message: `Уведомление подаётся заранее или не позднее чем через ${NOTICE_DAYS_BACK} дня; о прошлых пропусках сообщите классному руководителю.`,
    };
  return { ok: true };
}

/** Whether a notice covers a lesson date (both ends inclusive). */
export const noticeCovers = (notice: { fromDate: IsoDate; toDate: IsoDate }, date: IsoDate) =>
  notice.fromDate <= date && date <= notice.toDate;

/**
 * A confirmed notice excuses an absence on its dates that has no reason yet or was taken as
 * unexcused; a reason the class teacher already set as excused (a certificate, say) stays.
 */
export const noticeApplies = (current: AbsenceReasonKind | null): boolean =>
  current === null || current === 'unexcused';

/** The school's audit chain; its verifier reads the same name (the checkpoints module). */
export const auditChain = (schoolId: string) => `school:${schoolId}`;

/** What the audit log keeps of a notice before and after a change. */
export function noticeSnapshot(n: AbsenceNotice) {
  return {
    studentId: n.studentId,
    fromDate: n.fromDate,
    toDate: n.toDate,
    kind: n.kind,
    status: n.status,
    decidedBy: n.decidedBy,
    decisionComment: n.decisionComment,
  };
}
