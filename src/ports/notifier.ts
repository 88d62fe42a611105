/** Tells the person at the keyboard something. Absent in time-triggered runs. */
export interface Notifier {
  toast(message: string, title?: string): void;
  alert(title: string, message: string): void;
}
