import { mergeResolvers } from '@dnevnik/service-runtime';
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

export const resolvers: Resolvers = mergeResolvers('curriculum', modules);
