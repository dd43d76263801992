import { eachDay, formatRuDate, isoWeekday, isSchoolDay } from '../calendar/index.js';
import type { GeneratedLesson, IsoDate, PeriodSpan, TimetableSlot } from '../calendar/index.js';

/** A slot applies on a day from its validFrom (inclusive) until its validTo (exclusive). */
export function isSlotValidOn(slot: TimetableSlot, date: IsoDate): boolean {
  return slot.validFrom <= date && (slot.validTo === null || date < slot.validTo);
}

/**
 * Which range of dates a request may generate lessons for (S5): inside the academic year, and
 * `from` not after `to`. A reversed range would quietly create nothing, and one that runs past
 * the year would walk days no timetable line belongs to; both are a client's mistake.
 */
export function lessonRangeProblem(
  range: { from: IsoDate; to: IsoDate },
  year: { startsOn: IsoDate; endsOn: IsoDate },
): { field: 'from' | 'to'; message: string } | null {
  if (range.from > range.to)
    return {
      field: 'from',
      message: `Начало периода (${formatRuDate(range.from)}) позже его конца (${formatRuDate(range.to)}).`,
    };
  const yearText = `${formatRuDate(year.startsOn)}–${formatRuDate(year.endsOn)}`;
  if (range.from < year.startsOn)
    return { field: 'from', message: `Уроки создаются только внутри учебного года (${yearText}).` };
  if (range.to > year.endsOn)
    return { field: 'to', message: `Уроки создаются только внутри учебного года (${yearText}).` };
  return null;
}

/**
 * Lessons of the timetable for every school day in [from, to] (S5). A correction from a date is a
 * slot closed on that date plus a new slot opened on it, so regenerating a range after a
 * correction changes only the lessons from its date on; lessons already held stay as they were.
 * Sorted by date, then lesson number; ties (two groups of a class in one lesson) by assignment and
 * slot, so the same input always gives the same order.
 */
export function generateLessons(input: {
  slots: TimetableSlot[];
  periods: PeriodSpan[];
  from: IsoDate;
  to: IsoDate;
  workingWeekdays: number[];
}): GeneratedLesson[] {
  const byWeekday = new Map<number, TimetableSlot[]>();
  for (const slot of input.slots) {
    const list = byWeekday.get(slot.weekday);
    if (list) list.push(slot);
    else byWeekday.set(slot.weekday, [slot]);
  }
  const lessons: GeneratedLesson[] = [];
  for (const date of eachDay(input.from, input.to)) {
    const candidates = byWeekday.get(isoWeekday(date));
    if (!candidates) continue;
    if (!isSchoolDay(date, input.periods, { workingWeekdays: input.workingWeekdays })) continue;
    for (const slot of candidates) {
      if (!isSlotValidOn(slot, date)) continue;
      lessons.push({
        assignmentId: slot.assignmentId,
        date,
        lessonNumber: slot.lessonNumber,
        room: slot.room,
        timetableSlotId: slot.id,
      });
    }
  }
  return lessons.sort(
    (a, b) =>
      compare(a.date, b.date) ||
      a.lessonNumber - b.lessonNumber ||
      compare(a.assignmentId, b.assignmentId) ||
      compare(a.timetableSlotId, b.timetableSlotId),
  );
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export interface SlotOwner {
  teacherId: string;
  classId: string | null;
  groupId: string | null;
}

const WEEKDAY_NAME = [
  'понедельник',
  'вторник',
  'среда',
  'четверг',
  'пятница',
  'суббота',
  'воскресенье',
];

/** Start of the common validity of two slots, or null when they never apply on the same day. */
function commonStart(a: TimetableSlot, b: TimetableSlot): IsoDate | null {
  const start = a.validFrom > b.validFrom ? a.validFrom : b.validFrom;
  if (a.validTo !== null && a.validTo <= start) return null;
  if (b.validTo !== null && b.validTo <= start) return null;
  return start;
}

/**
 * Whether two lessons at the same time need the same students. Same group: yes. Same class: yes,
 * unless both are lessons of different groups, because splitting a class into subgroups that
 * study at the same time (two English groups, S2) is the whole point of groups. A whole-class
 * lesson does clash with a lesson of one of its own groups when the owner carries both ids.
 */
function sameStudents(a: SlotOwner, b: SlotOwner): boolean {
  if (a.groupId !== null && a.groupId === b.groupId) return true;
  if (a.classId === null || a.classId !== b.classId) return false;
  return a.groupId === null || b.groupId === null;
}

/**
 * Problems of a timetable (S5): on days where both slots apply, one teacher, one class or group,
 * or one room cannot have two lessons with the same weekday and number. One message per pair of
 * slots, naming every reason, so a duplicated slot is one problem and not three.
 */
export function detectSlotClashes(
  slots: TimetableSlot[],
  owners: Map<string, SlotOwner>,
): string[] {
  const problems: string[] = [];
  for (const slot of slots) {
    if (slot.validTo !== null && slot.validTo <= slot.validFrom) {
      problems.push(
        `Строка расписания ${slot.id}: окончание действия ${formatRuDate(slot.validTo)} не позже начала ${formatRuDate(slot.validFrom)}.`,
      );
    }
    if (!owners.has(slot.assignmentId)) {
      problems.push(
        `Строка расписания ${slot.id}: неизвестная нагрузка учителя ${slot.assignmentId}.`,
      );
    }
  }

  const byTime = new Map<string, TimetableSlot[]>();
  for (const slot of slots) {
    const key = `${slot.weekday}/${slot.lessonNumber}`;
    const list = byTime.get(key);
    if (list) list.push(slot);
    else byTime.set(key, [slot]);
  }
  for (const group of byTime.values()) {
    for (let i = 0; i < group.length; i++) {
      for (let j = i + 1; j < group.length; j++) {
        const a = group[i]!;
        const b = group[j]!;
        const from = commonStart(a, b);
        if (from === null) continue;
        const reasons: string[] = [];
        const oa = owners.get(a.assignmentId);
        const ob = owners.get(b.assignmentId);
        if (oa && ob) {
          if (oa.teacherId === ob.teacherId) reasons.push('один и тот же учитель');
          if (sameStudents(oa, ob)) {
            reasons.push(
              oa.groupId !== null && oa.groupId === ob.groupId
                ? 'одна и та же группа'
                : 'один и тот же класс',
            );
          }
        }
        if (a.room !== null && a.room === b.room) reasons.push(`один и тот же кабинет ${a.room}`);
        if (reasons.length === 0) continue;
        const day = WEEKDAY_NAME[a.weekday - 1] ?? `день недели ${a.weekday}`;
        problems.push(
          `${capitalise(day)}, ${a.lessonNumber}-й урок, с ${formatRuDate(from)}: строки расписания ${a.id} и ${b.id} пересекаются (${reasons.join(', ')}).`,
        );
      }
    }
  }
  return problems;
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
