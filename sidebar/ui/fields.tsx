/**
 * The sidebar's form fields: every control has a visible label tied to it (for screen readers and
 * getByLabel), an optional hint, and its error shown right under it. Values are strings as typed;
 * the server parses them (zod/mini at the boundary), the UI only shapes them.
 */
import type { ComponentChildren } from 'preact';
import { useId } from 'preact/hooks';

interface FieldProps {
  readonly label: string;
  readonly value: string;
  readonly onInput: (value: string) => void;
  readonly error?: string | undefined;
  readonly hint?: string | undefined;
  readonly required?: boolean;
  readonly disabled?: boolean;
}

function Frame(props: { id: string; label: string; error?: string | undefined; hint?: string | undefined; required?: boolean | undefined; children: ComponentChildren }) {
  return (
    <div class={`form-group${props.error ? ' has-error' : ''}`}>
      <label for={props.id}>
        {props.label}
        {props.required ? <span class="required" aria-hidden="true"> *</span> : null}
      </label>
      {props.children}
      {props.hint ? <div class="hint secondary" id={`${props.id}-hint`}>{props.hint}</div> : null}
      {props.error ? <div class="field-error error" id={`${props.id}-error`} role="alert">{props.error}</div> : null}
    </div>
  );
}

/** What every control carries: its id (for the label), disabled, and its error and hint for screen readers. */
function controlProps(id: string, props: FieldProps) {
  const ids = [props.hint ? `${id}-hint` : '', props.error ? `${id}-error` : ''].filter(Boolean);
  return {
    id,
    value: props.value,
    disabled: props.disabled,
    'aria-invalid': props.error ? ('true' as const) : undefined,
    'aria-describedby': ids.length ? ids.join(' ') : undefined,
  };
}

function Input(props: FieldProps & { type: 'text' | 'date' | 'number' | 'url' | 'email'; min?: string; step?: string; placeholder?: string }) {
  const id = useId();
  return (
    <Frame id={id} label={props.label} error={props.error} hint={props.hint} required={props.required}>
      <input
        {...controlProps(id, props)}
        // Preact's typings split <input> by type; one component serves several, so the type is widened here.
        type={props.type as 'text'}
        min={props.min}
        step={props.step}
        placeholder={props.placeholder}
        onInput={(e) => props.onInput((e.currentTarget as HTMLInputElement).value)}
      />
    </Frame>
  );
}

export const TextField = (props: FieldProps & { placeholder?: string }) => <Input {...props} type="text" />;
export const DateField = (props: FieldProps) => <Input {...props} type="date" />;
export const UrlField = (props: FieldProps) => <Input {...props} type="url" placeholder="https://…" />;
export const EmailField = (props: FieldProps) => <Input {...props} type="email" />;
export const NumberField = (props: FieldProps & { step?: string }) => <Input {...props} type="number" min="0" step={props.step ?? '1'} />;

export function TextAreaField(props: FieldProps & { rows?: number }) {
  const id = useId();
  return (
    <Frame id={id} label={props.label} error={props.error} hint={props.hint} required={props.required}>
      <textarea
        {...controlProps(id, props)}
        rows={props.rows ?? 3}
        onInput={(e) => props.onInput((e.currentTarget as HTMLTextAreaElement).value)}
      />
    </Frame>
  );
}

export function SelectField(props: FieldProps & { options: readonly string[]; blank?: string }) {
  const id = useId();
  return (
    <Frame id={id} label={props.label} error={props.error} hint={props.hint} required={props.required}>
      <select
        {...controlProps(id, props)}
        onChange={(e) => props.onInput((e.currentTarget as HTMLSelectElement).value)}
      >
        {/* Each option says whether it is selected: a select's value alone is lost when its options change. */}
        <option value="" selected={props.value === ''}>
          {props.blank ?? '—'}
        </option>
        {props.options.map((o) => (
          <option key={o} value={o} selected={o === props.value}>
            {o}
          </option>
        ))}
      </select>
    </Frame>
  );
}

/** A yes / no / unknown answer as a select, so "not asked" stays distinct from "no". */
export function YesNoField(props: FieldProps) {
  return <SelectField {...props} options={['Yes', 'No']} blank="Unknown" />;
}

export function CheckboxField(props: { label: string; checked: boolean; onChange: (checked: boolean) => void; disabled?: boolean; children?: ComponentChildren }) {
  const id = useId();
  return (
    <div class="checkbox-row">
      <input id={id} type="checkbox" checked={props.checked} disabled={props.disabled} onChange={(e) => props.onChange((e.currentTarget as HTMLInputElement).checked)} />
      <label for={id}>{props.label}</label>
      {props.children}
    </div>
  );
}
