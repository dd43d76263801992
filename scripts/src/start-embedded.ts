/**
 * `npm start`: the whole graph in one process. Without database URLs every service runs on its
 * own embedded PostgreSQL (PGlite); without KAFKA_BROKERS they share an in-process event bus.
 * Set the variables from README.md to run the same code on real PostgreSQL and Kafka.
 */
import { generateKeyPairPem } from '@dnevnik/auth';
import { createInProcessTransport, createKafkaTransport } from '@dnevnik/events';
import { createGateway, loadGatewayEnv } from '@dnevnik/gateway';
import {
  createCurriculumService,
  loadCurriculumEnv,
  seedCurriculumDemo,
} from '@dnevnik/curriculum';
import { createGradebookService, loadGradebookEnv, seedGradebookDemo } from '@dnevnik/gradebook';
import {
  createAttendanceService,
  loadAttendanceEnv,
  seedAttendanceDemo,
} from '@dnevnik/attendance';
import { startDevEsia } from '@dnevnik/esia-simulator';
import { createIdentityService, DEMO, loadIdentityEnv, seedDemo } from '@dnevnik/identity';
import { createLogger } from '@dnevnik/logging';
import { addDays, mondayOf } from '@dnevnik/school-time';
import { createMessagingService, loadMessagingEnv } from '@dnevnik/messaging';
import { createLifecycle } from '@dnevnik/server-kit';

const env: Record<string, string | undefined> = { LOG_LEVEL: 'warn', ...process.env };

process.on('uncaughtException', explainAndExit);
process.on('unhandledRejection', explainAndExit);

/** Start-up failures a person can fix get a sentence instead of a stack trace. */
function explainAndExit(err: unknown): never {
  const e = err as NodeJS.ErrnoException & { port?: number; problems?: string[] };
  if (e.code === 'EADDRINUSE') {
    process.stderr.write(
      `Port ${e.port} is already in use. Stop the other process or choose ports with GATEWAY_PORT, IDENTITY_PORT, CURRICULUM_PORT, GRADEBOOK_PORT, ATTENDANCE_PORT, MESSAGING_PORT and ESIA_SIMULATOR_PORT.\n`,
    );
  } else if (e.problems) {
    process.stderr.write(`${e.message}\n`);
  } else if (e.code === 'ECONNREFUSED') {
    process.stderr.write(
      `Cannot connect (${e.message}). Check IDENTITY_DATABASE_URL and KAFKA_BROKERS, or unset them to run embedded.\n`,
    );
  } else {
    process.stderr.write(`Start-up failed: ${e.stack ?? String(err)}\n`);
  }
  process.exit(1);
}

/** Start-up takes about a minute (the demo school's year of lessons): say what is happening. */
const startedAt = Date.now();
function progress(step: string) {
  const seconds = String(Math.round((Date.now() - startedAt) / 1000)).padStart(3);
  process.stdout.write(`[${seconds} s] ${step}\n`);
}
progress('starting the services and seeding the demo school…');
const logger = createLogger({ source: 'dnevnik', level: env.LOG_LEVEL as 'warn' });
const lifecycle = createLifecycle(logger);

// Keys for this run unless configured: tokens and sessions end when the process does.
const gatewayKeys = await generateKeyPairPem('EdDSA');
// ESIA login (A9): without a real ESIA configured, a local simulator with the demo people.
const gatewayPort = Number(env.GATEWAY_PORT ?? 4000);
const devEsia = env.ESIA_BASE_URL
  ? null
  : await startDevEsia({
      port: Number(env.ESIA_SIMULATOR_PORT ?? 4010),
      redirectUri: `http://127.0.0.1:${gatewayPort}/auth/esia/callback`,
    });
if (devEsia) lifecycle.onStop('ESIA simulator', () => devEsia.stop());
const identityEnv = loadIdentityEnv({
  ...env,
  ...devEsia?.identityEnv,
  IDENTITY_SIGNING_KEY:
    env.IDENTITY_SIGNING_KEY ?? (await generateKeyPairPem('ES256')).privateKeyPem,
});
const transport =
  identityEnv.kafka.brokers.length > 0
    ? createKafkaTransport({ ...identityEnv.kafka, clientId: 'dnevnik', logger })
    : createInProcessTransport();
lifecycle.onStop('event transport', () => transport.close());

const identity = await createIdentityService({
  env: identityEnv,
  logger: logger.child({ source: 'identity' }),
  gatewayPublicKeyPem: gatewayKeys.publicKeyPem,
  transport,
});
lifecycle.onStop('identity', () => identity.stop());
progress('identity: demo people, roles and parent links');
const seeded = await seedDemo(identity.database.orm, {
  passwordLogN: identityEnv.PASSWORD_SCRYPT_LOG_N,
  logger,
});
const identityServer = await identity.start();

const curriculum = await createCurriculumService({
  env: loadCurriculumEnv(env),
  logger: logger.child({ source: 'curriculum' }),
  gatewayPublicKeyPem: gatewayKeys.publicKeyPem,
  transport,
});
lifecycle.onStop('curriculum', () => curriculum.stop());
progress('curriculum: classes, timetable and the year’s lessons');
const curriculumSeed = await seedCurriculumDemo(curriculum, {
  logger,
  today: new Date(),
});
const curriculumServer = await curriculum.start();

