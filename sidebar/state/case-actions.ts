/**
 * What the views can ask of the sidebar: save through a server function (refusals come back as values,
 * a 'row-changed' reloads the case and says what changed), open a case, show the picker or the New case form.
 */
import { createContext } from 'preact';
import { useContext, useState } from 'preact/hooks';
import type { FieldErrorDto } from '../../src/dto/refusal';
import type { CaseStateResultDto, ServerFunctions } from '../../src/dto/server-functions';

/** Server functions that answer with a case's state. */
export type CaseSaveName = {
  [K in keyof ServerFunctions]: ReturnType<ServerFunctions[K]> extends CaseStateResultDto ? K : never;
}[keyof ServerFunctions];

export interface SaveOutcome {
  readonly ok: boolean;
  readonly message: string;
  readonly fields: readonly FieldErrorDto[];
}

export interface CaseActions {
  save<K extends CaseSaveName>(name: K, ...args: Parameters<ServerFunctions[K]>): Promise<SaveOutcome>;
  openCase(caseId: string): Promise<void>;
  showPicker(): void;
  showNewCase(): void;
}

export const CaseActionsContext = createContext<CaseActions | null>(null);

export function useCaseActions(): CaseActions {
  const actions = useContext(CaseActionsContext);
  if (!actions) throw new Error('CaseActionsContext is not provided');
  return actions;
}

/** One form's save: busy while it runs, the refusal kept to show in place. */
export function useSaver() {
  const actions = useCaseActions();
  const [busy, setBusy] = useState(false);
  const [refusal, setRefusal] = useState<SaveOutcome | null>(null);
  return {
    busy,
    refusal,
    /** The field's own message; one shared by several fields is said once above the button, the field just marked. */
    errorFor: (field: string): string | undefined => {
      const own = refusal?.fields.find((f) => f.field === field);
      if (!own || !refusal) return undefined;
      return refusal.fields.filter((f) => f.message === own.message).length > 1 ? 'Needed.' : own.message;
    },
    clear: (): void => setRefusal(null),
    async run<K extends CaseSaveName>(name: K, ...args: Parameters<ServerFunctions[K]>): Promise<boolean> {
      setBusy(true);
      setRefusal(null);
      const outcome = await actions.save(name, ...args);
      setBusy(false);
      setRefusal(outcome.ok ? null : outcome);
      return outcome.ok;
    },
  };
}
