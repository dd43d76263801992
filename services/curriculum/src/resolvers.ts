import type { Resolvers } from './generated/resolvers-types.js';
import { auditResolvers } from './modules/audit/index.js';
import { classesResolvers } from './modules/classes/index.js';
import { curriculumResolvers } from './modules/curriculum/index.js';
import { enrolmentsResolvers } from './modules/enrolments/index.js';
import { fulfilmentResolvers } from './modules/fulfilment/index.js';
import { groupsResolvers } from './modules/groups/index.js';
import { lessonResolvers } from './modules/lesson/index.js';
import { planResolvers } from './modules/plan/index.js';
import { schoolsResolvers } from './modules/schools/index.js';
import { subjectsResolvers } from './modules/subjects/index.js';
import { teachingResolvers } from './modules/teaching/index.js';
import { timetableResolvers } from './modules/timetable/index.js';
import { yearsResolvers } from './modules/years/index.js';

const modules: Resolvers[] = [
  auditResolvers,
  schoolsResolvers,
  yearsResolvers,
  subjectsResolvers,
  classesResolvers,
  enrolmentsResolvers,
  groupsResolvers,
  curriculumResolvers,
  teachingResolvers,
  timetableResolvers,
  planResolvers,
  lessonResolvers,
  fulfilmentResolvers,
];

/**
 * The modules' resolver maps, merged type by type: a module may add fields to a type another
 * one owns (years adds School.years). Two modules resolving the same field is a mistake.
 */
function merge(maps: Resolvers[]): Resolvers {
  const merged: Record<string, Record<string, unknown>> = {};
  for (const map of maps) {
    for (const [type, fields] of Object.entries(map as Record<string, Record<string, unknown>>)) {
      const into = (merged[type] ??= {});
      for (const [field, resolver] of Object.entries(fields)) {
        if (field in into) throw new Error(`curriculum: ${type}.${field} is resolved twice`);
        into[field] = resolver;
      }
    }
  }
  return merged as Resolvers;
}

export const resolvers: Resolvers = merge(modules);
