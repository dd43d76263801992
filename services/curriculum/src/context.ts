import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { isPerson, type PersonViewer } from '@dnevnik/auth';
import type { FileStore } from '@dnevnik/files';
import { verifiedChildIds } from '@dnevnik/school-facts';
import type { BaseRequestContext } from '@dnevnik/server-kit';
import type { ChainWitnessDeps, RuntimeDeps } from '@dnevnik/service-runtime';
import { SchoolClass } from './modules/classes/index.js';
import { enrolmentsOf } from './modules/enrolments/index.js';
import { membershipsOf, StudyGroup } from './modules/groups/index.js';
import { Homework, HomeworkAttachment, Lesson, Substitution } from './modules/lesson/index.js';
import { Plan, PlanTopic } from './modules/plan/index.js';
import type { AudienceEntry } from './modules/school-access/index.js';
import { Bell, School } from './modules/schools/index.js';
import { Subject } from './modules/subjects/index.js';
import { TeachingAssignment } from './modules/teaching/index.js';

/** The runtime's parts (logger, clock, outbox wake-up, chain witness) and the file store. */
export type CurriculumDeps = RuntimeDeps &
  ChainWitnessDeps & {
    /** Where homework attachments are stored. */
    files: FileStore;
  };

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
  const students = [viewer.personId, ...(await verifiedChildIds(em, viewer))];
  const [enrolments, memberships] = await Promise.all([
    enrolmentsOf(em, students),
    membershipsOf(em, students),
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
