/** The page's calls to the preview server. Errors carry the server's message. */
import type { FilterCriteriaSpec } from '../../emulator/spreadsheet/filter-spec';
import type { ActionResult, EditValue, PreviewView } from '../view-types';

async function request<T>(path: string, body?: unknown): Promise<T> {
  const response = await fetch(path, {
    method: body === undefined ? 'GET' : 'POST',
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    body: body === undefined ? null : JSON.stringify(body),
  });
  const payload = (await response.json()) as T | { error: string };
  if (!response.ok) throw new Error((payload as { error: string }).error || `HTTP ${response.status}`);
  return payload as T;
}

export const api = {
  view: () => request<PreviewView>('/api/view'),
  edit: (sheet: string, a1: string, value: EditValue) => request<ActionResult>('/api/edit', { sheet, a1, value }),
  paste: (sheet: string, a1: string, values: string[][]) => request<ActionResult>('/api/paste', { sheet, a1, values }),
  insertRows: (sheet: string, at: number, count: number) => request<ActionResult>('/api/rows/insert', { sheet, at, count }),
  deleteRows: (sheet: string, at: number, count: number) => request<ActionResult>('/api/rows/delete', { sheet, at, count }),
  sort: (sheet: string, column: number, ascending: boolean) => request<ActionResult>('/api/sort', { sheet, column, ascending }),
  filter: (sheet: string, column: number, criteria: FilterCriteriaSpec | null) => request<ActionResult>('/api/filter', { sheet, column, criteria }),
  removeFilter: (sheet: string) => request<ActionResult>('/api/filter/remove', { sheet }),
  select: (sheet: string, a1: string) => request<Pick<ActionResult, 'events'>>('/api/select', { sheet, a1 }),
  activate: (sheet: string) => request<ActionResult>('/api/activate', { sheet }),
  menu: (caption: string) => request<ActionResult>('/api/menu', { caption }),
  reopen: () => request<ActionResult>('/api/open', {}),
  today: (date: string) => request<ActionResult>('/api/today', { date }),
  daily: () => request<ActionResult>('/api/daily', {}),
  reset: () => request<ActionResult>('/api/reset', {}),
  clearMail: () => request<ActionResult>('/api/mail/clear', {}),
  closeSidebar: () => request<{ ok: true }>('/api/sidebar/close', {}),
};
