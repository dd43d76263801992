import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse, type DocumentNode } from 'graphql';

/**
 * A subgraph's SDL files: `schema.graphql` (the federation link and the types its modules share)
 * and each module's part, `modules/<module>/<module>.graphql`, in name order. The service, the
 * supergraph composition and codegen read the same files (ADR 0010).
 */
export function subgraphSdlFiles(srcDir: string): string[] {
  const files = [join(srcDir, 'schema.graphql')];
  const modules = join(srcDir, 'modules');
  if (existsSync(modules)) {
    for (const dir of readdirSync(modules, { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => d.name)
      .sort()) {
      for (const file of readdirSync(join(modules, dir))
        .filter((f) => f.endsWith('.graphql'))
        .sort())
        files.push(join(modules, dir, file));
    }
  }
  return files;
}

/** The SDL of the subgraph whose sources sit in `srcDir`, as one text. */
export function subgraphSdl(srcDir: string): string {
  return subgraphSdlFiles(srcDir)
    .map((f) => readFileSync(f, 'utf8'))
    .join('\n');
}

/** A subgraph's SDL, from the files beside the calling module (src/ or dist/). */
export function schemaBeside(moduleUrl: string): DocumentNode {
  return parse(subgraphSdl(fileURLToPath(new URL('.', moduleUrl))));
}
