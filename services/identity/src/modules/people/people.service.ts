import type { EntityManager } from '@mikro-orm/postgresql';
import { v7 as uuidv7 } from 'uuid';
import { appendAudit, verifyAuditChain, type ChainVerdict } from '@dnevnik/audit';
import { roleSchema, type PersonViewer, type Role } from '@dnevnik/auth';
import { badInput, conflict, forbidden, notFound, requireUuid } from '@dnevnik/errors';
import { stageEvent } from '@dnevnik/events';
import { inTransaction } from '@dnevnik/service-runtime';
import { eventContext, type IdentityContext } from '../../context.js';
import { IdentityEvents } from '@dnevnik/contracts';
import { requireActiveSession, revokeAllSessions } from '../access/access.service.js';
import {
  Consent,
  ParentLink,
  Person,
  RoleAssignment,
  type ParentLinkSource,
} from './people.entities.js';
import {
  birthDateProblem,
  canManageSchoolPeople,
  canVerifyAudit,
  canVerifyParentLink,
  nameProblem,
  normaliseSnils,
  SCHOOL_GRANTABLE_ROLES,
} from './people.rules.js';

const schoolChain = (schoolId: string) => `school:${schoolId}`;

function roleEventData(r: RoleAssignment) {
  return {
    assignmentId: r.id,
    personId: r.personId,
    role: r.role,
    regionId: r.regionId,
    schoolId: r.schoolId,
    classId: r.classId,
  };
}

function linkEventData(l: ParentLink) {
  return { linkId: l.id, parentId: l.parentId, childId: l.childId, verified: l.verified };
}

function checkGrantInput(
  viewer: PersonViewer,
  input: { role: string; schoolId: string; classId?: string | null },
): Role {
  const role = roleSchema.safeParse(input.role);
  if (!role.success || !SCHOOL_GRANTABLE_ROLES.includes(role.data))
    throw badInput('Эту роль нельзя назначить в школе.');
  requireUuid(input.schoolId, 'schoolId');
  if (input.classId) requireUuid(input.classId, 'classId');
  if (role.data === 'class_teacher' && !input.classId) {
    throw badInput('Для классного руководителя укажите класс.', { field: 'classId' });
  }
  if (!canManageSchoolPeople(viewer, input.schoolId))
    throw forbidden('Назначать роли может администратор этой школы.');
  return role.data;
}

function newAssignment(
  personId: string,
  role: Role,
  schoolId: string,
  classId: string | null | undefined,
  by: string,
) {
  const a = new RoleAssignment();
  a.id = uuidv7();
  a.personId = personId;
  a.role = role;
  a.schoolId = schoolId;
  a.classId = classId ?? null;
  a.grantedBy = by;
  return a;
}

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
    const person = new Person();
    person.id = uuidv7();
    person.lastName = input.lastName.trim();
    person.firstName = input.firstName.trim();
    person.middleName = input.middleName?.trim() || null;
    person.birthDate = input.birthDate ?? null;
    person.sex = (input.sex as Person['sex']) ?? null;
    person.snils = snils;
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
    stageEvent(tx, IdentityEvents.roleGranted, {
      aggregateId: person.id,
      schoolId: input.schoolId,
      data: roleEventData(assignment),
      context,
    });
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

export async function grantRole(
  ctx: IdentityContext,
  input: { personId: string; role: string; schoolId: string; classId?: string | null },
): Promise<RoleAssignment> {
  const { viewer } = await requireActiveSession(ctx);
  const role = checkGrantInput(viewer, input);
  requireUuid(input.personId, 'personId');
  return inTransaction(ctx, async (tx) => {
    if (!(await tx.findOne(Person, { id: input.personId }))) throw notFound('Человек');
    const same = await tx.findOne(RoleAssignment, {
      personId: input.personId,
      role,
      schoolId: input.schoolId,
      classId: input.classId ?? null,
      revokedAt: null,
    });
    if (same) throw conflict('Эта роль уже назначена.');
    const assignment = newAssignment(
      input.personId,
      role,
      input.schoolId,
      input.classId,
      viewer.personId,
    );
    tx.persist(assignment);
    await tx.flush();
    stageEvent(tx, IdentityEvents.roleGranted, {
      aggregateId: input.personId,
      schoolId: input.schoolId,
      data: roleEventData(assignment),
      context: eventContext(ctx, viewer, 'school_admin'),
    });
    await appendAudit(tx, {
      chain: schoolChain(input.schoolId),
      actorPersonId: viewer.personId,
      actorRole: 'school_admin',
      action: 'role.granted',
      entityType: 'role_assignment',
      entityId: assignment.id,
      schoolId: input.schoolId,
      before: null,
      after: roleEventData(assignment),
    });
    return assignment;
  });
}

