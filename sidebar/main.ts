/**
 * Sidebar entry: shows the selected case from getSidebarState(), with Refresh and a retryable error line.
 * Failures branch on the `reason` code (STYLE.md 15), never on message text.
 */
import type { SidebarStateDto } from '../src/dto/sidebar-state';
import { caseView } from './case-view';
import { el, mount } from './dom';
import { serverCall } from './server';
import { ServerError, toServerError } from './server-error';

const app = document.getElementById('app') as HTMLElement;
const content = el('div', { className: 'content' }, el('div', { className: 'gray', text: 'Loading…' }));
const errorLine = el('div', { className: 'error-line' });
const refreshButton = el('button', { className: 'action', text: 'Refresh', onClick: () => void refresh() });

function stateView(state: SidebarStateDto): HTMLElement {
  if (!state.ok) {
    const hint = state.reason === 'tracker-not-set-up' ? 'Run Extensions ▸ SCA Tracker ▸ Set up or repair tracker.' : '';
    return el('div', { className: 'block' }, el('div', { className: 'error', text: state.message }), hint ? el('div', { className: 'secondary', text: hint }) : null);
  }
  if (state.case) return caseView(state.case);
  return el('div', { className: 'block secondary empty', text: state.message || 'Select a row on the Cases sheet.' });
}

function showError(error: ServerError): void {
  const text = error.reason === 'unavailable' ? error.message : `Could not load the case: ${error.message}`;
  mount(errorLine, el('span', { className: 'error', text }), ' ', el('a', { className: 'retry', text: 'Retry', onClick: () => void refresh() }));
}

async function refresh(): Promise<void> {
  refreshButton.disabled = true;
  errorLine.replaceChildren();
  try {
    mount(content, stateView(await serverCall('getSidebarState')));
  } catch (error) {
    content.replaceChildren();
    showError(error instanceof ServerError ? error : toServerError(error));
  } finally {
    refreshButton.disabled = false;
  }
}

mount(
  app,
  el('div', { className: 'header' }, el('h1', { text: 'SCA Tracker' }), refreshButton),
  errorLine,
  content,
);
void refresh();
