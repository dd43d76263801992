// What the other modules of messaging may use of engagement (C4).
export { EngagementEventSchema } from './engagement.entities.js';
export { engagementResolvers } from './engagement.resolvers.js';
export { recordEngagement } from './record-engagement.js';
