/**
 * Deploying is honest and works: the README names the five scopes of the real manifest, says the clasp path is
 * a script bound to one spreadsheet and what a domain-published Editor add-on takes; `npm run setup` names the
 * project "SCA Tracker" (a bound script's menu carries the project's name) and says the Apps Script API must be on.
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';

const ROOT = join(__dirname, '../..');
const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
const manifest = JSON.parse(readFileSync(join(ROOT, 'appsscript.json'), 'utf8')) as { oauthScopes: string[] };

describe('README deploy sections', () => {
  it.each(manifest.oauthScopes)('lists the manifest scope %s', (scope) => {
    expect(readme).toContain(`\`${scope}\``);
  });

  it('says the clasp path binds one spreadsheet, for one clinic, and that clasp push needs the Apps Script API setting', () => {
    expect(readme).toMatch(/\*\*bound\*\* to one spreadsheet/);
    expect(readme).toMatch(/suits one clinic/);
    expect(readme).toMatch(/Google Apps Script API[\s\S]{0,120}clasp push/);
  });

  it('describes the domain Editor add-on: standalone project, Cloud project, Marketplace SDK, admin install, test deployments', () => {
    const section = readme.slice(readme.indexOf('## Publishing as an Editor add-on'));
    for (const step of [/Standalone project/, /Cloud project/, /Marketplace SDK/, /admin/i, /do not run installable triggers/]) {
      expect(section).toMatch(step);
    }
  });
});

/** Runs scripts/setup-clasp.mjs in a scratch directory with a fake `npx` that records its arguments. */
function runSetup(args: readonly string[]): { stdout: string; npxArgs: string } {
  const dir = mkdtempSync(join(tmpdir(), 'sca-setup-'));
  const bin = join(dir, 'bin');
  mkdirSync(bin);
  writeFileSync(join(bin, 'npx'), `#!/bin/sh\necho "$@" > "${join(dir, 'npx-args')}"\necho '{"scriptId":"created"}' > .clasp.json\n`);
  chmodSync(join(bin, 'npx'), 0o755);
  writeFileSync(join(dir, '.clasp.json'), JSON.stringify({ scriptId: 'REPLACE', rootDir: 'dist' }));
  const stdout = execFileSync(process.execPath, [join(ROOT, 'scripts/setup-clasp.mjs'), ...args], {
    cwd: dir,
    env: { ...process.env, PATH: `${bin}${delimiter}${process.env.PATH ?? ''}` },
    encoding: 'utf8',
  });
  let npxArgs = '';
  try {
    npxArgs = readFileSync(join(dir, 'npx-args'), 'utf8').trim();
  } catch {
    // no clasp call (the --script-id path)
  }
  return { stdout, npxArgs };
}

describe('npm run setup', () => {
  it('creates the bound project titled "SCA Tracker" and says the Apps Script API must be on before deploying', () => {
    const { stdout, npxArgs } = runSetup([]);
    expect(npxArgs).toBe('clasp create --type sheets --title SCA Tracker --rootDir dist');
    expect(stdout).toMatch(/Extensions ▸ SCA Tracker/);
    expect(stdout).toMatch(/Google Apps Script API/);
  });

  it('with --script-id, says to rename an "Untitled project" to SCA Tracker, since the menu carries that name', () => {
    const { stdout, npxArgs } = runSetup(['--script-id', 'a'.repeat(40)]);
    expect(npxArgs).toBe('');
    expect(stdout).toMatch(/"Untitled project"[\s\S]*rename it "SCA Tracker"/);
    expect(stdout).toMatch(/Google Apps Script API/);
  });
});
