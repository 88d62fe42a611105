// Builds exactly what `clasp push` uploads into dist/:
//   Code.js         the server bundle: an ES2019 IIFE plus one generated top-level stub per public function
//   Sidebar.html    the sidebar, self-contained (HtmlService cannot load local files)
//   Import.html     the import dialog (sidebar/import/), built the same way
//   appsscript.json the manifest
// The public functions are the exports of src/public.ts, read from esbuild's metafile, so that file is the one list.
import * as esbuild from 'esbuild';
import { mkdir, readFile, rename, rm, writeFile, copyFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
// Built beside dist/ and swapped in at the end, so a test reading dist/ never sees it half-written.
const staging = join(root, `.dist-${process.pid}`);
const GLOBAL = 'ScaTracker';
const TARGET = 'es2019'; // newer syntax (e.g. class static blocks) is reported to break Apps Script
// SCA_MINIFY=0 npm run build: readable names, for profiling and for stack traces while debugging.
const MINIFY = process.env.SCA_MINIFY !== '0';

async function publicFunctionNames(entry) {
  const result = await esbuild.build({
    entryPoints: [entry],
    bundle: true,
    format: 'esm',
    write: false,
    metafile: true,
    outdir: 'out',
    logLevel: 'silent',
  });
  const names = Object.values(result.metafile.outputs).flatMap((o) => o.exports);
  const invalid = names.filter((n) => !/^[A-Za-z][A-Za-z0-9]*$/.test(n));
  if (invalid.length) throw new Error(`Public function names must be plain identifiers: ${invalid.join(', ')}`);
  return names.sort();
}

async function buildServer() {
  const entry = join(root, 'src/public.ts');
  const names = await publicFunctionNames(entry);
  const result = await esbuild.build({
    entryPoints: [entry],
    bundle: true,
    format: 'iife',
    globalName: GLOBAL,
    target: TARGET,
    platform: 'neutral',
    mainFields: ['module', 'main'],
    minify: MINIFY,
    legalComments: 'none',
    write: false,
    metafile: true,
  });
  const stubs = names
    .map((n) => `function ${n}(){return ${GLOBAL}.${n}.apply(this,arguments)}`)
    .join('\n');
  const code = `${result.outputFiles[0].text}\n${stubs}\n`;
  await writeFile(join(staging, 'Code.js'), code);
  return { names, bytes: Buffer.byteLength(code), metafile: result.metafile };
}

// The HtmlService pages: each a self-contained .html (HtmlService cannot load local files).
const PAGES = [
  { entry: 'sidebar/main.tsx', template: 'sidebar/index.html', css: 'sidebar/style.css', out: 'Sidebar.html' },
  { entry: 'sidebar/import/main.tsx', template: 'sidebar/import/index.html', css: 'sidebar/import/style.css', out: 'Import.html' },
];

async function buildPage(page) {
  const result = await esbuild.build({
    entryPoints: [join(root, page.entry)],
    bundle: true,
    format: 'iife',
    jsx: 'automatic',
    jsxImportSource: 'preact',
    target: TARGET,
    minify: MINIFY,
    legalComments: 'none',
    write: false,
  });
  const script = result.outputFiles[0].text.replace(/<\/script/gi, '<\\/script');
  const css = await readFile(join(root, page.css), 'utf8');
  const template = await readFile(join(root, page.template), 'utf8');
  const html = template
    .replace('/*INLINE_CSS*/', () => css)
    .replace('/*INLINE_SCRIPT*/', () => script);
  await writeFile(join(staging, page.out), html);
  return { out: page.out, bytes: Buffer.byteLength(html) };
}

async function buildSidebar() {
  const pages = await Promise.all(PAGES.map(buildPage));
  return { bytes: pages[0].bytes, pages };
}

export async function build() {
  await rm(staging, { recursive: true, force: true });
  await mkdir(staging, { recursive: true });
  try {
    const [server, sidebar] = await Promise.all([buildServer(), buildSidebar()]);
    await copyFile(join(root, 'appsscript.json'), join(staging, 'appsscript.json'));
    const old = `${staging}-old`;
    await rename(dist, old).catch(() => undefined);
    await rename(staging, dist);
    await rm(old, { recursive: true, force: true });
    return { server, sidebar };
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { server, sidebar } = await build();
  console.log(
    `dist/Code.js ${(server.bytes / 1024).toFixed(1)} KB (${server.names.length} public functions), ` +
      sidebar.pages.map((p) => `dist/${p.out} ${(p.bytes / 1024).toFixed(1)} KB`).join(', '),
  );
}
