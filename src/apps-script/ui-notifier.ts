import type { Notifier } from '../ports/notifier';

/** Toasts and alerts for the person at the keyboard (menu actions and onEdit). */
export class UiNotifier implements Notifier {
  toast(message: string, title = 'SCA Tracker'): void {
    SpreadsheetApp.getActiveSpreadsheet().toast(message, title, 8);
  }

  alert(title: string, message: string): void {
    const ui = SpreadsheetApp.getUi();
    ui.alert(title, message, ui.ButtonSet.OK);
  }

  confirm(title: string, message: string): boolean {
    const ui = SpreadsheetApp.getUi();
    return ui.alert(title, message, ui.ButtonSet.YES_NO) === ui.Button.YES;
  }
}
