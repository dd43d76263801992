export { AcademicYear, AcademicYearSchema, Period, PeriodSchema } from './years.entities.js';
export { requireYear } from './years.queries.js';
export { createAcademicYear, type PeriodInput } from './create-academic-year.js';
export { yearsResolvers } from './years.resolvers.js';
