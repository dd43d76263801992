import { EntitySchema } from '@mikro-orm/postgresql';
import type { NotificationKind } from './notification.rules.js';

/** An in-app notification: always created, whatever the person's other channels (C2). */
export class Notification {
  id!: string;
  personId!: string;
  schoolId!: string;
  kind!: NotificationKind;
  title!: string;
  body!: string;
  /** The event it came from: with person and kind, unique, so a redelivery notifies nobody twice. */
  sourceEventId!: string;
  studentId: string | null = null;
  lessonId: string | null = null;
  subjectId: string | null = null;
  createdAt!: Date;
  readAt: Date | null = null;
}

export type ChannelName = 'email' | 'sms';

/** One attempt chain to send a notification by e-mail or SMS; recorded with its status. */
export class Delivery {
  id!: string;
  notificationId!: string;
  personId!: string;
  channel!: ChannelName;
  address!: string;
  /** Sent in the daily digest e-mail rather than on its own. */
  digest!: boolean;
  status!: 'pending' | 'sent' | 'failed';
  attempts!: number;
  nextAttemptAt!: Date;
  lastError: string | null = null;
  sentAt: Date | null = null;
  createdAt!: Date;
}

/** A person's notification settings; without a row: in-app only. */
export class Preference {
  personId!: string;
  email: string | null = null;
  phone: string | null = null;
  mutedKinds: NotificationKind[] = [];
  emailEnabled!: boolean;
  smsEnabled!: boolean;
  /** HH:MM in the school's time zone; nothing by SMS between them. */
  quietStart: string | null = null;
  quietEnd: string | null = null;
  dailyDigest!: boolean;
  updatedAt!: Date;
}

const ts = { type: 'Date', columnType: 'timestamptz' } as const;
const nts = { ...ts, nullable: true } as const;
const nuuid = { type: 'uuid', nullable: true } as const;

export const NotificationSchema = new EntitySchema<Notification>({
  class: Notification,
  tableName: 'notification',
  properties: {
    id: { type: 'uuid', primary: true },
    personId: { type: 'uuid' },
    schoolId: { type: 'uuid' },
    kind: { type: 'text' },
    title: { type: 'text' },
    body: { type: 'text' },
    sourceEventId: { type: 'uuid' },
    studentId: nuuid,
    lessonId: nuuid,
    subjectId: nuuid,
    createdAt: ts,
    readAt: nts,
  },
});
export const DeliverySchema = new EntitySchema<Delivery>({
  class: Delivery,
  tableName: 'delivery',
  properties: {
    id: { type: 'uuid', primary: true },
    notificationId: { type: 'uuid' },
    personId: { type: 'uuid' },
    channel: { type: 'text' },
    address: { type: 'text' },
    digest: { type: 'boolean' },
    status: { type: 'text' },
    attempts: { type: 'integer' },
    nextAttemptAt: ts,
    lastError: { type: 'text', nullable: true },
    sentAt: nts,
    createdAt: ts,
  },
});
export const PreferenceSchema = new EntitySchema<Preference>({
  class: Preference,
  tableName: 'preference',
  properties: {
    personId: { type: 'uuid', primary: true },
    email: { type: 'text', nullable: true },
    phone: { type: 'text', nullable: true },
    mutedKinds: { type: 'json' },
    emailEnabled: { type: 'boolean' },
    smsEnabled: { type: 'boolean' },
    quietStart: { type: 'text', nullable: true },
    quietEnd: { type: 'text', nullable: true },
    dailyDigest: { type: 'boolean' },
    updatedAt: ts,
  },
});
