/**
 * Past migrations are frozen: a database that ran a migration has its SQL recorded only by name in
 * schema_migrations, so a later edit of that SQL would reach new databases but never existing
 * ones, and the two would drift apart unseen. `schemas/migrations.lock.json` records the sha256
 * of every migration's SQL; migrations-frozen.spec.ts compares the SQL with it, and
 * `npm run migrations:lock` adds the entries of new migrations, never touching existing ones.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import type { MigrationEntry } from '@dnevnik/database';
import { archiveMigrations } from '@dnevnik/archive';
import { attendanceMigrations } from '@dnevnik/attendance';
import { curriculumMigrations } from '@dnevnik/curriculum';
import { gradebookMigrations } from '@dnevnik/gradebook';
import { identityMigrations } from '@dnevnik/identity';
import { messagingMigrations } from '@dnevnik/messaging';

export const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
export const lockPath = join(repoRoot, 'schemas', 'migrations.lock.json');

/** Every service's list, platform migrations included (each list starts with them). */
export const migrationLists: Record<string, MigrationEntry[]> = {
  identity: identityMigrations,
  curriculum: curriculumMigrations,
  gradebook: gradebookMigrations,
  attendance: attendanceMigrations,
  messaging: messagingMigrations,
  archive: archiveMigrations,
};

export interface MigrationSql {
  name: string;
  /** The services whose list holds it. */
  services: string[];
  sha256: string;
}

/**
 * A migration's up() only queues SQL; it needs neither a driver nor a config. Any use of them
 * there (execute(), getKnex(), an entity manager) would make its SQL depend on the database it
 * meets, which a frozen migration must not do, so the stub refuses every access.
 */
function refusingStub(migration: string): never {
  return new Proxy(
    {},
    {
      get(_target, property) {
        throw new Error(
          `migration ${migration} uses the database in up() (${String(property)}); ` +
            'a migration only adds SQL text with this.addSql()',
        );
      },
    },
  ) as never;
}

export async function migrationSql(entry: MigrationEntry): Promise<string[]> {
  const args = [refusingStub(entry.name), refusingStub(entry.name)] as ConstructorParameters<
    MigrationEntry['class']
  >;
  const migration = new entry.class(...args);
  await migration.up();
  return migration.getQueries().map((query, i) => {
    if (typeof query !== 'string') {
      throw new Error(
        `migration ${entry.name}: statement ${i + 1} is a query builder; add SQL text instead`,
      );
    }
    return query;
  });
}

/** The hash covers the statements in order and their boundaries (JSON), byte for byte. */
export function hashSql(statements: string[]): string {
  return createHash('sha256').update(JSON.stringify(statements)).digest('hex');
}

/**
 * Every migration of every list, in list order, each name once. A name that two lists hold
 * with different SQL is an error: the name is what schema_migrations records.
 */
export async function collectMigrations(): Promise<MigrationSql[]> {
  const byName = new Map<string, MigrationSql>();
  for (const [service, list] of Object.entries(migrationLists)) {
    for (const entry of list) {
      const sha256 = hashSql(await migrationSql(entry));
      const seen = byName.get(entry.name);
      if (!seen) {
        byName.set(entry.name, { name: entry.name, services: [service], sha256 });
      } else if (seen.sha256 !== sha256) {
        throw new Error(
          `migration name ${entry.name} stands for different SQL in ${seen.services.join(', ')} ` +
            `and ${service}; every migration needs a name of its own`,
        );
      } else {
        seen.services.push(service);
      }
    }
  }
  return [...byName.values()];
}

/** name → sha256 of its SQL, in the order the migrations were added. */
export type MigrationLock = Record<string, string>;

export function readLock(): MigrationLock {
  if (!existsSync(lockPath)) return {};
  return JSON.parse(readFileSync(lockPath, 'utf8')) as MigrationLock;
}

export function formatLock(lock: MigrationLock): string {
  return `${JSON.stringify(lock, null, 2)}\n`;
}

function sourceFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      return name === 'node_modules' || name === 'test' ? [] : sourceFiles(path);
    }
    return name.endsWith('.ts') && !name.endsWith('.spec.ts') && !name.endsWith('.d.ts')
      ? [path]
      : [];
  });
}

/**
 * The files that define migrations: everything in a service's migrations/ folder but its list
 * (index.ts), a package's migrations.ts, and any other non-test source with a Migration class.
 */
export function migrationSourceFiles(): string[] {
  const files: string[] = [];
  for (const area of ['packages', 'services']) {
    for (const pkg of readdirSync(join(repoRoot, area))) {
      for (const file of sourceFiles(join(repoRoot, area, pkg, 'src'))) {
        const rel = relative(join(repoRoot, area, pkg, 'src'), file)
          .split('\\')
          .join('/');
        const inFolder = rel.startsWith('migrations/') && rel !== 'migrations/index.ts';
        if (
          inFolder ||
          rel === 'migrations.ts' ||
          /\bextends\s+Migration\b/.test(readFileSync(file, 'utf8'))
        ) {
          files.push(file);
        }
      }
    }
  }
  return files.sort();
}

const allowedModules = new Set(['@mikro-orm/migrations']);

/**
 * What a migration file loads at run time besides @mikro-orm/migrations: imports, re-exports,
 * require() and import(). Type-only imports are erased and cannot change the SQL.
 */
export function forbiddenImports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const where = (node: ts.Node) =>
    `${relative(repoRoot, file)}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      const clause = node.importClause;
      const typeOnly =
        clause !== undefined &&
        (clause.isTypeOnly ||
          (clause.name === undefined &&
            clause.namedBindings !== undefined &&
            ts.isNamedImports(clause.namedBindings) &&
            clause.namedBindings.elements.length > 0 &&
            clause.namedBindings.elements.every((e) => e.isTypeOnly)));
      if (!typeOnly && !allowedModules.has(node.moduleSpecifier.text)) {
        found.push(`${where(node)} imports '${node.moduleSpecifier.text}'`);
      }
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier && !node.isTypeOnly) {
      found.push(`${where(node)} re-exports from ${node.moduleSpecifier.getText(source)}`);
    } else if (ts.isImportEqualsDeclaration(node) && !node.isTypeOnly) {
      found.push(`${where(node)} uses import = require()`);
    } else if (
      ts.isCallExpression(node) &&
      (node.expression.kind === ts.SyntaxKind.ImportKeyword ||
        (ts.isIdentifier(node.expression) && node.expression.text === 'require'))
    ) {
      found.push(`${where(node)} loads a module at run time`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}
