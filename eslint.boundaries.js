// Module template boundaries (docs/adr/0010-module-template.md), with built-in rules only:
// config blocks that eslint.config.js spreads after the shared rules. scripts/src/boundaries.spec.ts
// lints deliberate violations against the root config to show that they fail.
//
// A rule's options in flat config are replaced, not merged, by a later matching block, so the
// two kinds of restriction live in two rules that never share a file's options:
// - `no-restricted-imports` holds where a file sits (service, module, depth): it reports type
//   imports too, since another service's or module's types are its internals as well;
// - `@typescript-eslint/no-restricted-imports` holds what a file is (rules, access, resolvers,
//   migration): its patterns all allow type-only imports.
// Import sources are strings, not resolved paths, so "leaves the service" and "another module"
// depend on how deep the importing file sits; the place blocks below are generated per depth.

const SERVICE_FILES = 'services/*/src';
const MODULE_FILES = `${SERVICE_FILES}/modules`;

/** Other workspaces a service must not import by name (itself included: its own files are relative). */
const serviceImport = {
  regex:
    '^@dnevnik/(identity|curriculum|gradebook|attendance|messaging|archive|analytics|gateway)(/|$)',
  message:
    'A service does not import a service package (neither another one nor the gateway): import your own files relatively, shared code from packages/, another service’s facts through events and @dnevnik/school-facts.',
};

/** `depth` = folders between src/ and the file; `depth + 2` steps up leave services/<name>. */
const leavesService = (depth) => ({
  regex: `^(\\.\\.(/|$)){${depth + 2},}`,
  message:
    'This relative path leaves the service: import shared code from packages/ by package name, another service’s facts through events and @dnevnik/school-facts.',
});

/** Any path that walks into modules/<m>/ and names something other than its index.js. */
const intoModuleInternals = {
  regex: '^(\\./|(\\.\\./)+)modules/[^/]+/(?!index\\.js$)',
  message:
    'Import a module through its index: ./modules/<module>/index.js (../<module>/index.js from a module).',
};

/** From modules/<m>/… (`depth` ≥ 2): a sibling module reached by `depth - 1` steps up. */
const siblingModuleInternals = (depth) => ({
  regex: `^(\\.\\./){${depth - 1}}(?!\\.)[^/]+/(?!index\\.js$)`,
  message: 'Another module is imported only through its index: import ../<module>/index.js.',
});

const MAX_DEPTH = 5;
const placeBlocks = [];
for (let depth = 0; depth <= MAX_DEPTH; depth += 1) {
  const glob = `${SERVICE_FILES}/${'*/'.repeat(depth)}*.ts`;
  const common = [serviceImport, leavesService(depth), intoModuleInternals];
  placeBlocks.push({
    files: [glob],
    ignores: depth >= 2 ? [`${MODULE_FILES}/**`] : [],
    rules: { 'no-restricted-imports': ['error', { patterns: common }] },
  });
  if (depth >= 2) {
    placeBlocks.push({
      files: [`${MODULE_FILES}/${'*/'.repeat(depth - 1)}*.ts`],
      rules: {
        'no-restricted-imports': [
          'error',
          { patterns: [...common, siblingModuleInternals(depth)] },
        ],
      },
    });
  }
}

const entitiesImport = (message) => ({
  regex: '\\.entities(\\.js|\\.ts)?$',
  allowTypeImports: true,
  message,
});

const RESOLVER_FILES = ['**/*.resolvers.ts', `${SERVICE_FILES}/resolvers.ts`];
const ORM_CALL =
  'find|findOne|findOneOrFail|findAll|findAndCount|count|persist|persistAndFlush|flush|remove|insert|upsert|nativeInsert|nativeUpdate|nativeDelete|execute|transactional|getRepository|createQueryBuilder|getConnection|getReference';

const roleBlocks = [
  {
    files: ['**/*.rules.ts', '**/*.access.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex:
                '^(@mikro-orm/.*|pg|kafkajs|dataloader|nodemailer|(node:)?(fs|net|http|https|child_process)|@dnevnik/(database|events|service-runtime|server-kit))(/.*)?$',
              allowTypeImports: true,
              message:
                'Rules and access decisions must be pure: pass the data in as plain values and let the use case or query do the I/O (`import type` is allowed).',
            },
            entitiesImport(
              'Rules and access decisions must be pure: pass the data in as plain values, not entities (`import type` from entities is allowed).',
            ),
          ],
        },
      ],
    },
  },
  {
    files: RESOLVER_FILES,
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(@mikro-orm/.*|@dnevnik/database(/.*)?)$',
              allowTypeImports: true,
              message:
                'A resolver never touches the ORM: call a use case or a query of its module (<module>.queries.ts); `import type` is allowed.',
            },
            entitiesImport(
              'A resolver never touches the ORM: call a use case or a query of its module (<module>.queries.ts); `import type` from entities is allowed.',
            ),
          ],
        },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: `MemberExpression[property.name=/^(${ORM_CALL})$/]:matches([object.name='em'], [object.property.name='em'])`,
          message:
            'A resolver never calls the entity manager: move the read into <module>.queries.ts or the write into a use case and call that.',
        },
      ],
    },
  },
  {
    // Past migrations are frozen: their SQL is inlined, so nothing they import can change them.
    files: [`${SERVICE_FILES}/migrations/**/*.ts`, 'packages/*/src/migrations.ts'],
    ignores: [`${SERVICE_FILES}/migrations/index.ts`, '**/*.spec.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(?!@mikro-orm/migrations$)',
              allowTypeImports: true,
              message:
                'A migration is frozen: import only @mikro-orm/migrations (types aside) and inline its SQL; never import live code (entities, helpers, constants).',
            },
          ],
        },
      ],
    },
  },
];

/** @type {import("eslint").Linter.Config[]} */
export default [...placeBlocks, ...roleBlocks];
