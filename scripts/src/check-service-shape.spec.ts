import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkServiceShape } from './check-service-shape.js';

/** A service in the template's shape; each case breaks one thing. */
const GOOD_SERVICE: Record<string, string> = {
  'src/main.ts': "import { runSubgraph } from '@dnevnik/service-runtime';\nawait runSubgraph(x);\n",
  'src/subgraph.ts': '',
  'src/index.ts': '',
  'src/schema.graphql': '',
  'src/resolvers.ts': '',
  'src/context.ts': '',
  'src/views.ts': '',
  'src/env.spec.ts': '',
  'src/migrations/index.ts': '',
  'src/migrations/0001-marks.ts': '',
  'src/seed/demo.ts': '',
  'src/generated/resolvers-types.ts': '',
  'src/testing/fixture.ts': '',
  'src/modules/marks/index.ts': '',
  'src/modules/marks/marks.graphql': '',
  'src/modules/marks/marks.resolvers.ts': '',
  'src/modules/marks/mark.entities.ts': '',
  'src/modules/marks/deadlines.rules.ts': '',
  'src/modules/marks/deadlines.rules.spec.ts': '',
  'src/modules/marks/marks.access.ts': '',
  'src/modules/marks/curriculum.consumer.ts': '',
  'src/modules/marks/marks.queries.ts': '',
  'src/modules/marks/post-mark.ts': '',
  'src/modules/marks/post-mark.int.spec.ts': '',
  'src/modules/marks/correct-mark-by-request.ts': '',
  'src/modules/finals/index.ts': '',
  'src/modules/finals/set-final.ts': '',
};

describe('check-service-shape', () => {
  let root: string;

  const write = (path: string, text = '') => {
    const full = join(root, path);
    mkdirSync(dirname(full), { recursive: true });
    writeFileSync(full, text);
  };
  const service = (name: string, files: Record<string, string>) => {
    for (const [path, text] of Object.entries(files)) write(`services/${name}/${path}`, text);
  };
  const without = (...paths: string[]) =>
    Object.fromEntries(Object.entries(GOOD_SERVICE).filter(([p]) => !paths.includes(p)));
  const check = () => checkServiceShape(root);

  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'service-shape-'));
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('accepts a service in the template’s shape and skips folders without src/', () => {
    service('gradebook', GOOD_SERVICE);
    write('services/archive/README.md');
    expect(check()).toEqual([]);
  });

  it.each(['src/main.ts', 'src/subgraph.ts', 'src/schema.graphql', 'src/migrations/index.ts'])(
    'reports a missing %s',
    (missing) => {
      service('gradebook', without(missing));
      expect(check()).toEqual([
        { path: `services/gradebook/${missing}`, rule: 'required file is missing' },
      ]);
    },
  );

  it('reports root files and folders outside the template', () => {
    service('gradebook', {
      ...GOOD_SERVICE,
      'src/app.ts': '',
      'src/env.ts': '',
      'src/lib/x.ts': '',
    });
    expect(check().map((v) => v.path)).toEqual([
      'services/gradebook/src/app.ts',
      'services/gradebook/src/env.ts',
      'services/gradebook/src/lib',
    ]);
    expect(check()[0]?.rule).toMatch(/move it into a module/);
    expect(check()[2]?.rule).toMatch(/code belongs to a module/);
  });

  it('reports a main.ts that does not call runSubgraph', () => {
    service('gradebook', { ...GOOD_SERVICE, 'src/main.ts': 'const env = loadEnv();\n' });
    expect(check()).toEqual([
      { path: 'services/gradebook/src/main.ts', rule: expect.stringMatching(/runSubgraph/) },
    ]);
  });

  it('reports a module without index.ts, a file directly in modules/ and a non-kebab module', () => {
    service('gradebook', {
      ...without('src/modules/finals/index.ts'),
      'src/modules/helpers.ts': '',
      'src/modules/Reports/index.ts': '',
    });
    expect(check()).toEqual([
      {
        path: 'services/gradebook/src/modules/Reports',
        rule: 'a module folder is named in kebab-case',
      },
      {
        path: 'services/gradebook/src/modules/finals/index.ts',
        rule: expect.stringMatching(/a module has index\.ts/),
      },
      {
        path: 'services/gradebook/src/modules/helpers.ts',
        rule: 'modules/ holds only module folders (modules/<module>/)',
      },
    ]);
  });

  it('reports subfolders in a module', () => {
    service('gradebook', { ...GOOD_SERVICE, 'src/modules/marks/rules/finals.rules.ts': '' });
    expect(check()).toEqual([
      {
        path: 'services/gradebook/src/modules/marks/rules',
        rule: expect.stringMatching(/no subfolders/),
      },
    ]);
  });

  it.each([
    'permits.ts', // a use case names a verb and a noun
    'access.service.ts', // not a kind of the template
    'delivery.worker.ts',
    'markQueries.ts', // not kebab-case
    'Mark.entities.ts',
    'post_mark.ts',
    'finals.graphql', // the SDL part is named after its module
    'mark-chain.spec.js',
    'README.md',
  ])('reports the module file %s', (file) => {
    service('gradebook', { ...GOOD_SERVICE, [`src/modules/marks/${file}`]: '' });
    expect(check()).toEqual([
      {
        path: `services/gradebook/src/modules/marks/${file}`,
        rule: expect.stringMatching(/^a module holds only/),
      },
    ]);
  });

  it('checks every service and reports paths from the repository root', () => {
    service('gradebook', GOOD_SERVICE);
    service('identity', without('src/context.ts'));
    expect(check()).toEqual([
      { path: 'services/identity/src/context.ts', rule: 'required file is missing' },
    ]);
  });
});
