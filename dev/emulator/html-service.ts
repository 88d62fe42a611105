/**
 * HtmlService: HtmlOutput objects for sidebars and dialogs. createHtmlOutputFromFile(name) reads
 * `<name>.html` from the loaded dist directory, as Apps Script serves the pushed project's .html files.
 * Templates support the two scriptlets our build could use (<?= ?> escaped, <?!= ?> raw) with expressions
 * evaluated against the template's own properties; <? ?> code scriptlets are not supported (the build inlines
 * everything, so the add-on has no need of them).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { counted } from './call-counter';
import { SandboxMode, XFrameOptionsMode } from './enums';
import type { ServiceContext } from './service-context';

const STATE = Symbol('htmlOutput');

export interface HtmlOutputHandle {
  [STATE]: { title: string; content: string; width: number; height: number };
}

/** Title, content and initial size (setWidth/setHeight) of an HtmlOutput, for Ui.showSidebar and the dialogs. */
export function readHtmlOutput(output: HtmlOutputHandle): { title: string; html: string; width: number; height: number } {
  const state = output[STATE];
  if (!state) throw new Error('Invalid argument: userInterface (expected an HtmlOutput)');
  return { title: state.title, html: state.content, width: state.width, height: state.height };
}

const escapeHtml = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

export interface HtmlServiceOptions {
  /** Where createHtmlOutputFromFile reads from; set by loadBundle. */
  readonly fileDir: () => string | undefined;
}

export function createHtmlService(ctx: ServiceContext, options: HtmlServiceOptions): GoogleAppsScript.HTML.HtmlService {
  const readProjectFile = (name: string): string => {
    const dir = options.fileDir();
    const file = String(name).replace(/\.html$/, '');
    if (dir === undefined) throw new Error(`No HTML file named ${file} was found. (No bundle loaded.)`);
    try {
      return readFileSync(join(dir, `${file}.html`), 'utf8');
    } catch {
      throw new Error(`No HTML file named ${file} was found.`);
    }
  };

  const createOutput = (html: string): GoogleAppsScript.HTML.HtmlOutput => {
    const state = { title: '', content: String(html), width: 300, height: 500 };
    const raw = {
      [STATE]: state,
      setTitle: (t: string) => ((state.title = String(t)), output),
      getTitle: () => state.title,
      setWidth: (w: number) => ((state.width = w), output),
      getWidth: () => state.width,
      setHeight: (h: number) => ((state.height = h), output),
      getHeight: () => state.height,
      getContent: () => state.content,
      setContent: (c: string) => ((state.content = String(c)), output),
      append: (c: string) => ((state.content += String(c)), output),
      appendUntrusted: (c: string) => ((state.content += escapeHtml(String(c))), output),
      clear: () => ((state.content = ''), output),
      setSandboxMode: (_mode: string) => output,
      getSandboxMode: () => SandboxMode.IFRAME,
      setXFrameOptionsMode: (_mode: string) => output,
      setFaviconUrl: (_url: string) => output,
      addMetaTag: (_name: string, _content: string) => output,
      asTemplate: () => createTemplate(state.content),
    };
    const output = counted(raw, 'HtmlOutput', ctx.counter) as unknown as GoogleAppsScript.HTML.HtmlOutput;
    return output;
  };

  const createTemplate = (source: string): GoogleAppsScript.HTML.HtmlTemplate => {
    const raw: Record<string, unknown> = {
      getCode: () => source,
      evaluate: () => createOutput(evaluateTemplate(source, raw)),
    };
    return counted(raw, 'HtmlTemplate', ctx.counter) as unknown as GoogleAppsScript.HTML.HtmlTemplate;
  };

  const raw = {
    SandboxMode,
    XFrameOptionsMode,
    createHtmlOutput: (html?: string) => createOutput(html ?? ''),
    createHtmlOutputFromFile: (name: string) => createOutput(readProjectFile(name)),
    createTemplate: (html: string) => createTemplate(String(html)),
    createTemplateFromFile: (name: string) => createTemplate(readProjectFile(name)),
    getUserAgent: () => 'Mozilla/5.0 (emulated)',
  };
  return counted(raw, 'HtmlService', ctx.counter) as unknown as GoogleAppsScript.HTML.HtmlService;
}

/** <?= expr ?> (escaped) and <?!= expr ?> (raw); expressions see the template's assigned properties. */
function evaluateTemplate(source: string, vars: Record<string, unknown>): string {
  if (/<\?(?![=!])/.test(source)) throw new Error('not implemented: <? ?> code scriptlets in the emulator');
  const names = Object.keys(vars).filter((k) => /^[A-Za-z_$][\w$]*$/.test(k));
  return source.replace(/<\?(!?)=([\s\S]*?)\?>/g, (_m, raw: string, expr: string) => {
    // Scriptlets are project code, as in Apps Script, so evaluating them is the point.
    const fn = new Function(...names, `return (${expr});`) as (...a: unknown[]) => unknown;
    const value = fn(...names.map((n) => vars[n]));
    const text = value === undefined || value === null ? '' : String(value);
    return raw === '!' ? text : escapeHtml(text);
  });
}
