import { isDeputyOrDirector, isSchoolStaff } from '@dnevnik/school-facts';

/** M2, M6: a school's grading settings are seen by its staff. */
export const canReadGradingSettings = isSchoolStaff;

/** …and changed by the director or a deputy. */
export const canSetGradingSettings = isDeputyOrDirector;
