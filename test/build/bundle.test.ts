import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import * as acorn from 'acorn';

// `npm test` builds first: these read exactly what `clasp push` would upload.
const dist = join(__dirname, '../../dist');
const code = readFileSync(join(dist, 'Code.js'), 'utf8');

describe('dist/Code.js', () => {
  const program = acorn.parse(code, { ecmaVersion: 2019, sourceType: 'script' });

  it('parses as an ES2019 script (no newer syntax, no import/export)', () => {
    expect(() => acorn.parse(code, { ecmaVersion: 2019, sourceType: 'script' })).not.toThrow();
    expect(program.body.some((n) => n.type.startsWith('Import') || n.type.startsWith('Export'))).toBe(false);
  });

  it('declares the public functions as top-level function declarations', () => {
    const declared = program.body.flatMap((n) => (n.type === 'FunctionDeclaration' && n.id ? [n.id.name] : []));
    expect(declared).toEqual(expect.arrayContaining(['onOpen', 'onInstall', 'onEdit']));
  });

  it('leaks nothing else to the top level but the bundle namespace', () => {
    const others = program.body.filter(
      (n) =>
        n.type !== 'FunctionDeclaration' &&
        !(n.type === 'ExpressionStatement' && 'directive' in n) &&
        !(n.type === 'VariableDeclaration' && n.declarations.length === 1),
    );
    expect(others).toEqual([]);
    const vars = program.body.flatMap((n) =>
      n.type === 'VariableDeclaration' ? n.declarations.map((d) => (d.id.type === 'Identifier' ? d.id.name : '?')) : [],
    );
    expect(vars).toEqual(['ScaTracker']);
  });

  // Apps Script parses all of it on every execution: 273 KB when this ceiling was first set, with a little room
  // for a fix; a feature that needs more says so here. 280 KB after issue 13's second pass (set-up's batched
  // rules and sheet directory, saves that write only changed kept cells, new cases appended in one call):
  // ~8 KB of code that saves 100-odd round trips (~0.7 ms more parse, each round trip ~7-50 ms).
  it('stays under 283 KB', () => {
    expect(Buffer.byteLength(code) / 1024).toBeLessThanOrEqual(283);
  });

  it("leaves out zod's locale pack: messages come from zod-setup.ts (no format names the add-on never checks)", () => {
    for (const text of ['credit card number', 'E.164 number', 'base64url-encoded string', 'Invalid discriminator value']) {
      expect(code).not.toContain(text);
    }
  });

  it('makes every stub call into the bundle namespace', () => {
    const stubs = program.body.filter((n) => n.type === 'FunctionDeclaration');
    for (const stub of stubs) {
      const text = code.slice(stub.start, stub.end);
      expect(text).toMatch(/^function (\w+)\(\)\{return ScaTracker\.\1\.apply\(this,arguments\)\}$/);
    }
  });
});

describe('dist/appsscript.json', () => {
  const manifest = JSON.parse(readFileSync(join(dist, 'appsscript.json'), 'utf8')) as Record<string, unknown>;

  it('asks for exactly the five minimal scopes (userinfo.email: Session tells who is running)', () => {
    expect([...(manifest.oauthScopes as string[])].sort()).toEqual(
      [
        'https://www.googleapis.com/auth/script.container.ui',
        'https://www.googleapis.com/auth/script.scriptapp',
        'https://www.googleapis.com/auth/script.send_mail',
        'https://www.googleapis.com/auth/spreadsheets.currentonly',
        'https://www.googleapis.com/auth/userinfo.email',
      ].sort(),
    );
  });

  it('runs on V8 with Stackdriver exception logging and a time zone', () => {
    expect(manifest).toMatchObject({ runtimeVersion: 'V8', exceptionLogging: 'STACKDRIVER' });
    expect(typeof manifest.timeZone).toBe('string');
  });
});

describe('dist/', () => {
  it('holds only what clasp pushes', () => {
    expect(readdirSync(dist).sort()).toEqual(['Code.js', 'Import.html', 'Sidebar.html', 'appsscript.json']);
  });

  it('has a self-contained sidebar: no external script, style or link', () => {
    const html = readFileSync(join(dist, 'Sidebar.html'), 'utf8');
    expect(html).not.toMatch(/<script[^>]+src=/i);
    expect(html).not.toMatch(/<link[^>]+href=/i);
    expect(html).not.toMatch(/@import/);
  });
});

describe('.clasp.json', () => {
  it('pushes dist/ only', () => {
    const clasp = JSON.parse(readFileSync(join(__dirname, '../../.clasp.json'), 'utf8')) as { rootDir: string };
    expect(clasp.rootDir).toBe('dist');
  });
});
