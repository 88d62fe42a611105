import { menuAction } from './menu-action';
import { showSidebarOn } from './open-sidebar-action';

/** Menu 'New case': opens the sidebar on the New case form (the case is created when the form is sent: createCase). */
export function newCase(): void {
  menuAction('New case', () => showSidebarOn('new-case'));
}
