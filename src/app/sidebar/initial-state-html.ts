import { INITIAL_STATE_ELEMENT_ID } from '../../dto/sidebar-boot';

/**
 * JSON that is safe inside an HTML <script> element: `<`, `>` and `&` become \u escapes (so `</script>` or
 * `<!--` in a case's text cannot end the element or open a comment), and U+2028/U+2029 are escaped too.
 * JSON.parse reads it back unchanged.
 * @example scriptSafeJson({ note: '</script>' }) // '{"note":"\\u003c/script\\u003e"}'
 */
export function scriptSafeJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

const ELEMENT = new RegExp(`<script type="application/json" id="${INITIAL_STATE_ELEMENT_ID}">[\\s\\S]*?</script>`);

/**
 * The sidebar page with its initial state inside: the placeholder element's content replaced, or the
 * element added at the end of <head> when the page has none.
 */
export function withInitialState(html: string, state: unknown): string {
  const element = `<script type="application/json" id="${INITIAL_STATE_ELEMENT_ID}">${scriptSafeJson(state)}</script>`;
  if (ELEMENT.test(html)) return html.replace(ELEMENT, () => element);
  const head = html.indexOf('</head>');
  return head < 0 ? element + html : html.slice(0, head) + element + html.slice(head);
}
