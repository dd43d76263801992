// What the other modules of messaging (and the context's loaders) may use of conversations.
export {
  AbuseReportSchema,
  MessageReadSchema,
  MessageSchema,
  ThreadMember,
  ThreadMemberSchema,
  ThreadSchema,
} from './conversation.entities.js';
export { conversationsResolvers } from './conversations.resolvers.js';
