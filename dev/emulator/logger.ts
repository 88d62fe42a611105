/**
 * Logger and console inside the bundle: output goes to env.logs (one string per call), not to the test
 * runner's stdout, so tests can assert on it and a noisy bundle stays quiet.
 */
import { format } from 'node:util';
import { counted } from './call-counter';
import type { ServiceContext } from './service-context';

export function createLogger(ctx: ServiceContext, logs: string[]): GoogleAppsScript.Base.Logger {
  const raw = {
    log: (data: unknown, ...values: unknown[]) => {
      logs.push(typeof data === 'string' ? format(data, ...values) : format(data));
      return logger;
    },
    getLog: () => logs.join('\n'),
    clear: () => {
      logs.length = 0;
    },
  };
  const logger = counted(raw, 'Logger', ctx.counter) as unknown as GoogleAppsScript.Base.Logger;
  return logger;
}

/** console.* for the vm context; not counted (console is not an Apps Script service call). */
export function createConsole(logs: string[]): Pick<Console, 'log' | 'info' | 'warn' | 'error' | 'debug'> {
  const write = (level: string) => (...args: unknown[]) => {
    logs.push(level === 'log' ? format(...args) : `[${level}] ${format(...args)}`);
  };
  return { log: write('log'), info: write('info'), warn: write('warn'), error: write('error'), debug: write('debug') };
}
