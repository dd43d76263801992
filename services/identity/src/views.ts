import type { PersonVisibility } from './modules/people/index.js';

/** What a Person resolves to: only the fields the viewer may see are filled. */
export interface PersonView {
  id: string;
  lastName: string;
  firstName: string;
  middleName: string | null;
  birthDate: string | null;
  visibility: Exclude<PersonVisibility, 'none'>;
}

/** A session as its owner sees it (A10). */
export interface SessionView {
  id: string;
  authMethod: 'password' | 'temporary' | 'esia';
  createdAt: string;
  lastUsedAt: string;
  expiresAt: string;
  userAgent: string | null;
  ip: string | null;
  current: boolean;
  revokedAt: string | null;
}
