export * from './calendar.rules.js';
