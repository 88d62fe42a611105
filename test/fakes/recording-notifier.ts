import type { Notifier } from '../../src/ports/notifier';

export class RecordingNotifier implements Notifier {
  readonly toasts: string[] = [];
  readonly alerts: Array<{ title: string; message: string }> = [];

  toast(message: string): void {
    this.toasts.push(message);
  }

  alert(title: string, message: string): void {
    this.alerts.push({ title, message });
  }
}
