/**
 * Composes the subgraph SDL files listed in schemas/supergraph.yaml into
 * schemas/supergraph.graphql, and writes the graph's client-facing (API) schema beside it as
 * schemas/api.graphql: the types the e2e suite's operations are generated against. With --check
 * it fails when composition fails or either committed file differs from what the sources
 * compose to.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { composeServices } from '@apollo/composition';
import { Supergraph } from '@apollo/federation-internals';
import { parse, printSchema } from 'graphql';
import { parse as parseYaml } from 'yaml';
import { subgraphSdl } from '@dnevnik/service-runtime';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const configPath = resolve(root, 'schemas/supergraph.yaml');
const outputPath = resolve(root, 'schemas/supergraph.graphql');
const apiOutputPath = resolve(root, 'schemas/api.graphql');

interface SupergraphConfig {
  subgraphs: Record<string, { routing_url: string; schema: { file: string } }>;
}

export function composeSupergraph(): string {
  const config = parseYaml(readFileSync(configPath, 'utf8')) as SupergraphConfig;
  const services = Object.entries(config.subgraphs).map(([name, sg]) => ({
    name,
    url: sg.routing_url,
    // The service's schema.graphql and its modules' SDL parts beside it.
    typeDefs: parse(subgraphSdl(dirname(resolve(dirname(configPath), sg.schema.file)))),
  }));
  const result = composeServices(services);
  if (result.errors) {
    throw new Error(
      `Composition failed:\n${result.errors.map((e) => `  - ${e.message}`).join('\n')}`,
    );
  }
  return `${result.supergraphSdl.trim()}\n`;
}

/**
 * The schema the gateway serves to clients: the supergraph without its join and link machinery
 * and without @inaccessible elements.
 */
export function apiSchemaOf(supergraphSdl: string): string {
  const api = Supergraph.build(supergraphSdl).apiSchema().toGraphQLJSSchema();
  return `${printSchema(api).trim()}\n`;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const check = process.argv.includes('--check');
  try {
    const sdl = composeSupergraph();
    const outputs = [
      { path: outputPath, name: 'schemas/supergraph.graphql', text: sdl },
      { path: apiOutputPath, name: 'schemas/api.graphql', text: apiSchemaOf(sdl) },
    ];
    if (check) {
      const stale = outputs.filter((o) => {
        try {
          return readFileSync(o.path, 'utf8') !== o.text;
        } catch {
          return true;
        }
      });
      if (stale.length > 0) {
        process.stderr.write(
          `${stale.map((o) => o.name).join(', ')} stale: run \`npm run compose\` and commit the result.\n`,
        );
        process.exit(1);
      }
      process.stdout.write(
        'supergraph composes and matches schemas/supergraph.graphql and schemas/api.graphql\n',
      );
    } else {
      for (const o of outputs) {
        writeFileSync(o.path, o.text);
        process.stdout.write(`wrote ${o.path}\n`);
      }
    }
  } catch (err) {
    process.stderr.write(`${(err as Error).message}\n`);
    process.exit(1);
  }
}
