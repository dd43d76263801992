import { runSubgraph } from '@dnevnik/service-runtime';
import { identity } from './subgraph.js';

// `main.js` serves (seeding the demo first with SEED_DEMO=true); `main.js migrate` applies the
// migrations as the schema owner and exits.
await runSubgraph(identity);