export async function revokeRole(
  ctx: IdentityContext,
  id: string,
  reason: string,
): Promise<RoleAssignment> {
  const { viewer } = await requireActiveSession(ctx);
  requireUuid(id, 'id');
  if (reason.trim().length < 3) throw badInput('Укажите причину.', { field: 'reason' });
  return inTransaction(ctx, async (tx) => {
    const assignment = await tx.findOne(RoleAssignment, { id });
    if (
      !assignment ||
      !assignment.schoolId ||
      !canManageSchoolPeople(viewer, assignment.schoolId)
    ) {
      throw assignment
        ? forbidden('Снимать роли может администратор этой школы.')
        : notFound('Назначение роли');
    }
    if (assignment.revokedAt) throw conflict('Роль уже снята.');
    assignment.revokedAt = new Date();
    assignment.revokedBy = viewer.personId;
    assignment.revokeReason = reason.trim();
    stageEvent(tx, IdentityEvents.roleRevoked, {
      aggregateId: assignment.personId,
      schoolId: assignment.schoolId,
      data: roleEventData(assignment),
      context: eventContext(ctx, viewer, 'school_admin'),
    });
    await appendAudit(tx, {
      chain: schoolChain(assignment.schoolId),
      actorPersonId: viewer.personId,
      actorRole: 'school_admin',
      action: 'role.revoked',
      entityType: 'role_assignment',
      entityId: assignment.id,
      schoolId: assignment.schoolId,
      before: { revokedAt: null },
      after: { revokedAt: assignment.revokedAt, reason: assignment.revokeReason },
    });
    // Tokens carry roles: open sessions must not keep a role that was taken away.
    await revokeAllSessions(ctx, tx, assignment.personId, 'role_changed');
    return assignment;
  });
}

async function schoolOfChild(tx: EntityManager, childId: string): Promise<RoleAssignment | null> {
  return tx.findOne(
    RoleAssignment,
    { personId: childId, role: 'student', revokedAt: null },
    { orderBy: { grantedAt: 'desc' } },
  );
}

export async function linkParent(
  ctx: IdentityContext,
  input: { parentId: string; childId: string; source: ParentLinkSource },
): Promise<ParentLink> {
  const { viewer } = await requireActiveSession(ctx);
  requireUuid(input.parentId, 'parentId');
  requireUuid(input.childId, 'childId');
  if (input.parentId === input.childId)
    throw badInput('Человек не может быть родителем самого себя.');
  return inTransaction(ctx, async (tx) => {
    const student = await schoolOfChild(tx, input.childId);
    if (!student?.schoolId) throw badInput('Ребёнок не зарегистрирован как ученик школы.');
    if (!canManageSchoolPeople(viewer, student.schoolId))
      throw forbidden('Связь родителя с ребёнком вносит администратор школы.');
    if (!(await tx.findOne(Person, { id: input.parentId }))) throw notFound('Родитель');
    if (
      await tx.findOne(ParentLink, {
        parentId: input.parentId,
        childId: input.childId,
        removedAt: null,
      })
    ) {
      throw conflict('Эта связь уже записана.');
    }
    const link = new ParentLink();
    link.id = uuidv7();
    link.parentId = input.parentId;
    link.childId = input.childId;
    link.source = input.source;
    link.createdBy = viewer.personId;
    // The school's own records are the verification; ESIA data and applications are confirmed later.
    if (input.source === 'school_record') {
      link.verified = true;
      link.verifiedBy = viewer.personId;
      link.verifiedAt = new Date();
    }
    tx.persist(link);
    await tx.flush();
    stageEvent(tx, IdentityEvents.guardianshipLinked, {
      aggregateId: link.childId,
      schoolId: student.schoolId,
      data: linkEventData(link),
      context: eventContext(ctx, viewer, 'school_admin'),
    });
    await appendAudit(tx, {
      chain: schoolChain(student.schoolId),
      actorPersonId: viewer.personId,
      actorRole: 'school_admin',
      action: 'guardianship.linked',
      entityType: 'parent_link',
      entityId: link.id,
      schoolId: student.schoolId,
      before: null,
      after: { ...linkEventData(link), source: link.source },
    });
    return link;
  });
}

export async function verifyParentLink(ctx: IdentityContext, id: string): Promise<ParentLink> {
  const { viewer } = await requireActiveSession(ctx);
  requireUuid(id, 'id');
  return inTransaction(ctx, async (tx) => {
    const link = await tx.findOne(ParentLink, { id, removedAt: null });
    if (!link) throw notFound('Связь родителя с ребёнком');
    const childGrants = await tx.find(RoleAssignment, { personId: link.childId, revokedAt: null });
    if (!canVerifyParentLink(viewer, childGrants)) {
      throw forbidden('Подтверждает связь классный руководитель ребёнка или администратор школы.');
    }
    if (link.verified) return link;
    link.verified = true;
    link.verifiedBy = viewer.personId;
    link.verifiedAt = new Date();
    const schoolId = childGrants.find((g) => g.role === 'student')?.schoolId ?? null;
    stageEvent(tx, IdentityEvents.guardianshipVerified, {
      aggregateId: link.childId,
      schoolId,
      data: linkEventData(link),
      context: eventContext(ctx, viewer, null),
    });
    await appendAudit(tx, {
      chain: schoolId ? schoolChain(schoolId) : 'identity',
      actorPersonId: viewer.personId,
      actorRole: null,
      action: 'guardianship.verified',
      entityType: 'parent_link',
      entityId: link.id,
      schoolId,
      before: { verified: false },
      after: { verified: true },
    });
    return link;
  });
}

