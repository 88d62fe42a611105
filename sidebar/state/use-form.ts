/**
 * A form over values that come from the case: what the user typed overlays the case's current values, so a
 * reload (a save, a row changed underneath) refreshes the untouched fields and keeps the typed ones. Dirty =
 * something typed differs from the case; dirty forms are reported so the selection follower never replaces them.
 */
import { useState } from 'preact/hooks';
import { useReportDirty } from './dirty-forms';

export type FormValues = Record<string, string>;

export interface Form<T extends FormValues> {
  readonly values: T;
  readonly dirty: boolean;
  /** A setter for one field, for `onInput`. */
  field(name: keyof T & string): (value: string) => void;
  /** Forgets what was typed: the form shows the case's values again. */
  reset(): void;
}

export function useForm<T extends FormValues>(key: string, initial: T): Form<T> {
  const [typed, setTyped] = useState<Partial<T>>({});
  const values = { ...initial, ...typed } as T;
  const dirty = (Object.keys(typed) as Array<keyof T>).some((k) => typed[k] !== initial[k]);
  useReportDirty(key, dirty);
  return {
    values,
    dirty,
    field: (name) => (value) => setTyped((t) => ({ ...t, [name]: value })),
    reset: () => setTyped({}),
  };
}
