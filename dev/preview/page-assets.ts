/**
 * The page and the google.script shim, bundled from client/*.ts with esbuild when the server starts,
 * so the preview needs no build step of its own and serves no external resources.
 */
import * as esbuild from 'esbuild';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

export interface PageAssets {
  /** The whole page: HTML with its CSS and script inlined. */
  readonly page: string;
  /** The google.script shim, injected into every sidebar and dialog the add-on shows. */
  readonly shim: string;
}

const clientDir = join(__dirname, 'client');

async function bundle(entry: string): Promise<string> {
  const result = await esbuild.build({
    entryPoints: [join(clientDir, entry)],
    bundle: true,
    format: 'iife',
    target: 'es2020',
    minify: true,
    legalComments: 'none',
    write: false,
    logLevel: 'silent',
  });
  const file = result.outputFiles[0];
  if (!file) throw new Error(`esbuild produced no output for ${entry}`);
  // An inline script must not contain "</script" or it would end early.
  return file.text.replace(/<\/script/gi, '<\\/script');
}

export async function buildPageAssets(): Promise<PageAssets> {
  const [script, shim, css, template] = await Promise.all([
    bundle('main.ts'),
    bundle('gas-shim.ts'),
    readFile(join(clientDir, 'page.css'), 'utf8'),
    readFile(join(clientDir, 'page.html'), 'utf8'),
  ]);
  const page = template.replace('/*INLINE_CSS*/', () => css).replace('/*INLINE_SCRIPT*/', () => script);
  return { page, shim };
}

/** Puts the shim first in the add-on's HTML, so google.script exists before the add-on's own scripts run. */
export function injectShim(html: string, shim: string, frame: string): string {
  const tag = `<script>window.__scaPreviewFrame=${JSON.stringify(frame)};${shim}</script>`;
  const head = /<head[^>]*>/i.exec(html);
  if (head) return html.slice(0, head.index + head[0].length) + tag + html.slice(head.index + head[0].length);
  return tag + html;
}
