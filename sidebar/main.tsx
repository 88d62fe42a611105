/**
 * Sidebar entry: the state the server served inside the page decides the first view; without it (the file
 * opened outside HtmlService) the sidebar says how to open it.
 */
import { render } from 'preact';
import type { SidebarBootDto } from '../src/dto/sidebar-boot';
import { App } from './app';
import { readInitialState } from './state/initial-state';

function start(): void {
  const root = document.getElementById('app') as HTMLElement;
  const boot = readInitialState() as SidebarBootDto | null;
  if (boot && typeof boot === 'object' && 'view' in boot) render(<App boot={boot} />, root);
  else render(<div class="error block">Open this sidebar from Extensions ▸ SCA Tracker ▸ Open sidebar in Google Sheets.</div>, root);
}

// The state element may follow this script in the page (e.g. appended by HtmlOutput.append): wait for it.
if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
else start();
