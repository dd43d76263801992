import { isSchoolStaff } from '@dnevnik/school-facts';

/** A class's journal page is seen by the school's staff (A2, A4, A5). */
export const canReadJournal = isSchoolStaff;
