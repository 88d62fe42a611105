import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Figure } from './figure';

const root = join(__dirname, '..');

function sizes(name: string, text: string): Figure[] {
  return [
    { name: `${name} (minified)`, value: Buffer.byteLength(text) / 1024, unit: 'KB' },
    { name: `${name} (gzip)`, value: gzipSync(text).length / 1024, unit: 'KB' },
  ];
}

/** What zod costs inside an Apps Script bundle: the classic API against zod/mini, same tiny schema. */
async function zodCost(specifier: 'zod' | 'zod/mini'): Promise<number> {
  const result = await build({
    stdin: {
      contents: `import * as z from '${specifier}'; export const s = z.object({ a: z.string(), b: z.optional(z.number()) }); export const p = (x) => s.safeParse(x);`,
      resolveDir: root,
      loader: 'js',
    },
    bundle: true,
    minify: true,
    format: 'iife',
    target: 'es2019',
    write: false,
  });
  return (result.outputFiles[0]?.contents.length ?? 0) / 1024;
}

/** Sizes of what clasp pushes, and the measured reason the bundle uses zod/mini. */
export async function benchBundleSize(): Promise<Figure[]> {
  return [
    ...sizes('dist/Code.js', readFileSync(join(root, 'dist/Code.js'), 'utf8')),
    ...sizes('dist/Sidebar.html', readFileSync(join(root, 'dist/Sidebar.html'), 'utf8')),
    { name: 'a one-schema bundle with classic zod', value: await zodCost('zod'), unit: 'KB' },
    { name: 'the same with zod/mini', value: await zodCost('zod/mini'), unit: 'KB' },
  ];
}
