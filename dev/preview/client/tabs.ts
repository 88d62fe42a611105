/** The sheet tabs along the bottom; clicking one activates that sheet. */
import { el } from './dom';

export function renderTabs(root: HTMLElement, names: string[], active: string | null, onPick: (name: string) => void): void {
  root.replaceChildren(
    ...names.map((name) =>
      el('button', {
        className: `tab${name === active ? ' active' : ''}`,
        text: name,
        attrs: { role: 'tab', 'aria-selected': String(name === active) },
        onClick: () => {
          if (name !== active) onPick(name);
        },
      }),
    ),
  );
}
