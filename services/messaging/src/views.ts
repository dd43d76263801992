import type { NotificationKind } from './modules/notifications/index.js';

export interface Ref {
  id: string;
}
export interface PreferencesView {
  email: string | null;
  phone: string | null;
  mutedKinds: NotificationKind[];
  emailEnabled: boolean;
  smsEnabled: boolean;
  quietStart: string | null;
  quietEnd: string | null;
  dailyDigest: boolean;
}
export interface ParentEngagementView {
  parentId: string;
  studentId: string;
  lastDiaryVisit: Date | null;
  lastNotificationOpened: Date | null;
  unreadNotifications: number;
}
export interface ParentActivityView {
  parentId: string;
  diaryVisits: number;
  notificationsReceived: number;
  notificationsRead: number;
}
