import { EntitySchema } from '@mikro-orm/postgresql';

/**
 * A person's ESIA account: the oid and nothing else from ESIA (G5). Names, birth date and СНИЛС
 * are read at each login to check the match and are not stored again.
 */
export class EsiaAccount {
  personId!: string;
  oid!: string;
  linkedAt: Date = new Date();
  lastLoginAt: Date = new Date();
}

export const EsiaAccountSchema = new EntitySchema<EsiaAccount>({
  class: EsiaAccount,
  tableName: 'esia_account',
  properties: {
    personId: { type: 'uuid', primary: true },
    oid: { type: 'text', unique: true },
    linkedAt: { type: 'Date', columnType: 'timestamptz' },
    lastLoginAt: { type: 'Date', columnType: 'timestamptz' },
  },
});

export type EsiaLoginPurpose = 'login' | 'parent';

/**
 * One ESIA login from start to tokens. `state` and the PKCE verifier are single-use and expire;
 * the browser that started the flow holds a key whose hash is stored here, so a callback link
 * sent to someone else does not log them in (login CSRF). After the callback, a one-time code
 * (stored as a hash) lets the SPA fetch the tokens with `completeEsiaLogin`.
 */
export class EsiaLoginFlow {
  id!: string;
  state!: string;
  browserKeyHash!: string;
  codeVerifier: string | null = null;
  nonce!: string;
  scope!: string;
  purpose!: EsiaLoginPurpose;
  createdAt: Date = new Date();
  expiresAt!: Date;
  callbackAt: Date | null = null;
  personId: string | null = null;
  resultCodeHash: string | null = null;
  resultExpiresAt: Date | null = null;
  completedAt: Date | null = null;
}

export const EsiaLoginFlowSchema = new EntitySchema<EsiaLoginFlow>({
  class: EsiaLoginFlow,
  tableName: 'esia_login_flow',
  properties: {
    id: { type: 'uuid', primary: true },
    state: { type: 'uuid', unique: true },
    browserKeyHash: { type: 'text' },
    codeVerifier: { type: 'text', nullable: true },
    nonce: { type: 'text' },
    scope: { type: 'text' },
    purpose: { type: 'text' },
    createdAt: { type: 'Date', columnType: 'timestamptz' },
    expiresAt: { type: 'Date', columnType: 'timestamptz' },
    callbackAt: { type: 'Date', columnType: 'timestamptz', nullable: true },
    personId: { type: 'uuid', nullable: true },
    resultCodeHash: { type: 'text', nullable: true, unique: true },
    resultExpiresAt: { type: 'Date', columnType: 'timestamptz', nullable: true },
    completedAt: { type: 'Date', columnType: 'timestamptz', nullable: true },
  },
});
