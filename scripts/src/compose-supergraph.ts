/**
 * Composes the subgraph SDL files listed in schemas/supergraph.yaml into
 * schemas/supergraph.graphql. With --check it fails when composition fails or the committed file
 * differs from what the sources compose to.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { composeServices } from '@apollo/composition';
import { parse } from 'graphql';
import { parse as parseYaml } from 'yaml';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const configPath = resolve(root, 'schemas/supergraph.yaml');
const outputPath = resolve(root, 'schemas/supergraph.graphql');

interface SupergraphConfig {
  subgraphs: Record<string, { routing_url: string; schema: { file: string } }>;
}

export function composeSupergraph(): string {
  const config = parseYaml(readFileSync(configPath, 'utf8')) as SupergraphConfig;
  const services = Object.entries(config.subgraphs).map(([name, sg]) => ({
    name,
    url: sg.routing_url,
    typeDefs: parse(readFileSync(resolve(dirname(configPath), sg.schema.file), 'utf8')),
  }));
  const result = composeServices(services);
  if (result.errors) {
    throw new Error(
      `Composition failed:\n${result.errors.map((e) => `  - ${e.message}`).join('\n')}`,
    );
  }
  return `${result.supergraphSdl.trim()}\n`;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const check = process.argv.includes('--check');
  try {
    const sdl = composeSupergraph();
    if (check) {
      const committed = readFileSync(outputPath, 'utf8');
      if (committed !== sdl) {
        process.stderr.write(
          'schemas/supergraph.graphql is stale: run `npm run compose` and commit the result.\n',
        );
        process.exit(1);
      }
      process.stdout.write('supergraph composes and matches schemas/supergraph.graphql\n');
    } else {
      writeFileSync(outputPath, sdl);
      process.stdout.write(`wrote ${outputPath}\n`);
    }
  } catch (err) {
    process.stderr.write(`${(err as Error).message}\n`);
    process.exit(1);
  }
}
