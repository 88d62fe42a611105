import { mkdtempSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTestEnvironment, FIXTURES } from './environment-factory';

const distWithSidebar = (): string => {
  const dir = mkdtempSync(join(tmpdir(), 'emulator-dist-'));
  copyFileSync(join(FIXTURES, 'Code.js'), join(dir, 'Code.js'));
  writeFileSync(join(dir, 'Sidebar.html'), '<h1>Case <?= caseId ?></h1><?!= raw ?>');
  return dir;
};

describe('HtmlService', () => {
  it('createHtmlOutputFromFile reads <name>.html from the loaded dist directory', () => {
    const env = createTestEnvironment();
    env.loadBundle(distWithSidebar());
    const html = env.globals.HtmlService as GoogleAppsScript.HTML.HtmlService;
    const out = html.createHtmlOutputFromFile('Sidebar').setTitle('SCA case').setWidth(300);
    expect(out.getTitle()).toBe('SCA case');
    expect(out.getContent()).toContain('<h1>Case');
    expect(() => html.createHtmlOutputFromFile('Missing')).toThrow('No HTML file named Missing was found.');
  });

  it('evaluates <?= ?> escaped and <?!= ?> raw in templates', () => {
    const env = createTestEnvironment();
    env.loadBundle(distWithSidebar());
    const template = (env.globals.HtmlService as GoogleAppsScript.HTML.HtmlService).createTemplateFromFile('Sidebar');
    Object.assign(template, { caseId: '<SCA-1>', raw: '<b>x</b>' });
    expect(template.evaluate().getContent()).toBe('<h1>Case &lt;SCA-1&gt;</h1><b>x</b>');
  });

  it('HtmlOutput append, sandbox and frame options are chainable', () => {
    const env = createTestEnvironment();
    const html = env.globals.HtmlService as GoogleAppsScript.HTML.HtmlService;
    const out = html
      .createHtmlOutput('<p>a</p>')
      .append('<p>b</p>')
      .setSandboxMode(html.SandboxMode.IFRAME)
      .setXFrameOptionsMode(html.XFrameOptionsMode.DEFAULT)
      .setHeight(400);
    expect(out.getContent()).toBe('<p>a</p><p>b</p>');
    expect(out.getHeight()).toBe(400);
    expect(env.calls.get('HtmlOutput.append')).toBe(1);
  });

  it('HtmlOutput.setContent replaces the content and returns the output (reference: "setContent(content) — Sets the content of this HtmlOutput"; "getContent() — Gets the content of this HtmlOutput")', () => {
    const env = createTestEnvironment();
    env.loadBundle(distWithSidebar());
    const out = (env.globals.HtmlService as GoogleAppsScript.HTML.HtmlService).createHtmlOutputFromFile('Sidebar');
    const same = out.setContent(`${out.getContent()}<script type="application/json" id="s">{}</script>`);
    expect(same).toBe(out);
    expect(out.getContent()).toBe('<h1>Case <?= caseId ?></h1><?!= raw ?><script type="application/json" id="s">{}</script>');
  });
});
