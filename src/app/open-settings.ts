import type { SetupChange } from '../domain/setup-summary';
import { SheetPlanRulesSource } from '../sheets/sheet-plan-rules-source';
import { SheetSettingsSource } from '../sheets/sheet-settings-source';
import { setUpSettingsSheet } from '../sheets/setup/tracker-setup';
import { showOpenNotices } from './daily-check/open-notices';
import { menuAction } from './menu-action';

/**
 * Menu 'Settings': opens the Settings sheet (creating it with every default when missing) and says, in a
 * toast, which settings or plan rules are invalid — their defaults apply until they are fixed.
 */
export function openSettings(): void {
  menuAction('Settings', () => {
    const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
    const changes: SetupChange[] = [];
    const sheet = setUpSettingsSheet(spreadsheet, changes);
    sheet.activate();
    const { settings, problems } = new SheetSettingsSource(spreadsheet).load();
    const rules = new SheetPlanRulesSource(spreadsheet, settings.defaultTurnaroundDays).load();
    const all = [...problems, ...rules.problems];
    if (all.length > 0) {
      const shown = all.slice(0, 4).map((p) => p.message);
      if (all.length > shown.length) shown.push(`…and ${all.length - shown.length} more.`);
      spreadsheet.toast(shown.join('\n'), `${all.length} setting${all.length === 1 ? '' : 's'} to fix (defaults apply)`, 15);
    } else if (changes.length > 0) {
      spreadsheet.toast('Settings sheet ready: edit the Value column.', 'SCA Tracker', 8);
    }
    // Alerts that silently stopped are said here too: Settings is where a manager looks for them.
    showOpenNotices();
  });
}
