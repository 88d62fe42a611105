/** Tells the person at the keyboard something. Absent in time-triggered runs. */
export interface Notifier {
  toast(message: string, title?: string): void;
  alert(title: string, message: string): void;
  /** Asks a yes/no question; true for Yes. */
  confirm(title: string, message: string): boolean;
}
