import { v7 as uuidv7 } from 'uuid';
import { appendAudit } from '@dnevnik/audit';
import { IdentityEvents } from '@dnevnik/contracts';
import { badInput, conflict } from '@dnevnik/errors';
import { stageEvent } from '@dnevnik/events';
import { inTransaction } from '@dnevnik/service-runtime';
import { eventContext, type IdentityContext } from '../../context.js';
import { requireActiveSession } from '../access/index.js';
import { checkGrantInput, newAssignment, stageRoleGranted } from './assign-role.js';
import { Person } from './people.entities.js';
import { birthDateProblem, nameProblem, normaliseSnils, schoolChain } from './people.rules.js';

export interface RegisterPersonInput {
  schoolId: string;
  role: string;
  classId?: string | null;
  lastName: string;
  firstName: string;
  middleName?: string | null;
  birthDate?: string | null;
  sex?: string | null;
  snils?: string | null;
}

/** A person's record, its fields already checked and normalised; a new id unless one is given. */
export function personOf(
  fields: Pick<Person, 'lastName' | 'firstName' | 'middleName' | 'birthDate' | 'sex' | 'snils'>,
  id: string = uuidv7(),
): Person {
  const person = new Person();
  person.id = id;
  person.lastName = fields.lastName;
  person.firstName = fields.firstName;
  person.middleName = fields.middleName;
  person.birthDate = fields.birthDate;
  person.sex = fields.sex;
  person.snils = fields.snils;
  return person;
}

/** A3: the administrator registers a person in their school with a first role. */
export async function registerPerson(
  ctx: IdentityContext,
  input: RegisterPersonInput,
): Promise<Person> {
  const { viewer } = await requireActiveSession(ctx);
  const role = checkGrantInput(viewer, input);
  const problems = [
    nameProblem('Фамилия', input.lastName, true),
    nameProblem('Имя', input.firstName, true),
    nameProblem('Отчество', input.middleName, false),
    birthDateProblem(input.birthDate, new Date()),
  ].filter((p): p is string => p !== null);
  if (input.sex && input.sex !== 'male' && input.sex !== 'female')
    problems.push('Пол: male или female.');
  const snils = input.snils ? normaliseSnils(input.snils) : null;
  if (input.snils && !snils) problems.push('СНИЛС указан неверно (не сходится контрольное число).');
  if (problems.length > 0) throw badInput(problems.join(' '), { problems });

  return inTransaction(ctx, async (tx) => {
    if (snils && (await tx.count(Person, { snils })) > 0) {
      throw conflict('Человек с таким СНИЛС уже зарегистрирован. Найдите его и назначьте роль.');
    }
    const person = personOf({
      lastName: input.lastName.trim(),
      firstName: input.firstName.trim(),
      middleName: input.middleName?.trim() || null,
      birthDate: input.birthDate ?? null,
      sex: (input.sex as Person['sex']) ?? null,
      snils,
    });
    const assignment = newAssignment(
      person.id,
      role,
      input.schoolId,
      input.classId,
      viewer.personId,
    );
    tx.persist([person, assignment]);
    await tx.flush();
    const context = eventContext(ctx, viewer, 'school_admin');
    stageEvent(tx, IdentityEvents.personRegistered, {
      aggregateId: person.id,
      schoolId: input.schoolId,
      data: { personId: person.id },
      context,
    });
    stageRoleGranted(tx, assignment, context);
    await appendAudit(tx, {
      chain: schoolChain(input.schoolId),
      actorPersonId: viewer.personId,
      actorRole: 'school_admin',
      action: 'person.registered',
      entityType: 'person',
      entityId: person.id,
      schoolId: input.schoolId,
      before: null,
      after: { ...person, role, classId: assignment.classId },
    });
    return person;
  });
}
