// What the other modules of attendance may use of reports: the rules that read the journal as
// it stands now (corrections applied, the latest reason) and the administration's access.
export {
  currentRecords,
  latestReasons,
  lessonKey,
  type StudentRow,
  type TallyRecord,
  type Totals,
} from './report.rules.js';
export { canReadClassAttendance, canReadSchoolAttendance } from './reports.access.js';
export { reportsResolvers } from './reports.resolvers.js';
