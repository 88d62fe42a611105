/** A tiny element builder: enough for a sidebar, without a framework in the bundle. */
type Child = Node | string | null | false;

export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: { className?: string; title?: string; text?: string; onClick?: () => void } = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (props.className) node.className = props.className;
  if (props.title) node.title = props.title;
  if (props.text !== undefined) node.textContent = props.text;
  if (props.onClick) node.addEventListener('click', props.onClick);
  for (const child of children) {
    if (child === null || child === false) continue;
    node.append(child);
  }
  return node;
}

/** Replaces the children of `parent`. */
export function mount(parent: Element, ...children: Array<Node | string>): void {
  parent.replaceChildren(...children);
}
