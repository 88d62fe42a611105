/**
 * The AddOn handle loadBundle returns: drives the loaded bundle the way Sheets does — opening the document,
 * menu clicks, user edits, time triggers, google.script.run — each as one execution with the right auth
 * mode, event object and Ui availability.
 */
import type { AddOn, CellValue, DeferredEdit, EditResult } from './api';
import type { AuthModeName } from './auth';
import { clockEvent, type ChangeEvent, type EditEvent, type OpenEvent } from './event-objects';
import type { ExecutionOptions } from './execution';
import { assertTransferable, checkCallable, copyAcrossBridge } from './script-run';
import type { ServiceContext } from './service-context';
import { activeUserEmail, createUser } from './session';
import type { UserEditOutcome, WorkbookModel } from './spreadsheet/contract';
import type { StoredTrigger, TriggerStore } from './trigger-store';
import type { UiRecorder } from './ui';
import type { LoadedScript } from './vm-loader';

export interface AddOnDeps {
  readonly ctx: ServiceContext;
  readonly script: LoadedScript;
  readonly ui: UiRecorder;
  readonly workbook: WorkbookModel;
  readonly triggers: TriggerStore;
}

export function createAddOn(deps: AddOnDeps): AddOn {
  const { ctx, script, ui, workbook, triggers } = deps;

  const execute = (options: ExecutionOptions, name: string, args: readonly unknown[]): unknown =>
    ctx.execution.run(options, () => script.call(name, args));

  const user = (): GoogleAppsScript.Base.User => createUser(ctx, activeUserEmail(ctx));

  /** Installed triggers of `kind` whose handler exists, each run as its owner in FULL. */
  const fireInstalled = (kind: StoredTrigger['kind'], event: (t: StoredTrigger) => object): string[] => {
    const fired: string[] = [];
    for (const t of triggers.triggers.filter((x) => x.kind === kind)) {
      if (!script.has(t.handlerFunction)) continue;
      const options: ExecutionOptions = {
        kind: kind === 'CLOCK' ? 'time-trigger' : 'installable-trigger',
        authMode: 'FULL',
        runAs: t.owner,
      };
      ctx.execution.run(options, () => script.call(t.handlerFunction, [event(t)]));
      fired.push(t.handlerFunction);
    }
    return fired;
  };

  const openEvent = (authMode: AuthModeName): OpenEvent => ({ authMode, source: workbook.spreadsheet, user: user() });

  /** Installed ON_CHANGE triggers only: Sheets has no simple onChange, and a change is not an edit. */
  const fireChange = (changeType: ChangeEvent['changeType']): void => {
    fireInstalled('ON_CHANGE', (t) => ({ ...openEvent('FULL'), changeType, triggerUid: t.id }));
  };

  /**
   * The onEdit event is built when the user edits (e.range is the edited cells' coordinates, e.value/e.oldValue
   * the values then); the script runs when delivered — at once for userEdit, later for userEditDeferred.
   */
  const editDelivery = (outcome: UserEditOutcome, single: boolean): DeferredEdit => {
    if (!outcome.accepted) {
      const result: EditResult = outcome.rejection === undefined ? { accepted: false } : { accepted: false, rejection: outcome.rejection };
      return { result, deliver: () => undefined };
    }
    const editor = ctx.users.active;
    const editEvent = (authMode: AuthModeName): EditEvent => {
      const hidden = authMode !== 'FULL' && ctx.users.blankInSimpleTriggers;
      const e: EditEvent = { authMode, source: workbook.spreadsheet, user: createUser(ctx, hidden ? '' : editor), range: outcome.range };
      if (single && outcome.value !== undefined) e.value = outcome.value;
      if (single && outcome.oldValue !== undefined) e.oldValue = outcome.oldValue;
      return e;
    };
    const simple = editEvent('LIMITED');
    const installed = editEvent('FULL');
    let delivered = false;
    const deliver = (): void => {
      if (delivered) throw new Error('Emulator: this edit was already delivered');
      delivered = true;
      if (script.has('onEdit')) {
        ctx.execution.run({ kind: 'simple-trigger', authMode: 'LIMITED' }, () => script.call('onEdit', [simple]));
      }
      fireInstalled('ON_EDIT', (t) => ({ ...installed, triggerUid: t.id }));
      // A typed value is both an edit and a change ("Event Objects" › Change: changeType EDIT).
      fireChange('EDIT');
    };
    return { result: { accepted: true }, deliver };
  };

  const afterEdit = (outcome: UserEditOutcome, single: boolean): EditResult => {
    const edit = editDelivery(outcome, single);
    edit.deliver();
    return edit.result;
  };

  return {
    publicFunctions: script.publicFunctions,

    run(functionName, args = [], authMode = 'FULL') {
      return execute({ kind: 'menu', authMode }, functionName, args);
    },

    fireOnOpen(authMode = 'LIMITED') {
      // Opening the document rebuilds the menus from scratch.
      ui.menus = [];
      if (script.has('onOpen')) {
        ctx.execution.run({ kind: 'simple-trigger', authMode }, () => script.call('onOpen', [openEvent(authMode)]));
      }
      fireInstalled('ON_OPEN', (t) => ({ ...openEvent('FULL'), triggerUid: t.id }));
    },

    fireOnInstall() {
      if (!script.has('onInstall')) return;
      ctx.execution.run({ kind: 'simple-trigger', authMode: 'FULL' }, () =>
        script.call('onInstall', [{ authMode: 'FULL' }]),
      );
    },

    clickMenu(caption) {
      const item = ui.findMenuItem(caption);
      if (!item) {
        const captions = ui.menus.flatMap((m) => m.items.flatMap((i) => (i === 'separator' ? [] : [i.caption])));
        throw new Error(`No menu item "${caption}" (menu has: ${captions.join(', ') || 'nothing; fire onOpen first'})`);
      }
      return execute({ kind: 'menu', authMode: 'FULL' }, item.functionName, []);
    },

    userEdit(sheetName: string, a1: string, value: CellValue | '') {
      return afterEdit(workbook.userEdit(sheetName, a1, value), true);
    },

    userPaste(sheetName, a1, values) {
      return afterEdit(workbook.userPaste(sheetName, a1, values), false);
    },

    userEditDeferred(sheetName, a1, value) {
      return editDelivery(workbook.userEdit(sheetName, a1, value), true);
    },

    userPasteDeferred(sheetName, a1, values) {
      return editDelivery(workbook.userPaste(sheetName, a1, values), false);
    },

    select(sheetName, a1) {
      workbook.select(sheetName, a1);
    },

    userInsertRows(sheetName, at, count = 1) {
      workbook.userInsertRows(sheetName, at, count);
      fireChange('INSERT_ROW');
    },

    userDeleteRows(sheetName, at, count = 1) {
      workbook.userDeleteRows(sheetName, at, count);
      fireChange('REMOVE_ROW');
    },

    userSort(sheetName, column, ascending) {
      workbook.userSort(sheetName, column, ascending);
      fireChange('OTHER');
    },

    userFilter(sheetName, column, criteria) {
      workbook.userFilter(sheetName, column, criteria);
    },

    userRemoveFilter(sheetName) {
      workbook.userRemoveFilter(sheetName);
    },

    fireTimeTriggers() {
      return fireInstalled('CLOCK', (t) => clockEvent(ctx.clock.now(), t.id));
    },

    scriptRun(functionName, args = []) {
      checkCallable(functionName, (name) => script.has(name));
      args.forEach((a, i) => assertTransferable(a, String(i), 'argument'));
      const result = execute({ kind: 'script-run', authMode: 'FULL' }, functionName, copyAcrossBridge([...args]));
      assertTransferable(result, '', 'result');
      return copyAcrossBridge(result);
    },
  };
}
