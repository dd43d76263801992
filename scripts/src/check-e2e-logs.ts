/**
 * After the e2e run: every log line every service wrote (at debug level) is searched for the
 * demo people's names and СНИЛС and for every text the tests sent through the gateway. A hit
 * is personal data in a log (G5) and fails `npm test`.
 *
 *   tsx scripts/src/check-e2e-logs.ts <E2E_LOG_DIR>
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEMO_PEOPLE_DATA } from '@dnevnik/contracts';

const out = (line: string) => process.stdout.write(`${line}\n`);

const dir = process.argv[2];
if (!dir) {
  process.stderr.write('usage: check-e2e-logs <dir>\n');
  process.exit(2);
}

let files: string[] = [];
try {
  files = readdirSync(dir);
} catch {
  out('log check: no e2e logs were written');
  process.exit(0);
}

const needles = new Map<string, string>();
for (const [key, person] of Object.entries(DEMO_PEOPLE_DATA)) {
  needles.set(person.lastName, `${key}: last name`);
  needles.set(person.middleName, `${key}: patronymic`);
  needles.set(person.snils, `${key}: СНИЛС`);
  const s = person.snils;
  needles.set(`${s.slice(0, 3)}-${s.slice(3, 6)}-${s.slice(6, 9)} ${s.slice(9)}`, `${key}: СНИЛС`);
}
let sentCount = 0;
for (const file of files.filter((f) => f.endsWith('.sent.ndjson'))) {
  for (const line of readFileSync(join(dir, file), 'utf8').split('\n')) {
    if (!line) continue;
    const text = JSON.parse(line) as string;
    if (!needles.has(text)) sentCount++;
    needles.set(text, 'a text a test sent');
  }
}

let lines = 0;
const hits: string[] = [];
for (const file of files.filter((f) => f.endsWith('.log.ndjson'))) {
  for (const line of readFileSync(join(dir, file), 'utf8').split('\n')) {
    if (!line) continue;
    lines++;
    // JSON escapes quotes and line breaks: compare with the text as it stands in a JSON string.
    for (const [needle, what] of needles) {
      if (line.includes(JSON.stringify(needle).slice(1, -1)) && hits.length < 20)
        hits.push(
          `${file}: ${what} (${JSON.stringify(needle).slice(0, 40)}): ${line.slice(0, 300)}`,
        );
    }
  }
}

out(
  `log check: ${lines} log lines in ${files.filter((f) => f.endsWith('.log.ndjson')).length} files searched for ${needles.size} personal texts (${sentCount} sent by the tests): ${hits.length} found`,
);
if (hits.length > 0) {
  for (const hit of hits) out(`  ${hit}`);
  process.exit(1);
}
