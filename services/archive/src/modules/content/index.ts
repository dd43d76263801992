// What the other modules of the archive may use to read content through the graph.
export { createGraphClient, GraphReadError, type GraphClient } from './graph-client.js';
