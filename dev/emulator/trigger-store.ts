/**
 * Installed triggers and the add-on rules Apps Script enforces when one is created: at most 20 per user per
 * script, and (for add-ons) one trigger of each event type per user per document.
 */
import type { TriggerRecord } from './api';

export const MAX_TRIGGERS_PER_USER = 20;

export type StoredTrigger = { -readonly [K in keyof TriggerRecord]: TriggerRecord[K] } & {
  everyHours?: number;
  nearMinute?: number;
};

const KIND_WORDS: Record<TriggerRecord['kind'], string> = {
  CLOCK: 'time-based',
  ON_OPEN: 'open',
  ON_EDIT: 'edit',
  ON_CHANGE: 'change',
  ON_FORM_SUBMIT: 'form submit',
};

export class TriggerStore {
  triggers: StoredTrigger[] = [];
  private nextId = 1;

  add(trigger: Omit<StoredTrigger, 'id'>): StoredTrigger {
    const mine = this.triggers.filter((t) => t.owner === trigger.owner);
    if (mine.length >= MAX_TRIGGERS_PER_USER) {
      throw new Error('This script has too many triggers. Triggers must be deleted from the script before more can be added.');
    }
    if (mine.some((t) => t.kind === trigger.kind)) {
      throw new Error(
        `This add-on has created too many ${KIND_WORDS[trigger.kind]} triggers in this document for this Google user account.`,
      );
    }
    const stored: StoredTrigger = { ...trigger, id: String(this.nextId) };
    this.nextId += 1;
    this.triggers.push(stored);
    return stored;
  }

  remove(id: string): void {
    this.triggers = this.triggers.filter((t) => t.id !== id);
  }

  ownedBy(owner: string): StoredTrigger[] {
    return this.triggers.filter((t) => t.owner === owner);
  }

  toJSON(): { triggers: StoredTrigger[]; nextId: number } {
    return { triggers: this.triggers.map((t) => ({ ...t })), nextId: this.nextId };
  }

  restore(json: unknown): void {
    if (!json || typeof json !== 'object') return;
    const j = json as { triggers?: StoredTrigger[]; nextId?: number };
    this.triggers = (j.triggers ?? []).map((t) => ({ ...t }));
    this.nextId = j.nextId ?? this.triggers.reduce((max, t) => Math.max(max, Number(t.id) + 1), 1);
  }
}
