import { runSubgraph } from '@dnevnik/service-runtime';
import { archive } from './subgraph.js';

// `main.js` serves; `main.js migrate` applies the migrations as the schema owner and exits.
await runSubgraph(archive);
