// What the other modules of messaging (the delivery worker) may use of notifications.
export {
  Delivery,
  DeliverySchema,
  Notification,
  NotificationSchema,
  PreferenceSchema,
} from './notification.entities.js';
export { retryAfter, type NotificationKind } from './notification.rules.js';
export { attendanceHandlers } from './attendance.consumer.js';
export { homeworkHandlers } from './curriculum.consumer.js';
export { gradebookHandlers } from './gradebook.consumer.js';
export { notificationsResolvers } from './notifications.resolvers.js';