const gradebook = await createGradebookService({
  env: loadGradebookEnv(env),
  logger: logger.child({ source: 'gradebook' }),
  gatewayPublicKeyPem: gatewayKeys.publicKeyPem,
  transport,
});
lifecycle.onStop('gradebook', () => gradebook.stop());
const gradebookServer = await gradebook.start();

const attendance = await createAttendanceService({
  env: loadAttendanceEnv(env),
  logger: logger.child({ source: 'attendance' }),
  gatewayPublicKeyPem: gatewayKeys.publicKeyPem,
  transport,
});
lifecycle.onStop('attendance', () => attendance.stop());
const attendanceServer = await attendance.start();

// Messaging starts before the demo marks and absences are seeded: notifications are news, so
// it takes in only what happens after it joins (in the demo: the seeded marks and absences).
const messaging = await createMessagingService({
  env: loadMessagingEnv(env),
  logger: logger.child({ source: 'messaging' }),
  gatewayPublicKeyPem: gatewayKeys.publicKeyPem,
  transport,
});
lifecycle.onStop('messaging', () => messaging.stop());
const messagingServer = await messaging.start();

// Publish the demo seed's events and let every service take them in before the first request.
progress('the other services take in the school’s people and lessons');
await identity.flushOutbox();
await curriculum.flushOutbox();
await transport.drained?.();
progress('gradebook: recent marks');
const gradebookSeed = await seedGradebookDemo(gradebook, {
  logger,
  today: new Date(),
});
await gradebook.flushOutbox();
progress('attendance: recent absences');
const attendanceSeed = await seedAttendanceDemo(attendance, {
  logger,
  today: new Date(),
});
await attendance.flushOutbox();
await transport.drained?.();

progress('gateway');
const gatewayEnv = loadGatewayEnv({
  ...env,
  IDENTITY_JWKS_URL: identityServer.url.replace(/\/graphql$/, '/.well-known/jwks.json'),
  SUBGRAPH_URLS: `identity=${identityServer.url},curriculum=${curriculumServer.url},gradebook=${gradebookServer.url},attendance=${attendanceServer.url},messaging=${messagingServer.url}`,
});
const gateway = await createGateway({
  env: gatewayEnv,
  logger: logger.child({ source: 'gateway' }),
  signingKeyPem: gatewayKeys.privateKeyPem,
});
lifecycle.onStop('gateway', () => gateway.stop());
const gatewayServer = await gateway.start();
lifecycle.stopOnSignals();

/** This week, Monday to Sunday, for the example query. */
const week = (() => {
  const monday = mondayOf(new Date().toISOString().slice(0, 10));
  return { from: monday, to: addDays(monday, 6) };
})();

const mode = [
  curriculum.database.mode === 'embedded' && identity.database.mode === 'embedded'
    ? 'embedded PostgreSQL (PGlite)'
    : 'PostgreSQL',
  transport.kind === 'in-process' ? 'in-process event bus' : 'Kafka',
].join(', ');
const lines = [
  '',
  `Dnevnik Graph is running (${mode}).`,
  '',
  `  GraphQL endpoint and IDE:  ${gatewayServer.url}`,
  `  Login page (Gosuslugi and temporary logins): ${gatewayServer.url.replace(/\/graphql$/, '/auth/login')}`,
  ...(devEsia
    ? [
        `  ESIA simulator: ${devEsia.simulator.url} (the demo people; Кириллов О. П. is not in the school)`,
      ]
    : []),
  '',
  `Demo school ${DEMO.schoolId}${seeded.created ? ' (seeded now)' : ''}: classes 1А–11Б, timetable and ${curriculumSeed.lessons} lessons of year ${curriculumSeed.yearId}.`,
  `Marks seeded: ${gradebookSeed.created}. Attendance seeded: ${attendanceSeed.created} absences and lateness, ${attendanceSeed.reasons} reasons, ${attendanceSeed.detections} systematic non-attendance.`,
  `Every demo login has the password "${DEMO.password}":`,
  ...seeded.logins.map((l) => `  ${l.login.padEnd(18)} ${l.description}`),
  '',
  'Try it:',
  `  curl -s ${gatewayServer.url} -H 'content-type: application/json' \\`,
  `    -d '{"query":"mutation { login(input: {login: \\"ivanov.parent\\", password: \\"${DEMO.password}\\"}) { accessToken } }"}'`,
  `  curl -s ${gatewayServer.url} -H 'content-type: application/json' -H 'authorization: Bearer <accessToken>' \\`,
  `    -d '{"query":"{ me { person { lastName firstName children { child { lastName firstName } } } roles { role schoolId } } }"}'`,
  `  … and "{ myTimetable(from: \\"${week.from}\\", to: \\"${week.to}\\") { date lessonNumber subject { name } topic homework { text } marks { value } attendance { status lateMinutes reason { kind } } } }"`,
  '',
  `  … and "{ myNotifications(first: 5) { kind title body createdAt } }" for the parent's notifications`,
  '',
  'Press Ctrl+C to stop.',
  '',
];
process.stdout.write(lines.join('\n'));
