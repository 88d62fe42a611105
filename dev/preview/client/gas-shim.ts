/**
 * google.script for the add-on's sidebar and dialogs in the preview: `run` is bridged to POST /api/run,
 * with the real client's behaviour — asynchronous handlers, chainable with*() configuration, any
 * function name, Date/function arguments refused, at most 10 calls in flight — and `host.close()`.
 */
import type { RunResponse } from '../view-types';
import { MESSAGE_SOURCE, type PreviewMessage } from './preview-message';

type Handler = (value: unknown, userObject?: unknown) => void;

interface RunConfig {
  readonly success: Handler | null;
  readonly failure: Handler | null;
  readonly userObject: unknown;
}

const MAX_IN_FLIGHT = 10;
const frame = (window as unknown as { __scaPreviewFrame?: string }).__scaPreviewFrame ?? 'sidebar';
let inFlight = 0;
const waiting: Array<() => void> = [];

function notifyPage(message: PreviewMessage): void {
  if (window.parent !== window) window.parent.postMessage(message, window.location.origin);
}

/** Throws as google.script.run does for values that cannot cross to the server. */
function checkSendable(value: unknown, path: string): void {
  if (value instanceof Date || typeof value === 'function' || value instanceof Node) {
    throw new Error(`Failed due to illegal value in property: ${path}`);
  }
  if (Array.isArray(value)) value.forEach((v, i) => checkSendable(v, `${path}.${i}`));
  else if (typeof value === 'object' && value !== null) for (const [k, v] of Object.entries(value)) checkSendable(v, `${path}.${k}`);
}

/** A form as the sole argument is sent as {name: value}, as HtmlService does (files are not supported here). */
function formToObject(form: HTMLFormElement): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  new FormData(form).forEach((value, name) => {
    const text = typeof value === 'string' ? value : value.name;
    const prev = out[name];
    out[name] = prev === undefined ? text : Array.isArray(prev) ? [...prev, text] : [prev, text];
  });
  return out;
}

function release(): void {
  inFlight -= 1;
  waiting.shift()?.();
}

async function send(fn: string, args: unknown[], config: RunConfig): Promise<void> {
  let response: RunResponse;
  try {
    const http = await fetch('/api/run', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ fn, args }) });
    response = (await http.json()) as RunResponse;
  } catch (error) {
    response = { ok: false, error: { message: `NetworkError: ${error instanceof Error ? error.message : String(error)}` } };
  }
  release();
  notifyPage({ source: MESSAGE_SOURCE, kind: 'ran', frame, events: response.events ?? null, changed: response.changed ?? true });
  if (response.ok) config.success?.(response.result, config.userObject);
  else if (config.failure) config.failure(new Error(response.error.message), config.userObject);
  else console.error(`google.script.run.${fn} failed: ${response.error.message}`);
}

function call(fn: string, rawArgs: unknown[], config: RunConfig): void {
  const first = rawArgs[0];
  const args = rawArgs.length === 1 && first instanceof HTMLFormElement ? [formToObject(first)] : rawArgs;
  args.forEach((a, i) => checkSendable(a, String(i)));
  // The slot is taken now, so a burst of calls in one tick still keeps to the limit.
  const start = (): void => {
    inFlight += 1;
    // Handlers always run after the caller's code, never synchronously.
    setTimeout(() => void send(fn, args, config), 0);
  };
  if (inFlight < MAX_IN_FLIGHT) start();
  else waiting.push(start);
}

function runner(config: RunConfig): unknown {
  return new Proxy(
    {},
    {
      get(_target, prop) {
        if (typeof prop !== 'string' || prop === 'then') return undefined;
        if (prop === 'withSuccessHandler') return (h: Handler) => runner({ ...config, success: h });
        if (prop === 'withFailureHandler') return (h: Handler) => runner({ ...config, failure: h });
        if (prop === 'withUserObject') return (o: unknown) => runner({ ...config, userObject: o });
        return (...args: unknown[]) => call(prop, args, config);
      },
    },
  );
}

const google = {
  script: {
    run: runner({ success: null, failure: null, userObject: undefined }),
    host: {
      close: () => notifyPage({ source: MESSAGE_SOURCE, kind: 'close', frame }),
      setHeight: () => undefined,
      setWidth: () => undefined,
      editor: { focus: () => undefined },
    },
    url: { getLocation: (cb: (l: unknown) => void) => setTimeout(() => cb({ hash: '', parameter: {}, parameters: {} }), 0) },
    history: { push: () => undefined, replace: () => undefined, setChangeHandler: () => undefined },
  },
};

(window as unknown as { google: typeof google }).google = google;
