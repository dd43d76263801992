import { relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  collectMigrations,
  forbiddenImports,
  lockPath,
  migrationSourceFiles,
  readLock,
  repoRoot,
} from './migrations-lock.js';

/**
 * A migration that ran somewhere is recorded there by name only: editing its SQL changes new
 * databases and leaves existing ones as they were. So past migrations are frozen, checked against
 * the hashes in schemas/migrations.lock.json, and a change of schema is always a new migration.
 */
describe('migrations are frozen', () => {
  const lockFile = relative(repoRoot, lockPath);

  it('every migration emits the SQL recorded in the lock', async () => {
    const lock = readLock();
    const migrations = await collectMigrations();
    const problems: string[] = [];
    for (const { name, services, sha256 } of migrations) {
      const recorded = lock[name];
      if (recorded === undefined) {
        problems.push(
          `migration ${name} (${services.join(', ')}) is not in ${lockFile}: ` +
            'run `npm run migrations:lock` and commit the file',
        );
      } else if (recorded !== sha256) {
        problems.push(
          `migration ${name} changed: past migrations are frozen; add a new migration instead`,
        );
      }
    }
    const listed = new Set(migrations.map((m) => m.name));
    for (const name of Object.keys(lock)) {
      if (!listed.has(name)) {
        problems.push(
          `migration ${name} is in ${lockFile} but in no service's list: past migrations are ` +
            'never removed or renamed',
        );
      }
    }
    expect(problems, problems.join('\n')).toEqual([]);
  });

  it('migration files import nothing but @mikro-orm/migrations and types', () => {
    const files = migrationSourceFiles();
    // The scan must see the platform's and every service's migrations, or it checks nothing.
    expect(files.map((f) => relative(repoRoot, f).split('\\').join('/'))).toEqual(
      expect.arrayContaining([
        'packages/events/src/migrations.ts',
        'packages/audit/src/migrations.ts',
        'services/attendance/src/migrations/0001-attendance.ts',
        'services/messaging/src/migrations/0001-messaging.ts',
      ]),
    );
    const problems = files
      .flatMap(forbiddenImports)
      .map(
        (problem) =>
          `${problem}: a migration's SQL must not depend on live code; copy the SQL text in`,
      );
    expect(problems, problems.join('\n')).toEqual([]);
  });
});
