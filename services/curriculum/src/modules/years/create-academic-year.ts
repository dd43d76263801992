import { v7 as uuidv7 } from 'uuid';
import { badInput, conflict, requireDate, requireText } from '@dnevnik/errors';
import { eventContext, inTransaction } from '@dnevnik/service-runtime';
import type { CurriculumContext } from '../../context.js';
import { audit } from '../audit/index.js';
import { validatePeriods, type PeriodKind } from '../calendar/index.js';
import { requireAdmin } from '../school-access/index.js';
import { requireSchool } from '../schools/index.js';
import { stagePeriodChanged } from './stage-period-event.js';
import { AcademicYear, Period } from './years.entities.js';

export interface PeriodInput {
  kind: PeriodKind;
  name: string;
  startsOn: string;
  endsOn: string;
}

/** A period of a year, its name trimmed; a new id unless one is given. */
export function periodOf(yearId: string, p: PeriodInput, id: string = uuidv7()): Period {
  return Object.assign(new Period(), {
    id,
    yearId,
    kind: p.kind,
    name: p.name.trim(),
    startsOn: p.startsOn,
    endsOn: p.endsOn,
  });
}

/** A school's academic year (its periods are rows of their own); a new id unless one is given. */
export function academicYearOf(
  schoolId: string,
  fields: { name: string; startsOn: string; endsOn: string; id?: string },
): AcademicYear {
  return Object.assign(new AcademicYear(), {
    id: fields.id ?? uuidv7(),
    schoolId,
    name: fields.name,
    startsOn: fields.startsOn,
    endsOn: fields.endsOn,
  });
}

/** S1: a year with its study periods and holidays, checked as a whole. */
export async function createAcademicYear(
  ctx: CurriculumContext,
  input: {
    schoolId: string;
    name: string;
    startsOn: string;
    endsOn: string;
    periods: PeriodInput[];
  },
): Promise<AcademicYear> {
  requireAdmin(ctx, input.schoolId);
  const name = requireText(input.name, 'name', 20);
  requireDate(input.startsOn, 'startsOn');
  requireDate(input.endsOn, 'endsOn');
  input.periods.forEach((p, i) => {
    requireDate(p.startsOn, `periods[${i}].startsOn`);
    requireDate(p.endsOn, `periods[${i}].endsOn`);
    requireText(p.name, `periods[${i}].name`, 50);
  });
  const problems = validatePeriods(input.startsOn, input.endsOn, input.periods);
  if (problems.length > 0) throw badInput(problems.join(' '), { problems });
  return inTransaction(ctx, async (tx) => {
    await requireSchool(tx, input.schoolId);
    if (await tx.findOne(AcademicYear, { schoolId: input.schoolId, name }))
      throw conflict(`Учебный год ${name} уже есть.`);
    const year = academicYearOf(input.schoolId, {
      name,
      startsOn: input.startsOn,
      endsOn: input.endsOn,
    });
    tx.persist(year);
    for (const p of input.periods) {
      const period = periodOf(year.id, p);
      tx.persist(period);
      stagePeriodChanged(
        tx,
        period,
        { schoolId: input.schoolId, reason: null },
        eventContext(ctx, 'school_admin'),
      );
    }
    await audit(tx, ctx, {
      schoolId: input.schoolId,
      role: 'school_admin',
      action: 'year.created',
      entityType: 'academic_year',
      entityId: year.id,
      before: null,
      after: { ...year, periods: input.periods },
    });
    return year;
  });
}
