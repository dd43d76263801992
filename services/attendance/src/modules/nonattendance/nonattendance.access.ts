import { isDeputyOrDirector } from '@dnevnik/school-facts';

/** P3: the threshold of systematic non-attendance is the director's or deputy's to set. */
export const canConfigureNonattendance = isDeputyOrDirector;
