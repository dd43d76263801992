// What the other modules of the archive may use of the printouts.
export type { ClassPeriodSnapshot } from './class-period.rules.js';
export { renderClassPeriod } from './render-class-period.js';
