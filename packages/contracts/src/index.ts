/**
 * Events are the services' public interface to each other: producers define them here, and
 * consumers import the same definitions, so payloads are validated by one schema on both sides.
 */
export { IdentityEvents } from './identity.events.js';
export { CurriculumEvents, type LessonEventData } from './curriculum.events.js';
export {
  DEMO_PEOPLE_DATA,
  DEMO_SCHOOL,
  demoId,
  type DemoPersonData,
  type DemoPersonKey,
} from './demo-school.js';
export {
  DEMO_ROSTER_YEAR,
  demoCohort,
  demoRoster,
  demoSnils,
  type DemoRoster,
  type DemoRosterParent,
  type DemoRosterPerson,
  type DemoRosterStudent,
} from './demo-roster.js';
export { GradebookEvents } from './gradebook.events.js';
export {
  AttendanceEvents,
  ABSENCE_REASON_KINDS,
  ATTENDANCE_STATUSES,
  type AbsenceReasonKind,
  type AttendanceStatus,
} from './attendance.events.js';
export { WORK_TYPES, type WorkType } from './work-types.js';
export { MessagingEvents } from './messaging.events.js';
export {
  ChainWitnessEvents,
  chainCheckpointData,
  chainStepFields,
  type ChainCheckpointData,
} from './chain-witness.js';
export { lcgRandom, mulberry32 } from './demo-random.js';
