import type { Logger } from '@dnevnik/logging';

export interface Lifecycle {
  /** Registers a cleanup step; steps run in reverse order of registration. */
  onStop(name: string, step: () => Promise<void>): void;
  stop(): Promise<void>;
  /** Stops on SIGINT/SIGTERM, with a deadline so a stuck step cannot keep the pod alive. */
  stopOnSignals(deadlineMs?: number): void;
}

export function createLifecycle(logger: Logger): Lifecycle {
  const steps: { name: string; step: () => Promise<void> }[] = [];
  let stopping: Promise<void> | null = null;

  const stop = () =>
    (stopping ??= (async () => {
      for (const { name, step } of steps.reverse()) {
        try {
          await step();
        } catch (err) {
          logger.error({ err, step: name }, 'shutdown step failed');
        }
      }
    })());

  return {
    onStop(name, step) {
      steps.push({ name, step });
    },
    stop,
    stopOnSignals(deadlineMs = 20_000) {
      const handler = (signal: NodeJS.Signals) => {
        logger.info({ signal }, 'shutting down');
        const timer = setTimeout(() => {
          logger.error('shutdown deadline passed; exiting');
          process.exit(1);
        }, deadlineMs);
        timer.unref();
        void stop().then(() => process.exit(0));
      };
      process.once('SIGINT', handler);
      process.once('SIGTERM', handler);
    },
  };
}
