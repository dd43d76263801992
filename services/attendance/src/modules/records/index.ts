// What the other modules of attendance (and the seed) may use of the records.
export { AttendanceRecord, AttendanceRecordSchema } from './records.entities.js';
export { recordAttendance, type AttendanceEntry } from './record-attendance.js';
export { verifyAttendanceChain } from './record-chain.rules.js';
export { currentFacts, requireRange, studentRecords, type RecordFact } from './records.queries.js';
export { recordsResolvers } from './records.resolvers.js';
