// Copies a service's SDL files (src/**/*.graphql) into dist/ beside the compiled modules, so the
// built service reads the same schema files as the source (see schemaBeside in service-runtime).
import { cpSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';

const walk = (dir) =>
  readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory()
      ? walk(join(dir, d.name))
      : d.name.endsWith('.graphql')
        ? [join(dir, d.name)]
        : [],
  );
for (const file of walk('src')) cpSync(file, join('dist', relative('src', file)));
