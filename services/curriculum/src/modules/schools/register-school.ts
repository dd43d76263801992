import type { EntityManager } from '@mikro-orm/postgresql';
import { v7 as uuidv7 } from 'uuid';
import { CurriculumEvents } from '@dnevnik/contracts';
import { stageEvent, type EventContext } from '@dnevnik/events';
import { badInput, conflict, forbidden, requireText, requireUuid } from '@dnevnik/errors';
import { eventContext, inTransaction } from '@dnevnik/service-runtime';
import type { CurriculumContext } from '../../context.js';
import { audit } from '../audit/index.js';
import { canRegisterSchool, viewerOf } from '../school-access/index.js';
import { School } from './schools.entities.js';

function validTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('ru-RU', { timeZone });
    return true;
  } catch {
    return false;
  }
}

/** A school of a region, its fields already checked; a new id unless one is given. */
export function schoolOf(fields: {
  regionId: string;
  name: string;
  timeZone: string;
  workingWeekdays: number[];
  id?: string;
}): School {
  return Object.assign(new School(), {
    id: fields.id ?? uuidv7(),
    regionId: fields.regionId,
    name: fields.name,
    timeZone: fields.timeZone,
    workingWeekdays: fields.workingWeekdays,
  });
}

/** A school's announcement: the other services' read models of the school start from it. */
export function stageSchoolRegistered(tx: EntityManager, school: School, context: EventContext) {
  stageEvent(tx, CurriculumEvents.schoolRegistered, {
    aggregateId: school.id,
    schoolId: school.id,
    data: {
      schoolId: school.id,
      regionId: school.regionId,
      name: school.name,
      timeZone: school.timeZone,
      workingWeekdays: school.workingWeekdays,
    },
    context,
  });
}

/** A school of the region, with the time zone its deadlines are counted in. */
export async function registerSchool(
  ctx: CurriculumContext,
  input: {
    id?: string | null;
    regionId: string;
    name: string;
    timeZone: string;
    workingWeekdays?: number[] | null;
  },
): Promise<School> {
  const regionId = requireUuid(input.regionId, 'regionId');
  if (!canRegisterSchool(viewerOf(ctx), regionId))
    throw forbidden('Школы региона регистрирует орган управления образованием.');
  const name = requireText(input.name, 'name', 300, 3);
  if (!validTimeZone(input.timeZone) || !input.timeZone.includes('/')) {
    throw badInput('Часовой пояс — название из базы IANA, например Asia/Yekaterinburg.', {
      field: 'timeZone',
    });
  }
  const weekdays = [...new Set(input.workingWeekdays ?? [1, 2, 3, 4, 5])].sort();
  if (weekdays.length < 5 || weekdays.some((d) => !Number.isInteger(d) || d < 1 || d > 7)) {
    throw badInput('Рабочие дни — пятидневка или шестидневка (числа 1–7).', {
      field: 'workingWeekdays',
    });
  }
  return inTransaction(ctx, async (tx) => {
    if (input.id && (await tx.findOne(School, { id: requireUuid(input.id, 'id') }))) {
      throw conflict('Школа с таким идентификатором уже зарегистрирована.');
    }
    const school = schoolOf({
      id: input.id ? requireUuid(input.id, 'id') : undefined,
      regionId,
      name,
      timeZone: input.timeZone,
      workingWeekdays: weekdays,
    });
    tx.persist(school);
    stageSchoolRegistered(tx, school, eventContext(ctx, 'regional_official'));
    await audit(tx, ctx, {
      schoolId: school.id,
      role: 'regional_official',
      action: 'school.registered',
      entityType: 'school',
      entityId: school.id,
      before: null,
      after: school,
    });
    return school;
  });
}
