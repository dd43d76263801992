export * from './school-access.access.js';
