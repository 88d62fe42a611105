import type { DailyTrigger, TriggerScheduler } from '../ports/trigger-scheduler';

/** Add-on time triggers: at most one per user per document, at most hourly. */
export class ScriptAppTriggers implements TriggerScheduler {
  findDaily(handler: string): DailyTrigger | null {
    const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
    const found = ScriptApp.getUserTriggers(spreadsheet).find(
      (t) => t.getEventType() === ScriptApp.EventType.CLOCK && t.getHandlerFunction() === handler,
    );
    return found ? { id: found.getUniqueId(), handler } : null;
  }

  installDaily(handler: string, hour: number, timeZone: string): DailyTrigger {
    // The default zone is the script's (the developer's), not the clinic's: name the spreadsheet's.
    const trigger = ScriptApp.newTrigger(handler).timeBased().everyDays(1).atHour(hour).inTimezone(timeZone).create();
    return { id: trigger.getUniqueId(), handler };
  }

  remove(trigger: DailyTrigger): void {
    const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
    for (const t of ScriptApp.getUserTriggers(spreadsheet)) {
      if (t.getUniqueId() === trigger.id) ScriptApp.deleteTrigger(t);
    }
  }

  authorizationRequired(): boolean {
    const info = ScriptApp.getAuthorizationInfo(ScriptApp.AuthMode.FULL);
    return info.getAuthorizationStatus() === ScriptApp.AuthorizationStatus.REQUIRED;
  }
}
