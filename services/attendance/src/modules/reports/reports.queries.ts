import { requirePerson } from '@dnevnik/auth';
import { badInput, forbidden, notFound, requireUuid } from '@dnevnik/errors';
import { requireSchool, RmClass, studentsBetween } from '@dnevnik/school-facts';
import { localDate } from '@dnevnik/school-time';
import type { AttendanceContext } from '../../context.js';
import type { ClassReportView, SchoolAttendanceView, StudentAttendanceView } from '../../views.js';
import { currentFacts, requireRange, studentRecords } from '../records/index.js';
import {
  currentRecords,
  monthRange,
  shareMissed,
  sumTotals,
  tally,
  tallyByStudent,
} from './report.rules.js';
import { canReadClassAttendance, canReadSchoolAttendance } from './reports.access.js';

/**
 * P3, R1: a class's sheet for a period: a line per student of the class in the period (by
 * enrolment history), with lessons missed, excused, unexcused, without reason and lateness, in
 * total and by subject, and the class's total line.
 */
export async function classReport(
  ctx: AttendanceContext,
  classIdInput: string,
  range: { from: string; to: string },
): Promise<ClassReportView> {
  const viewer = requirePerson(ctx.viewer);
  const cls = await ctx.em.findOne(RmClass, { id: requireUuid(classIdInput, 'classId') });
  if (!cls) throw notFound('Класс');
  if (!canReadClassAttendance(viewer, cls.schoolId))
    throw forbidden('Ведомости посещаемости класса видят работники школы.');
  const students = await studentsBetween(
    ctx.em,
    { classId: cls.id, groupId: null },
    range.from,
    range.to,
  );
  const rows = tallyByStudent(
    students,
    await currentFacts(ctx.em, { studentIds: students, ...range }),
  );
  return { classId: cls.id, ...range, rows, totals: sumTotals(rows.map((r) => r.totals)) };
}

/** P3: the class's attendance by month ('YYYY-MM'). */
export function classAttendanceMonth(ctx: AttendanceContext, classId: string, month: string) {
  const range = monthRange(month);
  if (!range) throw badInput('Месяц указывается как ГГГГ-ММ.', { field: 'month' });
  return classReport(ctx, classId, range);
}

/** P3: the summary sheet for any period. */
export function attendanceSummary(
  ctx: AttendanceContext,
  classId: string,
  from: string,
  to: string,
) {
  return classReport(ctx, classId, requireRange(from, to));
}

/** A student's attendance in a date range: current records and totals (access as for records). */
export async function studentAttendance(
  ctx: AttendanceContext,
  studentId: string,
  from: string,
  to: string,
): Promise<StudentAttendanceView> {
  const records = currentRecords(await studentRecords(ctx, studentId, from, to));
  const reasons = await Promise.all(
    records.map((r) =>
      r.status === 'absent'
        ? ctx.loaders.reasonOf.load(`${r.lessonId}:${r.studentId}`)
        : Promise.resolve(null),
    ),
  );
  const totals = tally(
    records.map((r, i) => ({
      studentId: r.studentId,
      subjectId: r.subjectId,
      status: r.status,
      lateMinutes: r.lateMinutes,
      reason: reasons[i]?.kind ?? null,
    })),
  );
  return { studentId: studentId.toLowerCase(), from, to, records, totals };
}

/**
 * P3, R2: the school's totals for a period and the share of lessons missed: absences over
 * student-lessons, a lesson counting as held when it is not cancelled and dated up to today
 * (school time; attendance is taken during the lesson), with the students it had on its date.
 */
export async function schoolAttendance(
  ctx: AttendanceContext,
  schoolIdInput: string,
  from: string,
  to: string,
): Promise<SchoolAttendanceView> {
  const viewer = requirePerson(ctx.viewer);
  const schoolId = requireUuid(schoolIdInput, 'schoolId');
  const range = requireRange(from, to);
  if (!canReadSchoolAttendance(viewer, schoolId))
    throw forbidden('Сводку посещаемости школы видит её администрация.');
  const school = await requireSchool(ctx.em, schoolId);
  const today = localDate(ctx.deps.now(), school.timeZone);
  const [held] = await ctx.em.execute<{ lessons: number; student_lessons: number }[]>(
    `select count(*)::int as lessons,
            coalesce(sum(case
              when l.group_id is not null then
                (select jsonb_array_length(g.member_ids) from rm_group g where g.id = l.group_id)
              else
                (select count(*) from rm_enrolment e
                  where e.class_id = l.class_id and e.starts_on <= l.date
                    and (e.ends_on is null or e.ends_on > l.date))
            end), 0)::int as student_lessons
       from rm_lesson l
      where l.school_id = ? and l.date between ? and ? and l.status <> 'cancelled'`,
    [schoolId, range.from, range.to < today ? range.to : today],
  );
  const totals = tally(await currentFacts(ctx.em, { schoolId, ...range }));
  const studentLessons = held?.student_lessons ?? 0;
  return {
    schoolId,
    ...range,
    lessonsHeld: held?.lessons ?? 0,
    studentLessons,
    totals,
    shareMissed: shareMissed(totals.lessonsMissed, studentLessons),
  };
}
