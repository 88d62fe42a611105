/**
 * The local preview: `npm start` (or `npm start -- --reset` for a fresh demo) serves the tracker at
 * http://127.0.0.1:8080 — the built dist/Code.js running in the offline emulator, with its sheets, menu,
 * sidebar, outbox and daily trigger. State is kept in .preview-state.json between runs.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import { buildPageAssets } from './page-assets';
import { createHandler } from './routes';
import { PreviewSession } from './session';

export interface PreviewOptions {
  /** 0 picks a free port (tests). */
  readonly port: number;
  readonly statePath: string;
  /** Ignore the state file and seed the demo workbook again. */
  readonly reset?: boolean;
  /** Where Code.js is; default <repo>/dist. */
  readonly distDir?: string;
  readonly log?: (message: string) => void;
}

export interface RunningPreview {
  readonly url: string;
  /** The session now being served (a reset from the page replaces it). */
  readonly session: PreviewSession;
  close(): Promise<void>;
}

const repoRoot = resolve(__dirname, '..', '..');

export async function startPreview(options: PreviewOptions): Promise<RunningPreview> {
  const log = options.log ?? (() => undefined);
  const assets = await buildPageAssets();
  const open = (reset: boolean): PreviewSession =>
    PreviewSession.open({ statePath: options.statePath, reset, distDir: options.distDir ?? join(repoRoot, 'dist'), log });
  let session = open(options.reset ?? false);
  const handler = createHandler({ current: () => session, reset: () => (session = open(true)) }, assets);
  const server = createServer((req, res) => void handler(req, res));
  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    // Loopback only: the preview holds a (demo) tracker and must not be reachable from the network.
    server.listen(options.port, '127.0.0.1', () => ok());
  });
  const { port } = server.address() as AddressInfo;
  return {
    // "localhost", not the IP: browsers treat it as a secure context, and test browsers resolve only it.
    url: `http://localhost:${port}/`,
    get session() {
      return session;
    },
    close: () =>
      new Promise<void>((ok, fail) => {
        server.closeAllConnections();
        server.close((error) => (error ? fail(error) : ok()));
      }),
  };
}

async function main(): Promise<void> {
  const preview = await startPreview({
    port: Number(process.env['PORT'] ?? 8080),
    statePath: join(repoRoot, '.preview-state.json'),
    reset: process.argv.includes('--reset'),
    log: (message) => console.log(message),
  });
  console.log(`SCA Tracker preview: ${preview.url}  (state: .preview-state.json; Ctrl+C to stop)`);
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
