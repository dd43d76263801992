import { EntitySchema } from '@mikro-orm/postgresql';
import type { Role } from '@dnevnik/auth';
import type { ParentLinkSource } from './people.rules.js';

/** A person known to the journal. Only the fields the purpose needs are kept (G5). */
export class Person {
  id!: string;
  lastName!: string;
  firstName!: string;
  middleName: string | null = null;
  birthDate: string | null = null;
  sex: 'male' | 'female' | null = null;
  /** СНИЛС, normalised to 11 digits; used to match ESIA accounts. */
  snils: string | null = null;
  createdAt: Date = new Date();
  updatedAt: Date = new Date();
}

export const PersonSchema = new EntitySchema<Person>({
  class: Person,
  tableName: 'person',
  properties: {
    id: { type: 'uuid', primary: true },
    lastName: { type: 'text' },
    firstName: { type: 'text' },
    middleName: { type: 'text', nullable: true },
    birthDate: { type: 'string', columnType: 'date', nullable: true },
    sex: { type: 'text', nullable: true },
    snils: { type: 'text', nullable: true, unique: true },
    createdAt: { type: 'Date', columnType: 'timestamptz' },
    updatedAt: { type: 'Date', columnType: 'timestamptz' },
  },
});

/** A role held by a person in a scope; revoked, never deleted, so the history stays (G1). */
export class RoleAssignment {
  id!: string;
  personId!: string;
  role!: Role;
  regionId: string | null = null;
  schoolId: string | null = null;
  classId: string | null = null;
  grantedBy: string | null = null;
  grantedAt: Date = new Date();
  revokedAt: Date | null = null;
  revokedBy: string | null = null;
  revokeReason: string | null = null;
}

export const RoleAssignmentSchema = new EntitySchema<RoleAssignment>({
  class: RoleAssignment,
  tableName: 'role_assignment',
  properties: {
    id: { type: 'uuid', primary: true },
    personId: { type: 'uuid', index: true },
    role: { type: 'text' },
    regionId: { type: 'uuid', nullable: true },
    schoolId: { type: 'uuid', nullable: true },
    classId: { type: 'uuid', nullable: true },
    grantedBy: { type: 'uuid', nullable: true },
    grantedAt: { type: 'Date', columnType: 'timestamptz' },
    revokedAt: { type: 'Date', columnType: 'timestamptz', nullable: true },
    revokedBy: { type: 'uuid', nullable: true },
    revokeReason: { type: 'text', nullable: true },
  },
});

export type { ParentLinkSource };

/**
 * A parent (законный представитель) of a child, with where the fact came from. Only a verified,
 * current link gives the parent access to the child's data (A8).
 */
export class ParentLink {
  id!: string;
  parentId!: string;
  childId!: string;
  source!: ParentLinkSource;
  verified = false;
  verifiedBy: string | null = null;
  verifiedAt: Date | null = null;
  /** When ESIA's kids list last confirmed this parent and child (verified there by the registry). */
  esiaConfirmedAt: Date | null = null;
  createdBy: string | null = null;
  createdAt: Date = new Date();
  removedAt: Date | null = null;
  removedBy: string | null = null;
  removeReason: string | null = null;
}

export const ParentLinkSchema = new EntitySchema<ParentLink>({
  class: ParentLink,
  tableName: 'parent_link',
  properties: {
    id: { type: 'uuid', primary: true },
    parentId: { type: 'uuid', index: true },
    childId: { type: 'uuid', index: true },
    source: { type: 'text' },
    verified: { type: 'boolean' },
    verifiedBy: { type: 'uuid', nullable: true },
    verifiedAt: { type: 'Date', columnType: 'timestamptz', nullable: true },
    esiaConfirmedAt: { type: 'Date', columnType: 'timestamptz', nullable: true },
    createdBy: { type: 'uuid', nullable: true },
    createdAt: { type: 'Date', columnType: 'timestamptz' },
    removedAt: { type: 'Date', columnType: 'timestamptz', nullable: true },
    removedBy: { type: 'uuid', nullable: true },
    removeReason: { type: 'text', nullable: true },
  },
});

/** A parent's recorded consent to processing a child's personal data (G5, 003 §1.5). */
export class Consent {
  id!: string;
  subjectId!: string;
  givenBy!: string;
  purpose!: string;
  documentRef!: string;
  givenAt!: string;
  recordedBy!: string;
  recordedAt: Date = new Date();
  withdrawnAt: Date | null = null;
}

export const ConsentSchema = new EntitySchema<Consent>({
  class: Consent,
  tableName: 'consent',
  properties: {
    id: { type: 'uuid', primary: true },
    subjectId: { type: 'uuid', index: true },
    givenBy: { type: 'uuid' },
    purpose: { type: 'text' },
    documentRef: { type: 'text' },
    givenAt: { type: 'string', columnType: 'date' },
    recordedBy: { type: 'uuid' },
    recordedAt: { type: 'Date', columnType: 'timestamptz' },
    withdrawnAt: { type: 'Date', columnType: 'timestamptz', nullable: true },
  },
});
