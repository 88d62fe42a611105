/**
 * SpreadsheetApp.getUi(): menus, alerts, prompts, sidebars and dialogs, recorded for tests and the preview.
 * Apps Script has no Ui in a time-driven trigger: getUi() throws "Cannot call SpreadsheetApp.getUi() from
 * this context." — the workbook calls host.ui() from getUi(), and the Ui's methods check again in case a
 * script kept a Ui object from an earlier call.
 */
import type { MenuItemRecord, UiRecord } from './api';
import { counted } from './call-counter';
import { Button, ButtonSet, type ButtonName, type ButtonSetName } from './enums';
import type { HtmlOutputHandle } from './html-service';
import { readHtmlOutput } from './html-service';
import type { ServiceContext } from './service-context';

type MenuEntry = MenuItemRecord | 'separator';

export interface MenuRecord {
  title: string;
  items: MenuEntry[];
}

interface QueuedResponse {
  button: ButtonName;
  text?: string;
}

/** The mutable side of env.ui. */
export class UiRecorder implements UiRecord {
  menus: MenuRecord[] = [];
  toasts: Array<{ message: string; title: string; at: Date }> = [];
  alerts: Array<{ title: string; prompt: string }> = [];
  sidebar: { title: string; html: string } | null = null;
  dialogs: Array<{ title: string; html: string; modal: boolean; width: number; height: number }> = [];
  private readonly responses: QueuedResponse[] = [];

  queueResponse(response: { button: ButtonName; text?: string }): void {
    this.responses.push({ ...response });
  }

  /** The next queued answer, if any. */
  takeResponse(): QueuedResponse | undefined {
    return this.responses.shift();
  }

  addMenu(menu: MenuRecord): void {
    const index = this.menus.findIndex((m) => m.title === menu.title);
    if (index >= 0) this.menus[index] = menu;
    else this.menus.push(menu);
  }

  /** The function behind a caption, searching the most recently added menu first. */
  findMenuItem(caption: string): MenuItemRecord | undefined {
    for (let i = this.menus.length - 1; i >= 0; i -= 1) {
      const found = this.menus[i]?.items.find((it): it is MenuItemRecord => it !== 'separator' && it.caption === caption);
      if (found) return found;
    }
    return undefined;
  }
}

const MENU_ITEMS = Symbol('menuItems');
interface MenuHandle {
  [MENU_ITEMS]: MenuEntry[];
}

/** Builds the Ui object the bundle receives. `addOnName` is the title createAddonMenu() uses. */
export function createUi(ctx: ServiceContext, recorder: UiRecorder, addOnName: string): GoogleAppsScript.Base.Ui {
  const requireUi = (): void => {
    if (!ctx.execution.hasUi) throw new Error('Cannot call SpreadsheetApp.getUi() from this context.');
  };

  const createMenu = (title: string): GoogleAppsScript.Base.Menu => {
    const items: MenuEntry[] = [];
    const raw = {
      [MENU_ITEMS]: items,
      addItem(caption: string, functionName: string) {
        if (typeof functionName !== 'string' || functionName === '') throw new Error('Invalid argument: functionName');
        items.push({ caption: String(caption), functionName });
        return menu;
      },
      addSeparator() {
        items.push('separator');
        return menu;
      },
      // The record has no nesting: a submenu's items are listed in place, so clickMenu finds them.
      addSubMenu(sub: GoogleAppsScript.Base.Menu) {
        items.push(...(sub as unknown as MenuHandle)[MENU_ITEMS]);
        return menu;
      },
      addToUi() {
        recorder.addMenu({ title, items: [...items] });
      },
    };
    const menu = counted(raw, 'Menu', ctx.counter) as unknown as GoogleAppsScript.Base.Menu;
    return menu;
  };

  const dialogArgs = (args: unknown[]): { title: string; prompt: string } => {
    if (args.length >= 3) return { title: String(args[0]), prompt: String(args[1]) };
    return { title: '', prompt: String(args[0]) };
  };
  const buttonSetOf = (args: unknown[]): ButtonSetName => {
    const set = args.length >= 3 ? args[2] : args[1];
    return typeof set === 'string' && set in ButtonSet ? (set as ButtonSetName) : 'OK';
  };
  const answer = (set: ButtonSetName): QueuedResponse => {
    const allowed: Record<ButtonSetName, readonly [ButtonName, ...ButtonName[]]> = {
      OK: ['OK', 'CLOSE'],
      OK_CANCEL: ['OK', 'CANCEL', 'CLOSE'],
      YES_NO: ['YES', 'NO', 'CLOSE'],
      YES_NO_CANCEL: ['YES', 'NO', 'CANCEL', 'CLOSE'],
    };
    // Unanswered dialogs get the set's first button (OK, or YES), as a user accepting would.
    const response = recorder.takeResponse() ?? { button: allowed[set][0], text: '' };
    if (!allowed[set].includes(response.button)) {
      throw new Error(`Queued response ${response.button} is not a button of ButtonSet.${set}`);
    }
    return response;
  };

  const raw = {
    Button,
    ButtonSet,
    createAddonMenu: () => createMenu(addOnName),
    createMenu: (caption: string) => createMenu(String(caption)),
    alert(...args: unknown[]) {
      requireUi();
      ctx.auth.require('LIMITED', 'Ui.alert');
      recorder.alerts.push(dialogArgs(args));
      return Button[answer(buttonSetOf(args)).button];
    },
    prompt(...args: unknown[]) {
      requireUi();
      ctx.auth.require('LIMITED', 'Ui.prompt');
      recorder.alerts.push(dialogArgs(args));
      const response = answer(args.length >= 2 ? buttonSetOf(args) : 'OK');
      return counted(
        { getResponseText: () => response.text ?? '', getSelectedButton: () => Button[response.button] },
        'PromptResponse',
        ctx.counter,
      );
    },
    showSidebar(output: GoogleAppsScript.HTML.HtmlOutput) {
      requireUi();
      ctx.auth.require('LIMITED', 'Ui.showSidebar');
      const { title, html } = readHtmlOutput(output as unknown as HtmlOutputHandle);
      recorder.sidebar = { title, html };
    },
    showModalDialog(output: GoogleAppsScript.HTML.HtmlOutput, title: string) {
      requireUi();
      ctx.auth.require('LIMITED', 'Ui.showModalDialog');
      const { html, width, height } = readHtmlOutput(output as unknown as HtmlOutputHandle);
      recorder.dialogs.push({ title: String(title), html, modal: true, width, height });
    },
    showModelessDialog(output: GoogleAppsScript.HTML.HtmlOutput, title: string) {
      requireUi();
      ctx.auth.require('LIMITED', 'Ui.showModelessDialog');
      const { html, width, height } = readHtmlOutput(output as unknown as HtmlOutputHandle);
      recorder.dialogs.push({ title: String(title), html, modal: false, width, height });
    },
  };
  return counted(raw, 'Ui', ctx.counter) as unknown as GoogleAppsScript.Base.Ui;
}
