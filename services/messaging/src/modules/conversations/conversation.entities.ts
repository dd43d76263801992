import { EntitySchema } from '@mikro-orm/postgresql';

export class Thread {
  id!: string;
  schoolId!: string;
  kind!: 'direct' | 'group';
  subject: string | null = null;
  createdBy!: string;
  createdAt!: Date;
  lastMessageAt!: Date;
}
export class ThreadMember {
  threadId!: string;
  personId!: string;
  joinedAt!: Date;
}
export interface StoredAttachment {
  fileName: string;
  contentType: string;
  size: number;
  key: string;
}
/** Messages are never edited; an abuse report may hide one until the administration decides. */
export class Message {
  id!: string;
  threadId!: string;
  authorId!: string;
  body!: string;
  attachments: StoredAttachment[] = [];
  createdAt!: Date;
  hiddenAt: Date | null = null;
  hiddenReason: string | null = null;
}
export class MessageRead {
  messageId!: string;
  personId!: string;
  readAt!: Date;
}
export class AbuseReport {
  id!: string;
  messageId!: string;
  schoolId!: string;
  reporterId!: string;
  reason!: string;
  createdAt!: Date;
  resolvedBy: string | null = null;
  resolvedAt: Date | null = null;
  resolution: 'restored' | 'removed' | null = null;
}

const ts = { type: 'Date', columnType: 'timestamptz' } as const;
const nts = { ...ts, nullable: true } as const;

export const ThreadSchema = new EntitySchema<Thread>({
  class: Thread,
  tableName: 'thread',
  properties: {
    id: { type: 'uuid', primary: true },
    schoolId: { type: 'uuid' },
    kind: { type: 'text' },
    subject: { type: 'text', nullable: true },
    createdBy: { type: 'uuid' },
    createdAt: ts,
    lastMessageAt: ts,
  },
});
export const ThreadMemberSchema = new EntitySchema<ThreadMember>({
  class: ThreadMember,
  tableName: 'thread_member',
  properties: {
    threadId: { type: 'uuid', primary: true },
    personId: { type: 'uuid', primary: true },
    joinedAt: ts,
  },
});
export const MessageSchema = new EntitySchema<Message>({
  class: Message,
  tableName: 'message',
  properties: {
    id: { type: 'uuid', primary: true },
    threadId: { type: 'uuid' },
    authorId: { type: 'uuid' },
    body: { type: 'text' },
    attachments: { type: 'json' },
    createdAt: ts,
    hiddenAt: nts,
    hiddenReason: { type: 'text', nullable: true },
  },
});
export const MessageReadSchema = new EntitySchema<MessageRead>({
  class: MessageRead,
  tableName: 'message_read',
  properties: {
    messageId: { type: 'uuid', primary: true },
    personId: { type: 'uuid', primary: true },
    readAt: ts,
  },
});
export const AbuseReportSchema = new EntitySchema<AbuseReport>({
  class: AbuseReport,
  tableName: 'abuse_report',
  properties: {
    id: { type: 'uuid', primary: true },
    messageId: { type: 'uuid' },
    schoolId: { type: 'uuid' },
    reporterId: { type: 'uuid' },
    reason: { type: 'text' },
    createdAt: ts,
    resolvedBy: { type: 'uuid', nullable: true },
    resolvedAt: nts,
    resolution: { type: 'text', nullable: true },
  },
});
