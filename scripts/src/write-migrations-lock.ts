/**
 * `npm run migrations:lock`: adds the migrations that schemas/migrations.lock.json does not know
 * yet. An entry already there is never rewritten, so a changed past migration stays a failure of
 * migrations-frozen.spec.ts instead of being recorded as the new truth.
 */
import { writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { collectMigrations, formatLock, lockPath, readLock, repoRoot } from './migrations-lock.js';

const lock = readLock();
const added: string[] = [];
for (const migration of await collectMigrations()) {
  if (!(migration.name in lock)) {
    lock[migration.name] = migration.sha256;
    added.push(migration.name);
  }
}
if (added.length > 0) writeFileSync(lockPath, formatLock(lock));
const where = relative(repoRoot, lockPath);
process.stdout.write(
  added.length > 0
    ? `${where}: added ${added.join(', ')}\n`
    : `${where}: every migration is already recorded\n`,
);
