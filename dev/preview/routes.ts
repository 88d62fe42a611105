/**
 * The preview's HTTP routes: the page, JSON actions on the session, and the add-on's sidebar and dialogs
 * with the google.script shim injected. Request bodies are parsed at this edge; the session trusts them.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { injectShim, type PageAssets } from './page-assets';
import type { PreviewSession } from './session';
import type { FilterCriteriaSpec } from '../emulator/api';
import type { EditValue } from './view-types';

type Body = Record<string, unknown>;

class BadRequest extends Error {}
class Forbidden extends Error {}

const MAX_BODY = 5 * 1024 * 1024;

async function readBody(req: IncomingMessage): Promise<Body> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY) throw new BadRequest('Request body too large');
    chunks.push(chunk as Buffer);
  }
  const text = Buffer.concat(chunks).toString('utf8');
  if (text === '') return {};
  const parsed: unknown = JSON.parse(text);
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new BadRequest('Expected a JSON object');
  return parsed as Body;
}

function str(body: Body, key: string): string {
  const value = body[key];
  if (typeof value !== 'string') throw new BadRequest(`"${key}" must be a string`);
  return value;
}

function editValue(body: Body): EditValue {
  const value = body['value'];
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  throw new BadRequest('"value" must be a string or a boolean');
}

/** A pasted block: rows of strings, as the clipboard's tab-separated text splits. */
function pastedValues(body: Body): string[][] {
  const values = body['values'];
  const ok = Array.isArray(values) && values.every((row) => Array.isArray(row) && row.every((v) => typeof v === 'string'));
  if (!ok) throw new BadRequest('"values" must be rows of strings');
  return values as string[][];
}

/** A positive whole number (a 1-based row or column, a count). */
function position(body: Body, key: string): number {
  const value = body[key];
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1) throw new BadRequest(`"${key}" must be a whole number ≥ 1`);
  return value;
}

const CONDITIONS = new Set(['CELL_EMPTY', 'CELL_NOT_EMPTY', 'TEXT_CONTAINS', 'TEXT_DOES_NOT_CONTAIN', 'TEXT_EQUAL_TO', 'TEXT_STARTS_WITH', 'TEXT_ENDS_WITH']);

const strings = (value: unknown): value is string[] => Array.isArray(value) && value.every((v) => typeof v === 'string');

/** A column's filter criteria as the page sends them (null clears the column's criteria). */
function filterCriteria(body: Body): FilterCriteriaSpec | null {
  const raw = body['criteria'];
  if (raw === null) return null;
  if (typeof raw !== 'object' || raw === undefined || Array.isArray(raw)) throw new BadRequest('"criteria" must be an object or null');
  const c = raw as Record<string, unknown>;
  const list = (key: string): string[] | null => {
    const value = c[key] ?? null;
    if (value !== null && !strings(value)) throw new BadRequest(`"criteria.${key}" must be strings or null`);
    return value;
  };
  const condition = c['condition'] ?? null;
  if (condition !== null) {
    const { type, values } = condition as { type?: unknown; values?: unknown };
    if (typeof type !== 'string' || !CONDITIONS.has(type) || !strings(values)) throw new BadRequest('"criteria.condition" is not a known condition');
  }
  return { hiddenValues: list('hiddenValues'), visibleValues: list('visibleValues'), condition: condition as FilterCriteriaSpec['condition'] };
}

function send(res: ServerResponse, status: number, type: string, payload: string): void {
  res.writeHead(status, { 'content-type': `${type}; charset=utf-8`, 'cache-control': 'no-store' });
  res.end(payload);
}

const json = (res: ServerResponse, value: unknown): void => send(res, 200, 'application/json', JSON.stringify(value));
const html = (res: ServerResponse, page: string): void => send(res, 200, 'text/html', page);

/** Refuses cross-site POSTs: any page the user visits could otherwise drive the preview on localhost. */
function sameOrigin(req: IncomingMessage): boolean {
  const origin = req.headers.origin;
  return origin === undefined || origin === 'null' || origin === `http://${req.headers.host ?? ''}`;
}

