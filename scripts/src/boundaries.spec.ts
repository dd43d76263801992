import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/**
 * The module template's boundaries (docs/adr/0010-module-template.md) are lint rules, the blocks
 * of eslint.boundaries.js; a pattern that silently stops matching would let every violation
 * through, so the rules are checked against deliberate violations and the forms the template
 * allows. The files are virtual: only their paths decide which blocks apply.
 */
const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
// eslint.config.js spreads the blocks of eslint.boundaries.js, so the root config is the one
// under test: a block that is dropped from it fails here.
const eslint = new ESLint({ cwd: repoRoot });

const BOUNDARY_RULES = new Set([
  'no-restricted-imports',
  '@typescript-eslint/no-restricted-imports',
  'no-restricted-syntax',
  'no-restricted-properties',
]);

type Finding = { ruleId: string | null; message: string };

async function lint(filePath: string, code: string): Promise<Finding[]> {
  const [result] = await eslint.lintText(code, { filePath, warnIgnored: true });
  const messages = result?.messages ?? [];
  // A virtual path outside the lint's reach would pass every case below for the wrong reason.
  expect(messages.filter((m) => m.ruleId === null)).toEqual([]);
  return messages
    .filter((m) => m.ruleId !== null && BOUNDARY_RULES.has(m.ruleId))
    .map(({ ruleId, message }) => ({ ruleId, message }));
}

const SERVICE = 'services/gradebook/src';
const MODULE = `${SERVICE}/modules/marks`;

type Violation = [label: string, filePath: string, code: string, rule: string, says: RegExp];

