/**
 * Which forms hold typing the user has not saved. The selection follower asks before switching cases
 * ("a changed selection never overwrites a form the user is typing in").
 */
import { createContext } from 'preact';
import { useContext, useEffect } from 'preact/hooks';

export class DirtyForms {
  private readonly dirty = new Set<string>();

  set(key: string, isDirty: boolean): void {
    if (isDirty) this.dirty.add(key);
    else this.dirty.delete(key);
  }

  any(): boolean {
    return this.dirty.size > 0;
  }
}

export const DirtyFormsContext = createContext<DirtyForms>(new DirtyForms());

/** Reports this form's dirtiness while it is mounted; an unmounted form holds nothing. */
export function useReportDirty(key: string, isDirty: boolean): void {
  const forms = useContext(DirtyFormsContext);
  useEffect(() => {
    forms.set(key, isDirty);
  }, [forms, key, isDirty]);
  useEffect(() => () => forms.set(key, false), [forms, key]);
}
