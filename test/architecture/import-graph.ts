/**
 * A small walker over relative TypeScript imports, so the architecture tests need no dependency:
 * it lists each file's imports and finds the strongly connected groups (import cycles).
 */
import { readdirSync, readFileSync, statSync, existsSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const REPO = resolve(__dirname, '../..');
const IMPORT = /^\s*(import|export)\s+(type\s+)?(?:[^'";]*?\s+from\s+)?['"](\.{1,2}\/[^'"]+)['"]/gm;

export interface ImportEdge {
  readonly from: string;
  readonly to: string;
  readonly typeOnly: boolean;
}

/** Every .ts file under a repository folder, as repository-relative paths. */
export function sourceFiles(root: string): string[] {
  const out: string[] = [];
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.ts') && !name.endsWith('.d.ts')) out.push(relative(REPO, path));
    }
  };
  walk(join(REPO, root));
  return out.sort();
}

function resolveImport(from: string, spec: string): string | undefined {
  const base = join(dirname(join(REPO, from)), spec);
  for (const candidate of [`${base}.ts`, join(base, 'index.ts'), base]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return relative(REPO, candidate);
  }
  return undefined;
}

/** The relative imports of one file (import and re-export statements; `import type` marked). */
export function importsOf(file: string): ImportEdge[] {
  const text = readFileSync(join(REPO, file), 'utf8');
  const edges: ImportEdge[] = [];
  for (const m of text.matchAll(IMPORT)) {
    const to = resolveImport(file, m[3] ?? '');
    if (to) edges.push({ from: file, to, typeOnly: Boolean(m[2]) });
  }
  return edges;
}

/** Groups of files that import each other in a circle (Tarjan's strongly connected components, size > 1). */
export function importCycles(root: string, options: { typeImports: boolean }): string[][] {
  const files = sourceFiles(root);
  const next = new Map(files.map((f) => [f, importsOf(f).filter((e) => options.typeImports || !e.typeOnly).map((e) => e.to)]));
  let index = 0;
  const order = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const groups: string[][] = [];
  const visit = (v: string): void => {
    order.set(v, index);
    low.set(v, index);
    index += 1;
    stack.push(v);
    onStack.add(v);
    for (const w of next.get(v) ?? []) {
      if (!next.has(w)) continue;
      if (!order.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, order.get(w)!));
    }
    if (low.get(v) === order.get(v)) {
      const group: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        group.push(w);
      } while (w !== v);
      if (group.length > 1 || (next.get(v) ?? []).includes(v)) groups.push(group.sort());
    }
  };
  for (const f of files) if (!order.has(f)) visit(f);
  return groups;
}