const violations: Violation[] = [
  // Another service, the gateway, or the service itself by package name.
  [
    'another service by name',
    `${MODULE}/post-mark.ts`,
    `import { identity } from '@dnevnik/identity';`,
    'no-restricted-imports',
    /does not import a service package/,
  ],
  [
    'another service’s types by name',
    `${MODULE}/post-mark.ts`,
    `import type { Person } from '@dnevnik/identity';`,
    'no-restricted-imports',
    /does not import a service package/,
  ],
  [
    'a later service by a subpath',
    `${SERVICE}/subgraph.ts`,
    `import { x } from '@dnevnik/analytics/src/index.js';`,
    'no-restricted-imports',
    /does not import a service package/,
  ],
  [
    'the service itself by name',
    `${SERVICE}/seed/demo.ts`,
    `import { gradebook } from '@dnevnik/gradebook';`,
    'no-restricted-imports',
    /import your own files relatively/,
  ],
  [
    'the gateway by name',
    `${SERVICE}/context.ts`,
    `import { x } from '@dnevnik/gateway';`,
    'no-restricted-imports',
    /does not import a service package/,
  ],
  // Relative paths leaving services/<name>, whatever the depth of the importing file.
  [
    'another service relatively from a src-root file',
    `${SERVICE}/context.ts`,
    `import { x } from '../../identity/src/index.js';`,
    'no-restricted-imports',
    /leaves the service/,
  ],
  [
    'the gateway relatively from a src-root file',
    `${SERVICE}/resolvers.ts`,
    `import { x } from '../../../gateway/src/index.js';`,
    'no-restricted-imports',
    /leaves the service/,
  ],
  [
    'another service relatively from the seed',
    `${SERVICE}/seed/demo.ts`,
    `import { x } from '../../../curriculum/src/index.js';`,
    'no-restricted-imports',
    /leaves the service/,
  ],
  [
    'another service relatively from a module',
    `${MODULE}/post-mark.ts`,
    `import { x } from '../../../../identity/src/modules/people/index.js';`,
    'no-restricted-imports',
    /leaves the service/,
  ],
  [
    'a package’s source relatively from a module subfolder',
    `${MODULE}/rules/weights.ts`,
    `import { x } from '../../../../../../packages/database/src/index.js';`,
    'no-restricted-imports',
    /leaves the service/,
  ],
  // Another module's internals.
  [
    'a sibling module’s use case',
    `${MODULE}/post-mark.ts`,
    `import { setFinal } from '../finals/set-final.js';`,
    'no-restricted-imports',
    /import \.\.\/<module>\/index\.js/,
  ],
  [
    'a sibling module’s entity types',
    `${MODULE}/mark.queries.ts`,
    `import type { Final } from '../finals/final.entities.js';`,
    'no-restricted-imports',
    /import \.\.\/<module>\/index\.js/,
  ],
  [
    'a sibling module’s nested file, even named index.js',
    `${MODULE}/post-mark.ts`,
    `import { x } from '../finals/deep/index.js';`,
    'no-restricted-imports',
    /import \.\.\/<module>\/index\.js/,
  ],
  [
    'a sibling module through modules/',
    `${MODULE}/post-mark.ts`,
    `import { setFinal } from '../../modules/finals/set-final.js';`,
    'no-restricted-imports',
    /through its index/,
  ],
  [
    'a sibling module from a module subfolder',
    `${MODULE}/rules/weights.ts`,
    `import { x } from '../../finals/final.rules.js';`,
    'no-restricted-imports',
    /import \.\.\/<module>\/index\.js/,
  ],
  [
    'a module’s internals from src/resolvers.ts',
    `${SERVICE}/resolvers.ts`,
    `import { postMark } from './modules/marks/post-mark.js';`,
    'no-restricted-imports',
    /\.\/modules\/<module>\/index\.js/,
  ],
  [
    'a module’s entities from src/subgraph.ts',
    `${SERVICE}/subgraph.ts`,
    `import { markEntities } from './modules/marks/mark.entities.js';`,
    'no-restricted-imports',
    /\.\/modules\/<module>\/index\.js/,
  ],
  [
    'a module’s use case from the seed',
    `${SERVICE}/seed/demo.ts`,
    `import { postMark } from '../modules/marks/post-mark.js';`,
    'no-restricted-imports',
    /\.\/modules\/<module>\/index\.js/,
  ],
  // I/O in pure rules and access decisions (values; types are allowed below).
  ...[
    '@mikro-orm/core',
    '@mikro-orm/postgresql',
    'pg',
    'kafkajs',
    'dataloader',
    'node:fs',
    'node:fs/promises',
    'fs',
    'node:net',
    'node:http',
    'node:child_process',
    '@dnevnik/database',
    '@dnevnik/events',
    '@dnevnik/service-runtime',
    '@dnevnik/server-kit',
    'nodemailer',
  ].flatMap((source): Violation[] => [
    [
      `${source} in a rules file`,
      `${MODULE}/deadlines.rules.ts`,
      `import { x } from '${source}';`,
      '@typescript-eslint/no-restricted-imports',
      /must be pure: pass the data in/,
    ],
    [
      `${source} in an access file`,
      `${MODULE}/marks.access.ts`,
      `import * as x from '${source}';`,
      '@typescript-eslint/no-restricted-imports',
      /must be pure: pass the data in/,
    ],
  ]),
  [
    'entities as values in a rules file',
    `${MODULE}/deadlines.rules.ts`,
    `import { Mark } from './mark.entities.js';`,
    '@typescript-eslint/no-restricted-imports',
    /must be pure: pass the data in as plain values, not entities/,
  ],
  [
    'a mixed value and type import of entities in an access file',
    `${MODULE}/marks.access.ts`,
    `import { type Mark, MarkSchema } from './mark.entities.js';`,
    '@typescript-eslint/no-restricted-imports',
    /must be pure/,
  ],
  [
    'a re-export of entities from a rules file',
    `${MODULE}/deadlines.rules.ts`,
    `export { Mark } from './mark.entities.js';`,
    '@typescript-eslint/no-restricted-imports',
    /must be pure/,
  ],
  [
    'I/O in a package’s rules file',
    'packages/server-kit/src/input-policy.rules.ts',
    `import { readFileSync } from 'node:fs';`,
    '@typescript-eslint/no-restricted-imports',
    /must be pure/,
  ],
  // The ORM in resolvers.
  [
    'the ORM in a module’s resolvers',
    `${MODULE}/marks.resolvers.ts`,
    `import { wrap } from '@mikro-orm/core';`,
    '@typescript-eslint/no-restricted-imports',
    /call a use case or a query/,
  ],
  [
    '@dnevnik/database in a module’s resolvers',
    `${MODULE}/marks.resolvers.ts`,
    `import { withTransaction } from '@dnevnik/database';`,
    '@typescript-eslint/no-restricted-imports',
    /call a use case or a query/,
  ],
  [
    'entities as values in a module’s resolvers',
    `${MODULE}/marks.resolvers.ts`,
    `import { Mark } from './mark.entities.js';`,
    '@typescript-eslint/no-restricted-imports',
    /call a use case or a query/,
  ],
  [
    'the ORM in src/resolvers.ts',
    `${SERVICE}/resolvers.ts`,
    `import { EntityManager } from '@mikro-orm/postgresql';`,
    '@typescript-eslint/no-restricted-imports',
    /call a use case or a query/,
  ],
  [
    'ctx.em.find in a module’s resolvers',
    `${MODULE}/marks.resolvers.ts`,
    `export const q = (ctx: any) => ctx.em.find('Mark', {});`,
    'no-restricted-syntax',
    /never calls the entity manager/,
  ],
  [
    'a destructured em.flush in src/resolvers.ts',
    `${SERVICE}/resolvers.ts`,
    `export const m = async ({ em }: any) => { await em.flush(); };`,
    'no-restricted-syntax',
    /never calls the entity manager/,
  ],
  [
    'context.em.nativeUpdate in a module’s resolvers',
    `${MODULE}/marks.resolvers.ts`,
    `export const m = (context: any) => context.em.nativeUpdate('Mark', {}, {});`,
    'no-restricted-syntax',
    /never calls the entity manager/,
  ],
  // Frozen migrations.
  [
    'live entities in a service migration',
    `${SERVICE}/migrations/0009-something.ts`,
    `import { Mark } from '../modules/marks/mark.entities.js';`,
    '@typescript-eslint/no-restricted-imports',
    /A migration is frozen/,
  ],
  [
    'a package value in a service migration',
    `${SERVICE}/migrations/0009-something.ts`,
    `import { MARK_TABLE } from '@dnevnik/contracts';`,
    '@typescript-eslint/no-restricted-imports',
    /A migration is frozen/,
  ],
  [
    'the ORM core in a package migration',
    'packages/audit/src/migrations.ts',
    `import { Entity } from '@mikro-orm/core';`,
    '@typescript-eslint/no-restricted-imports',
    /A migration is frozen/,
  ],
  // The environment is read once, by the subgraph definition.
  [
    'process.env in a module',
    `${MODULE}/post-mark.ts`,
    `export const port = process.env.PORT;`,
    'no-restricted-properties',
    /subgraph definition \(defineSubgraph\)/,
  ],
];

