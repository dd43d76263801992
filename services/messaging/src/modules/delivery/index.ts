// What the subgraph definition uses of the e-mail and SMS deliveries.
export {
  httpSmsChannel,
  smtpChannel,
  type Channel,
  type OutgoingMessage,
} from './delivery-channels.js';
export { createDeliveryWorker, type DeliveryWorker } from './deliver-notifications.js';
