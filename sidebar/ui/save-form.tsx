import type { ComponentChildren } from 'preact';

/** A form that saves on submit (Enter or its button) and, once saved, lets its owner forget what was typed. */
export function SaveForm(props: { label: string; className: string; save: () => Promise<boolean>; onSaved: () => void; children: ComponentChildren }) {
  return (
    <form
      class={props.className}
      aria-label={props.label}
      onSubmit={(e) => {
        e.preventDefault();
        void props.save().then((ok) => ok && props.onSaved());
      }}
    >
      {props.children}
    </form>
  );
}