export async function removeParentLink(
  ctx: IdentityContext,
  id: string,
  reason: string,
): Promise<ParentLink> {
  const { viewer } = await requireActiveSession(ctx);
  requireUuid(id, 'id');
  if (reason.trim().length < 3)
    throw badInput('Укажите причину (например, решение суда).', { field: 'reason' });
  return inTransaction(ctx, async (tx) => {
    const link = await tx.findOne(ParentLink, { id, removedAt: null });
    if (!link) throw notFound('Связь родителя с ребёнком');
    const student = await schoolOfChild(tx, link.childId);
    if (!student?.schoolId || !canManageSchoolPeople(viewer, student.schoolId)) {
      throw forbidden('Удалить связь может администратор школы ребёнка.');
    }
    link.removedAt = new Date();
    link.removedBy = viewer.personId;
    link.removeReason = reason.trim();
    stageEvent(tx, IdentityEvents.guardianshipRemoved, {
      aggregateId: link.childId,
      schoolId: student.schoolId,
      data: linkEventData(link),
      context: eventContext(ctx, viewer, 'school_admin'),
    });
    await appendAudit(tx, {
      chain: schoolChain(student.schoolId),
      actorPersonId: viewer.personId,
      actorRole: 'school_admin',
      action: 'guardianship.removed',
      entityType: 'parent_link',
      entityId: link.id,
      schoolId: student.schoolId,
      before: { removedAt: null },
      after: { removedAt: link.removedAt, reason: link.removeReason },
    });
    // A parent who lost guardianship must lose access now, not when the token expires.
    await revokeAllSessions(ctx, tx, link.parentId, 'guardianship_removed');
    return link;
  });
}

export async function recordConsent(
  ctx: IdentityContext,
  input: {
    subjectId: string;
    givenBy: string;
    purpose: string;
    documentRef: string;
    givenAt: string;
  },
): Promise<Consent> {
  const { viewer } = await requireActiveSession(ctx);
  requireUuid(input.subjectId, 'subjectId');
  requireUuid(input.givenBy, 'givenBy');
  const purpose = input.purpose.trim();
  const documentRef = input.documentRef.trim();
  if (purpose.length < 3 || purpose.length > 300)
    throw badInput('Укажите цель обработки (3–300 символов).', { field: 'purpose' });
  if (documentRef.length < 1 || documentRef.length > 100)
    throw badInput('Укажите номер документа согласия.', { field: 'documentRef' });
  const dateProblem = birthDateProblem(input.givenAt, new Date());
  if (!input.givenAt || dateProblem)
    throw badInput('Дата согласия указана неверно.', { field: 'givenAt' });
  return inTransaction(ctx, async (tx) => {
    const student = await schoolOfChild(tx, input.subjectId);
    if (!student?.schoolId || !canManageSchoolPeople(viewer, student.schoolId)) {
      throw forbidden('Согласие вносит администратор школы ребёнка.');
    }
    const link = await tx.findOne(ParentLink, {
      parentId: input.givenBy,
      childId: input.subjectId,
      removedAt: null,
      verified: true,
    });
    if (!link)
      throw badInput('Согласие даёт подтверждённый родитель (законный представитель) ребёнка.');
    const consent = new Consent();
    Object.assign(consent, {
      id: uuidv7(),
      subjectId: input.subjectId,
      givenBy: input.givenBy,
      purpose,
      documentRef,
      givenAt: input.givenAt,
      recordedBy: viewer.personId,
    });
    tx.persist(consent);
    await appendAudit(tx, {
      chain: schoolChain(student.schoolId),
      actorPersonId: viewer.personId,
      actorRole: 'school_admin',
      action: 'consent.recorded',
      entityType: 'consent',
      entityId: consent.id,
      schoolId: student.schoolId,
      before: null,
      after: {
        subjectId: consent.subjectId,
        givenBy: consent.givenBy,
        purpose,
        documentRef,
        givenAt: consent.givenAt,
      },
    });
    return consent;
  });
}

export async function verifySchoolAuditChain(
  ctx: IdentityContext,
  schoolId: string,
): Promise<ChainVerdict> {
  const { viewer } = await requireActiveSession(ctx);
  requireUuid(schoolId, 'schoolId');
  if (!canVerifyAudit(viewer, schoolId))
    throw forbidden('Проверять журнал аудита может руководство школы.');
  return verifyAuditChain(ctx.em, schoolChain(schoolId));
}
