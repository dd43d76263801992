import { EntitySchema } from '@mikro-orm/postgresql';
import type { AuthMethod } from '@dnevnik/auth';

/** Local login of a person: a permanent password, or temporary credentials (A9). */
export class Account {
  id!: string;
  personId!: string;
  /** Lower-cased; unique. */
  login!: string;
  passwordHash!: string;
  kind!: 'password' | 'temporary';
  /** Why temporary credentials were issued (the written application, A9). */
  temporaryReason: string | null = null;
  expiresAt: Date | null = null;
  issuedBy: string | null = null;
  createdAt: Date = new Date();
  disabledAt: Date | null = null;
}

export const AccountSchema = new EntitySchema<Account>({
  class: Account,
  tableName: 'account',
  properties: {
    id: { type: 'uuid', primary: true },
    personId: { type: 'uuid', unique: true },
    login: { type: 'text', unique: true },
    passwordHash: { type: 'text' },
    kind: { type: 'text' },
    temporaryReason: { type: 'text', nullable: true },
    expiresAt: { type: 'Date', columnType: 'timestamptz', nullable: true },
    issuedBy: { type: 'uuid', nullable: true },
    createdAt: { type: 'Date', columnType: 'timestamptz' },
    disabledAt: { type: 'Date', columnType: 'timestamptz', nullable: true },
  },
});

/** A signed-in session; each user sees their own (A10). */
export class Session {
  id!: string;
  personId!: string;
  authMethod!: AuthMethod;
  createdAt: Date = new Date();
  lastUsedAt: Date = new Date();
  expiresAt!: Date;
  ip: string | null = null;
  userAgent: string | null = null;
  revokedAt: Date | null = null;
  revokeReason: string | null = null;
}

export const SessionSchema = new EntitySchema<Session>({
  class: Session,
  tableName: 'session',
  properties: {
    id: { type: 'uuid', primary: true },
    personId: { type: 'uuid', index: true },
    authMethod: { type: 'text' },
    createdAt: { type: 'Date', columnType: 'timestamptz' },
    lastUsedAt: { type: 'Date', columnType: 'timestamptz' },
    expiresAt: { type: 'Date', columnType: 'timestamptz' },
    ip: { type: 'text', nullable: true },
    userAgent: { type: 'text', nullable: true },
    revokedAt: { type: 'Date', columnType: 'timestamptz', nullable: true },
    revokeReason: { type: 'text', nullable: true },
  },
});

/** One refresh token of a session; each is used once and replaced (rotation). */
export class RefreshToken {
  id!: string;
  sessionId!: string;
  /** sha256 of the token; the token itself is never stored. */
  tokenHash!: string;
  createdAt: Date = new Date();
  usedAt: Date | null = null;
}

export const RefreshTokenSchema = new EntitySchema<RefreshToken>({
  class: RefreshToken,
  tableName: 'refresh_token',
  properties: {
    id: { type: 'uuid', primary: true },
    sessionId: { type: 'uuid', index: true },
    tokenHash: { type: 'text', unique: true },
    createdAt: { type: 'Date', columnType: 'timestamptz' },
    usedAt: { type: 'Date', columnType: 'timestamptz', nullable: true },
  },
});

/** A login attempt, keyed by hashes so no login name or address sits in this table in clear. */
export class LoginAttempt {
  id?: string;
  accountKey!: string;
  sourceKey!: string;
  succeeded!: boolean;
  attemptedAt: Date = new Date();
}

export const LoginAttemptSchema = new EntitySchema<LoginAttempt>({
  class: LoginAttempt,
  tableName: 'login_attempt',
  properties: {
    id: { type: 'bigint', primary: true, autoincrement: true },
    accountKey: { type: 'text' },
    sourceKey: { type: 'text' },
    succeeded: { type: 'boolean' },
    attemptedAt: { type: 'Date', columnType: 'timestamptz' },
  },
});
