import type { DailyTrigger, TriggerScheduler } from '../../src/ports/trigger-scheduler';

export class InMemoryTriggers implements TriggerScheduler {
  readonly installed: Array<DailyTrigger & { hour: number; timeZone: string }> = [];
  needsAuthorization = false;
  private next = 1;

  findDaily(handler: string): DailyTrigger | null {
    return this.installed.find((t) => t.handler === handler) ?? null;
  }

  installDaily(handler: string, hour: number, timeZone: string): DailyTrigger {
    // Add-on rule: one time trigger per user per document.
    if (this.installed.length > 0) throw new Error('This add-on has already created a time-based trigger for this document.');
    const trigger = { id: `t${this.next++}`, handler, hour, timeZone };
    this.installed.push(trigger);
    return trigger;
  }

  remove(trigger: DailyTrigger): void {
    const i = this.installed.findIndex((t) => t.id === trigger.id);
    if (i >= 0) this.installed.splice(i, 1);
  }

  authorizationRequired(): boolean {
    return this.needsAuthorization;
  }
}
