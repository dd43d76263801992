/**
 * Every service has one shape (docs/adr/0010-module-template.md): a reviewer knows where an
 * access rule or a migration lives only if nothing grows outside the template. ESLint checks the
 * imports; this checks the folders and file names of every `services/<name>/src`, and main.ts's
 * one job (`runSubgraph`). Prints each violation with its path and exits 1 on any.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export type ShapeViolation = { path: string; rule: string };

const REQUIRED_ROOT_FILES = [
  'main.ts',
  'subgraph.ts',
  'index.ts',
  'schema.graphql',
  'resolvers.ts',
  'context.ts',
  'migrations/index.ts',
];
const ROOT_FILES = new Set([
  'main.ts',
  'subgraph.ts',
  'index.ts',
  'schema.graphql',
  'resolvers.ts',
  'context.ts',
  'views.ts',
]);
const ROOT_DIRS = new Set(['migrations', 'seed', 'generated', 'modules', 'testing']);

const KEBAB = '[a-z0-9]+(?:-[a-z0-9]+)*';
const kebab = new RegExp(`^${KEBAB}$`);
/** `x.spec.ts`, `x.int.spec.ts`, also of a dotted subject (`deadlines.rules.spec.ts`). */
const spec = new RegExp(`^${KEBAB}(?:\\.${KEBAB})*\\.(?:int\\.)?spec\\.ts$`);
/** The module file kinds of the template, by suffix. */
const moduleKind = new RegExp(
  `^${KEBAB}\\.(?:resolvers|entities|rules|access|consumer|queries)\\.ts$`,
);
/** A use case is `<verb>-<noun…>.ts`: kebab-case with at least one hyphen. */
const useCase = /^[a-z0-9]+(?:-[a-z0-9]+)+\.ts$/;

const MODULE_FILES_RULE =
  'a module holds only <module>.graphql, index.ts, *.resolvers.ts, *.entities.ts, *.rules.ts, ' +
  '*.access.ts, *.consumer.ts, *.queries.ts, *.spec.ts / *.int.spec.ts and use cases ' +
  '<verb>-<noun>.ts, all in kebab-case';

const isDir = (path: string) => statSync(path).isDirectory();

/** The violations of one `services/<name>/src` (paths relative to `root`). */
export function checkServiceSrc(src: string, root: string): ShapeViolation[] {
  const violations: ShapeViolation[] = [];
  const report = (path: string, rule: string) =>
    violations.push({ path: relative(root, path), rule });

  for (const file of REQUIRED_ROOT_FILES) {
    if (!existsSync(join(src, file))) report(join(src, file), 'required file is missing');
  }

  for (const entry of readdirSync(src).sort()) {
    const path = join(src, entry);
    if (isDir(path)) {
      if (!ROOT_DIRS.has(entry)) {
        report(
          path,
          'folder not in the template: src/ holds only migrations/, seed/, generated/, ' +
            'modules/ and testing/; code belongs to a module (modules/<module>/)',
        );
      }
    } else if (!ROOT_FILES.has(entry) && !spec.test(entry)) {
      report(
        path,
        'file not in the template: src/ holds only main.ts, subgraph.ts, index.ts, ' +
          'schema.graphql, resolvers.ts, context.ts, views.ts and specs; move it into a module ' +
          '(or into subgraph.ts if it is wiring)',
      );
    }
  }

  const main = join(src, 'main.ts');
  if (existsSync(main) && !/\brunSubgraph\s*\(/.test(readFileSync(main, 'utf8'))) {
    report(main, 'main.ts must only `await runSubgraph(<service>)` (serve | migrate)');
  }

  const modules = join(src, 'modules');
  if (existsSync(modules) && isDir(modules)) {
    for (const name of readdirSync(modules).sort()) {
      const dir = join(modules, name);
      if (!isDir(dir)) {
        report(dir, 'modules/ holds only module folders (modules/<module>/)');
        continue;
      }
      if (!kebab.test(name)) report(dir, 'a module folder is named in kebab-case');
      if (!existsSync(join(dir, 'index.ts'))) {
        report(
          join(dir, 'index.ts'),
          'a module has index.ts: what other modules of the service may import',
        );
      }
      for (const entry of readdirSync(dir).sort()) {
        const path = join(dir, entry);
        if (isDir(path)) {
          report(path, 'a module has no subfolders: keep its files flat, one per kind');
        } else if (!(
          entry === 'index.ts' ||
          entry === `${name}.graphql` ||
          moduleKind.test(entry) ||
          spec.test(entry) ||
          useCase.test(entry)
        )) {
          report(path, MODULE_FILES_RULE);
        }
      }
    }
  }
  return violations;
}

/** The violations of every service under `root/services` that has a src/. */
export function checkServiceShape(root: string): ShapeViolation[] {
  const services = join(root, 'services');
  return readdirSync(services)
    .sort()
    .map((name) => join(services, name, 'src'))
    .filter((src) => existsSync(src) && isDir(src))
    .flatMap((src) => checkServiceSrc(src, root));
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = fileURLToPath(new URL('../..', import.meta.url));
  const violations = checkServiceShape(root);
  for (const { path, rule } of violations) process.stdout.write(`${path}: ${rule}\n`);
  if (violations.length > 0) {
    process.stdout.write(
      `${violations.length} violation(s) of the module template (docs/adr/0010-module-template.md)\n`,
    );
    process.exit(1);
  }
  process.stdout.write('every service has the module template’s shape\n');
}