/** The current session, and a way to replace it with a freshly seeded demo. */
export interface Sessions {
  current(): PreviewSession;
  reset(): PreviewSession;
}

async function post(sessions: Sessions, path: string, body: Body, res: ServerResponse): Promise<boolean> {
  const session = sessions.current();
  switch (path) {
    case '/api/reset':
      json(res, sessions.reset().act(() => ({ notice: 'The demo workbook was seeded again.' })));
      return true;
    case '/api/mail/clear':
      json(res, session.clearMail());
      return true;
    case '/api/edit':
      json(res, session.edit(str(body, 'sheet'), str(body, 'a1'), editValue(body)));
      return true;
    case '/api/paste':
      json(res, session.paste(str(body, 'sheet'), str(body, 'a1'), pastedValues(body)));
      return true;
    case '/api/rows/insert':
      json(res, session.insertRows(str(body, 'sheet'), position(body, 'at'), position(body, 'count')));
      return true;
    case '/api/rows/delete':
      json(res, session.deleteRows(str(body, 'sheet'), position(body, 'at'), position(body, 'count')));
      return true;
    case '/api/sort':
      json(res, session.sort(str(body, 'sheet'), position(body, 'column'), body['ascending'] !== false));
      return true;
    case '/api/filter':
      json(res, session.filter(str(body, 'sheet'), position(body, 'column'), filterCriteria(body)));
      return true;
    case '/api/filter/remove':
      json(res, session.removeFilter(str(body, 'sheet')));
      return true;
    case '/api/select':
      json(res, session.select(str(body, 'sheet'), str(body, 'a1')));
      return true;
    case '/api/activate':
      json(res, session.activate(str(body, 'sheet')));
      return true;
    case '/api/menu':
      json(res, session.clickMenu(str(body, 'caption')));
      return true;
    case '/api/open':
      json(res, session.reopen());
      return true;
    case '/api/today': {
      const date = str(body, 'date');
      if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new BadRequest('"date" must be YYYY-MM-DD');
      json(res, session.setToday(date));
      return true;
    }
    case '/api/daily':
      json(res, session.runDailyTrigger());
      return true;
    case '/api/run': {
      const args = body['args'] ?? [];
      if (!Array.isArray(args)) throw new BadRequest('"args" must be an array');
      json(res, session.scriptRun(str(body, 'fn'), args));
      return true;
    }
    case '/api/sidebar/close':
      session.closeSidebar();
      json(res, { ok: true });
      return true;
    default:
      return false;
  }
}

function get(session: PreviewSession, assets: PageAssets, path: string, res: ServerResponse): boolean {
  if (path === '/' || path === '/index.html') {
    html(res, assets.page);
    return true;
  }
  if (path === '/favicon.ico') {
    res.writeHead(204).end();
    return true;
  }
  if (path === '/api/view') {
    json(res, session.view());
    return true;
  }
  if (path === '/sidebar') {
    const page = session.sidebarHtml();
    if (page === null) send(res, 404, 'text/plain', 'No sidebar is open.');
    else html(res, injectShim(page, assets.shim, 'sidebar'));
    return true;
  }
  const dialog = /^\/dialog\/(\d+)$/.exec(path);
  if (dialog) {
    const page = session.dialogHtml(Number(dialog[1]));
    if (page === null) send(res, 404, 'text/plain', 'No such dialog.');
    else html(res, injectShim(page, assets.shim, `dialog:${dialog[1]}`));
    return true;
  }
  return false;
}

export function createHandler(sessions: Sessions, assets: PageAssets) {
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    try {
      let handled = false;
      if (req.method === 'GET') handled = get(sessions.current(), assets, path, res);
      else if (req.method === 'POST') {
        if (!sameOrigin(req)) throw new Forbidden('Cross-origin request refused');
        handled = await post(sessions, path, await readBody(req), res);
      }
      if (!handled) send(res, 404, 'text/plain', 'Not found');
    } catch (error) {
      const status = error instanceof Forbidden ? 403 : error instanceof BadRequest || error instanceof SyntaxError ? 400 : 500;
      send(res, status, 'application/json', JSON.stringify({ error: error instanceof Error ? error.message : String(error) }));
    }
  };
}
