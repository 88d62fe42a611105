import type { Notifier } from '../../src/ports/notifier';

export class RecordingNotifier implements Notifier {
  readonly toasts: string[] = [];
  readonly alerts: Array<{ title: string; message: string }> = [];
  /** Answers for confirm(), in order; Yes when none is queued. */
  readonly answers: boolean[] = [];

  toast(message: string): void {
    this.toasts.push(message);
  }

  alert(title: string, message: string): void {
    this.alerts.push({ title, message });
  }

  confirm(title: string, message: string): boolean {
    this.alerts.push({ title, message });
    return this.answers.shift() ?? true;
  }
}
