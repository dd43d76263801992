import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { ChainWitness } from '@dnevnik/audit';
import { isPerson, requirePerson, type PersonViewer, type Role } from '@dnevnik/auth';
import type { EventContext } from '@dnevnik/events';
import type { FileStore } from '@dnevnik/files';
import type { Logger } from '@dnevnik/logging';
import type { BaseRequestContext } from '@dnevnik/server-kit';
import type { AudienceEntry } from './curriculum.access.js';
import {
  Homework,
  HomeworkAttachment,
  Lesson,
  Substitution,
  Guardianship,
} from './modules/lesson/lesson.entities.js';
import {
  Bell,
  Enrolment,
  GroupMember,
  SchoolClass,
  School,
  Subject,
  StudyGroup,
} from './modules/structure/structure.entities.js';
import { Plan, PlanTopic, TeachingAssignment } from './modules/teaching/teaching.entities.js';

export interface CurriculumDeps {
  logger: Logger;
  files: FileStore;
  afterCommit: () => void;
  /** The clock, so deadline rules can be tested at a chosen moment. */
  now: () => Date;
  /** Signed checkpoints of the audit chains, kept outside the database (ADR 0009). */
  witness: ChainWitness;
}

export interface CurriculumContext extends BaseRequestContext {
  em: EntityManager;
  deps: CurriculumDeps;
  loaders: ReturnType<typeof createLoaders>;
  audience: () => Promise<AudienceEntry[]>;
}

function byId<T extends { id: string }>(rows: T[], ids: readonly string[]): (T | null)[] {
  const map = new Map(rows.map((r) => [r.id, r]));
  return ids.map((id) => map.get(id) ?? null);
}

function grouped<T>(rows: T[], key: (r: T) => string, ids: readonly string[]): T[][] {
  const map = new Map<string, T[]>(ids.map((id) => [id, []]));
  for (const r of rows) map.get(key(r))?.push(r);
  return ids.map((id) => map.get(id) ?? []);
}

/** Per-request batching: the journal page asks for many lessons' homework in one query. */
export function createLoaders(em: EntityManager) {
  const entity = <T extends { id: string }>(cls: new () => T) =>
    new DataLoader<string, T | null>(async (ids) =>
      byId(await em.find(cls, { id: { $in: [...ids] } } as never), ids),
    );
  return {
    school: entity(School),
    schoolClass: entity(SchoolClass),
    group: entity(StudyGroup),
    subject: entity(Subject),
    assignment: entity(TeachingAssignment),
    lesson: entity(Lesson),
    planTopic: entity(PlanTopic),
    homeworkByLesson: new DataLoader<string, Homework[]>(async (ids) =>
      grouped(
        // A removed homework stays in the record (G1) and leaves the diary.
        await em.find(
          Homework,
          { lessonId: { $in: [...ids] }, removedAt: null },
          { orderBy: { createdAt: 'asc', id: 'asc' } },
        ),
        (h) => h.lessonId,
        ids,
      ),
    ),
    attachmentsByHomework: new DataLoader<string, HomeworkAttachment[]>(async (ids) =>
      grouped(
        await em.find(HomeworkAttachment, { homeworkId: { $in: [...ids] }, removedAt: null }),
        (a) => a.homeworkId,
        ids,
      ),
    ),
    substitutesByLesson: new DataLoader<string, string[]>(async (ids) => {
      const rows = await em.find(Substitution, { lessonId: { $in: [...ids] } });
      return grouped(rows, (s) => s.lessonId, ids).map((subs) => subs.map((s) => s.substituteId));
    }),
    bellsBySchool: new DataLoader<string, Bell[]>(async (ids) =>
      grouped(await em.find(Bell, { schoolId: { $in: [...ids] } }), (b) => b.schoolId, ids),
    ),
    currentPlan: new DataLoader<string, Plan | null>(async (ids) => {
      const rows = await em.find(
        Plan,
        { assignmentId: { $in: [...ids] } },
        { orderBy: { version: 'desc' } },
      );
      return ids.map((id) => rows.find((p) => p.assignmentId === id) ?? null);
    }),
  };
}

/**
 * The classes and groups whose lessons a student or parent may read, with the dates of
 * membership: the viewer's own and those of their verified children (A7, A8).
 */
async function loadAudience(em: EntityManager, viewer: PersonViewer): Promise<AudienceEntry[]> {
  const links = await em.find(Guardianship, {
    parentId: viewer.personId,
    verified: true,
    active: true,
  });
  const students = [viewer.personId, ...links.map((l) => l.childId)];
  const [enrolments, memberships] = await Promise.all([
    em.find(Enrolment, { studentId: { $in: students } }),
    em.find(GroupMember, { studentId: { $in: students } }),
  ]);
  return [
    ...enrolments.map((e) => ({
      kind: 'class' as const,
      id: e.classId,
      from: e.startsOn,
      to: e.endsOn,
      studentId: e.studentId,
    })),
    ...memberships.map((m) => ({
      kind: 'group' as const,
      id: m.groupId,
      from: m.joinedOn,
      to: m.leftOn,
      studentId: m.studentId,
    })),
  ];
}

export function buildCurriculumContext(
  base: BaseRequestContext,
  em: EntityManager,
  deps: CurriculumDeps,
): CurriculumContext {
  let audience: Promise<AudienceEntry[]> | null = null;
  return {
    ...base,
    em,
    deps,
    loaders: createLoaders(em),
    audience: () =>
      (audience ??= isPerson(base.viewer) ? loadAudience(em, base.viewer) : Promise.resolve([])),
  };
}

export function eventContext(ctx: CurriculumContext, role: Role | 'system' | null): EventContext {
  const viewer = isPerson(ctx.viewer) ? ctx.viewer : null;
  return { actor: { personId: viewer?.personId ?? null, role }, correlationId: ctx.requestId };
}

export { requirePerson };
