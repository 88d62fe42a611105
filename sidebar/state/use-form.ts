/**
 * A form's values as typed (strings and booleans), whether they differ from what it started with, and
 * its per-field errors from the server. Dirty forms are reported so the selection follower never replaces
 * them.
 */
import { useState } from 'preact/hooks';
import { useReportDirty } from './dirty-forms';

export type FormValues = Record<string, string>;

export interface Form<T extends FormValues> {
  readonly values: T;
  readonly dirty: boolean;
  /** A setter for one field, for `onInput`. */
  field(name: keyof T & string): (value: string) => void;
  reset(next?: T): void;
}

export function useForm<T extends FormValues>(key: string, initial: T): Form<T> {
  const [start, setStart] = useState(initial);
  const [values, setValues] = useState(initial);
  const dirty = (Object.keys(values) as Array<keyof T>).some((k) => values[k] !== start[k]);
  useReportDirty(key, dirty);
  return {
    values,
    dirty,
    field: (name) => (value) => setValues((v) => ({ ...v, [name]: value })),
    reset: (next = initial) => {
      setStart(next);
      setValues(next);
    },
  };
}
