export { journal, requirePeriod, type JournalRow } from './journal.queries.js';
export { journalResolvers } from './journal.resolvers.js';