type Allowed = [label: string, filePath: string, code: string];

const allowed: Allowed[] = [
  [
    'entity types in a rules file',
    `${MODULE}/deadlines.rules.ts`,
    `import type { Mark } from './mark.entities.js';`,
  ],
  [
    'inline entity types in an access file',
    `${MODULE}/marks.access.ts`,
    `import { type Mark } from './mark.entities.js';`,
  ],
  [
    'ORM types in a rules file',
    `${MODULE}/deadlines.rules.ts`,
    `import type { EntityManager } from '@mikro-orm/postgresql';`,
  ],
  [
    'pure packages in a rules file',
    `${MODULE}/deadlines.rules.ts`,
    `import { schoolDay } from '@dnevnik/school-time';\nimport { hasRole } from '@dnevnik/auth';`,
  ],
  [
    'another module through its index',
    `${MODULE}/post-mark.ts`,
    `import { setFinal } from '../finals/index.js';`,
  ],
  [
    'another module’s index from a module subfolder',
    `${MODULE}/rules/weights.ts`,
    `import { x } from '../../finals/index.js';`,
  ],
  [
    'own module files',
    `${MODULE}/post-mark.ts`,
    `import { x } from './mark-chain.js';\nimport { y } from './rules/weights.js';`,
  ],
  [
    'src-root files from a module',
    `${MODULE}/post-mark.ts`,
    `import type { GradebookContext } from '../../context.js';\nimport { v } from '../../views.js';`,
  ],
  [
    'own module from a module subfolder',
    `${MODULE}/rules/weights.ts`,
    `import { x } from '../mark-chain.js';\nimport { y } from './finals.rules.js';`,
  ],
  [
    'packages by name from a service',
    `${MODULE}/post-mark.ts`,
    `import { withTransaction } from '@dnevnik/database';\nimport { wrap } from '@mikro-orm/core';`,
  ],
  [
    'a module’s index from src/resolvers.ts',
    `${SERVICE}/resolvers.ts`,
    `import { marksResolvers } from './modules/marks/index.js';`,
  ],
  [
    'a module’s index from src/subgraph.ts',
    `${SERVICE}/subgraph.ts`,
    `import { markEntities } from './modules/marks/index.js';\nimport { migrations } from './migrations/index.js';`,
  ],
  [
    'a module’s index from the seed',
    `${SERVICE}/seed/demo.ts`,
    `import { postMark } from '../modules/marks/index.js';\nimport { x } from '../context.js';`,
  ],
  [
    'entity types in resolvers',
    `${MODULE}/marks.resolvers.ts`,
    `import type { Mark } from './mark.entities.js';`,
  ],
  [
    'a query given ctx.em in resolvers',
    `${MODULE}/marks.resolvers.ts`,
    `import { marksOfLesson } from './marks.queries.js';\nexport const q = (ctx: any) => marksOfLesson(ctx.em, ctx.loaders.find('x'));`,
  ],
  [
    'the ORM in queries and use cases',
    `${MODULE}/marks.queries.ts`,
    `export const q = (ctx: any) => ctx.em.find('Mark', {});`,
  ],
  [
    'a self-contained migration',
    `${SERVICE}/migrations/0009-something.ts`,
    `import { Migration } from '@mikro-orm/migrations';\nimport type { MigrationEntry } from '@dnevnik/database';`,
  ],
  [
    'the migrations list',
    `${SERVICE}/migrations/index.ts`,
    `import type { MigrationEntry } from '@dnevnik/database';\nimport { auditMigrations } from '@dnevnik/audit';\nimport { GradebookSchema } from './0001-gradebook.js';`,
  ],
  [
    'a package migration',
    'packages/events/src/migrations.ts',
    `import { Migration } from '@mikro-orm/migrations';\nimport type { MigrationEntry } from '@dnevnik/database';`,
  ],
  [
    'process.env in the subgraph definition',
    'packages/service-runtime/src/define-subgraph.ts',
    `export const env = () => process.env;`,
  ],
  [
    'process.env in runSubgraph',
    'packages/service-runtime/src/run-subgraph.ts',
    `export const env = () => process.env;`,
  ],
];

describe('module template boundaries (eslint.config.js)', () => {
  it.each(violations)('reports %s', async (_label, filePath, code, rule, says) => {
    const findings = await lint(filePath, code);
    expect(findings).toContainEqual({ ruleId: rule, message: expect.stringMatching(says) });
  });

  it.each(allowed)('allows %s', async (_label, filePath, code) => {
    expect(await lint(filePath, code)).toEqual([]);
  });
});
