import { runSubgraph } from '@dnevnik/service-runtime';
import { attendance } from './subgraph.js';

// `main.js` serves; `main.js migrate` applies the migrations as the schema owner and exits
// (production runs the service as attendance_writer).
await runSubgraph(attendance);
