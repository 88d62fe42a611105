import type { ComponentChildren } from 'preact';
import { useEffect, useId, useState } from 'preact/hooks';

/**
 * A collapsible part of the case view, keyboard-operable (a real button with aria-expanded). It opens by
 * itself when it becomes the current step and folds when the case moves on; the user may open or close any. Closed, its forms stay mounted
 * (hidden), so typing in them is kept.
 */
export function Section(props: { name: string; title: string; badge?: string; current: boolean; children: ComponentChildren }) {
  const [open, setOpen] = useState(props.current);
  const id = useId();
  // Following the case: the step it reaches opens, the one it leaves folds (any can be reopened).
  useEffect(() => setOpen(props.current), [props.current]);
  return (
    <section class={`section section-${props.name}${props.current ? ' section-current' : ''}`} data-section={props.name}>
      <button type="button" class="section-toggle" aria-expanded={open ? 'true' : 'false'} aria-controls={id} onClick={() => setOpen(!open)}>
        <span class="section-caret" aria-hidden="true">{open ? '▾' : '▸'}</span>
        <span class="section-title-text">{props.title}</span>
        {props.badge ? <span class="section-badge">{props.badge}</span> : null}
      </button>
      <div id={id} class="section-body" hidden={!open}>
        {props.children}
      </div>
    </section>
  );
}
