export { fulfilmentResolvers } from './fulfilment.resolvers.js';
