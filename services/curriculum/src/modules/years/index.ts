export { AcademicYear, AcademicYearSchema, Period, PeriodSchema } from './years.entities.js';
export { academicYearOf, periodOf, type PeriodInput } from './create-academic-year.js';
export { stagePeriodChanged } from './stage-period-event.js';
export { requireYear } from './years.queries.js';
export { yearsResolvers } from './years.resolvers.js';
