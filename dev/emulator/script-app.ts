/**
 * ScriptApp: auth enums, getAuthorizationInfo, and installable triggers under the ADD-ON rules: time-based
 * triggers at most once per hour (everyMinutes is refused, everyHours takes 1, 2, 4, 6, 8 or 12), one trigger of
 * each type per user per document, 20 per user. Managing triggers needs AuthMode.FULL.
 */
import { counted } from './call-counter';
import { AuthMode, AuthorizationStatus, EventType, TriggerSource, WeekDay, type EventTypeName } from './enums';
import { effectiveUser, requireFull, type ServiceContext } from './service-context';
import type { StoredTrigger, TriggerStore } from './trigger-store';

export interface ScriptAppOptions {
  readonly scriptTimeZone: string;
  readonly spreadsheetId: string;
  readonly scriptId: string;
}

const HOUR_STEPS = [1, 2, 4, 6, 8, 12];

function sourceOf(t: StoredTrigger): 'CLOCK' | 'SPREADSHEETS' {
  return t.kind === 'CLOCK' ? 'CLOCK' : 'SPREADSHEETS';
}

export function createScriptApp(ctx: ServiceContext, store: TriggerStore, options: ScriptAppOptions): GoogleAppsScript.Script.ScriptApp {
  const wrapTrigger = (t: StoredTrigger): GoogleAppsScript.Script.Trigger =>
    counted(
      {
        getUniqueId: () => t.id,
        getHandlerFunction: () => t.handlerFunction,
        getEventType: () => EventType[t.kind as EventTypeName],
        getTriggerSource: () => TriggerSource[sourceOf(t)],
        getTriggerSourceId: () => (t.kind === 'CLOCK' ? null : options.spreadsheetId),
      },
      'Trigger',
      ctx.counter,
    ) as unknown as GoogleAppsScript.Script.Trigger;

  const clockBuilder = (handlerFunction: string) => {
    const spec: { everyHours?: number; everyDays?: number; atHour?: number; nearMinute?: number; timeZone?: string } = {};
    const raw = {
      everyMinutes: (_n: number) => {
        throw new Error('Add-ons may not use time-based triggers that run more frequently than once per hour.');
      },
      everyHours: (n: number) => {
        if (!HOUR_STEPS.includes(Number(n))) {
          throw new Error(`Invalid argument: hours. Must be one of ${HOUR_STEPS.join(', ')}.`);
        }
        spec.everyHours = Number(n);
        return builder;
      },
      everyDays: (n: number) => {
        if (!Number.isInteger(Number(n)) || Number(n) < 1) throw new Error('Invalid argument: days');
        spec.everyDays = Number(n);
        return builder;
      },
      atHour: (h: number) => {
        if (!Number.isInteger(Number(h)) || h < 0 || h > 23) throw new Error('Invalid argument: hour');
        spec.atHour = Number(h);
        return builder;
      },
      nearMinute: (m: number) => {
        if (!Number.isInteger(Number(m)) || m < 0 || m > 59) throw new Error('Invalid argument: minute');
        spec.nearMinute = Number(m);
        return builder;
      },
      inTimezone: (tz: string) => {
        try {
          new Intl.DateTimeFormat('en-US', { timeZone: tz });
        } catch {
          throw new Error(`Invalid argument: timezone`);
        }
        spec.timeZone = tz;
        return builder;
      },
      everyWeeks: () => {
        throw new Error('not implemented in the emulator: everyWeeks');
      },
      at: () => {
        throw new Error('not implemented in the emulator: at');
      },
      after: () => {
        throw new Error('not implemented in the emulator: after');
      },
      create: () => {
        requireFull(ctx, 'ClockTriggerBuilder.create');
        if (spec.everyHours === undefined && spec.everyDays === undefined) {
          throw new Error('Time-based trigger needs a frequency: call everyHours() or everyDays().');
        }
        if (spec.everyHours !== undefined && spec.atHour !== undefined) {
          throw new Error('atHour() can only be used with everyDays() or everyWeeks().');
        }
        const t: Omit<StoredTrigger, 'id'> = {
          handlerFunction,
          kind: 'CLOCK',
          owner: effectiveUser(ctx),
          timeZone: spec.timeZone ?? options.scriptTimeZone,
        };
        if (spec.everyHours !== undefined) t.everyHours = spec.everyHours;
        if (spec.everyDays !== undefined) t.everyDays = spec.everyDays;
        if (spec.atHour !== undefined) t.atHour = spec.atHour;
        if (spec.nearMinute !== undefined) t.nearMinute = spec.nearMinute;
        return wrapTrigger(store.add(t));
      },
    };
    const builder = counted(raw, 'ClockTriggerBuilder', ctx.counter);
    return builder;
  };

  const spreadsheetBuilder = (handlerFunction: string) => {
    let kind: StoredTrigger['kind'] | undefined;
    const raw = {
      onOpen: () => ((kind = 'ON_OPEN'), builder),
      onEdit: () => ((kind = 'ON_EDIT'), builder),
      onChange: () => ((kind = 'ON_CHANGE'), builder),
      onFormSubmit: () => ((kind = 'ON_FORM_SUBMIT'), builder),
      create: () => {
        requireFull(ctx, 'SpreadsheetTriggerBuilder.create');
        if (kind === undefined) throw new Error('Trigger event type not set: call onOpen(), onEdit(), onChange() or onFormSubmit().');
        return wrapTrigger(store.add({ handlerFunction, kind, owner: effectiveUser(ctx) }));
      },
    };
    const builder = counted(raw, 'SpreadsheetTriggerBuilder', ctx.counter);
    return builder;
  };

  const checkSpreadsheet = (ss: unknown): void => {
    const id = typeof ss === 'string' ? ss : (ss as { getId?: () => string } | null)?.getId?.();
    // Add-ons may only create triggers for the file they run in.
    if (id !== options.spreadsheetId) throw new Error('Add-ons can only create triggers for the document they are installed in.');
  };

  const raw = {
    AuthMode,
    AuthorizationStatus,
    EventType,
    TriggerSource,
    WeekDay,
    getAuthorizationInfo: (_mode: string) =>
      counted(
        {
          getAuthorizationStatus: () =>
            ctx.authorization.required ? AuthorizationStatus.REQUIRED : AuthorizationStatus.NOT_REQUIRED,
          getAuthorizationUrl: () =>
            ctx.authorization.required ? `https://authorize.example/?id=${options.scriptId}` : null,
          getAuthorizedScopes: () => null,
        },
        'AuthorizationInfo',
        ctx.counter,
      ),
    newTrigger: (functionName: string) => {
      requireFull(ctx, 'ScriptApp.newTrigger');
      const handler = String(functionName);
      return counted(
        {
          timeBased: () => clockBuilder(handler),
          forSpreadsheet: (ss: unknown) => {
            checkSpreadsheet(ss);
            return spreadsheetBuilder(handler);
          },
        },
        'TriggerBuilder',
        ctx.counter,
      );
    },
    getProjectTriggers: () => {
      requireFull(ctx, 'ScriptApp.getProjectTriggers');
      return store.ownedBy(effectiveUser(ctx)).map(wrapTrigger);
    },
    getUserTriggers: (ss: unknown) => {
      requireFull(ctx, 'ScriptApp.getUserTriggers');
      checkSpreadsheet(ss);
      return store.ownedBy(effectiveUser(ctx)).map(wrapTrigger);
    },
    deleteTrigger: (trigger: GoogleAppsScript.Script.Trigger) => {
      requireFull(ctx, 'ScriptApp.deleteTrigger');
      const id = trigger.getUniqueId();
      const t = store.triggers.find((x) => x.id === id);
      if (t && t.owner !== effectiveUser(ctx)) throw new Error('You do not have permission to delete this trigger.');
      store.remove(id);
    },
    getScriptId: () => options.scriptId,
  };
  return counted(raw, 'ScriptApp', ctx.counter) as unknown as GoogleAppsScript.Script.ScriptApp;
}
