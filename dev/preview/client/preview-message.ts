/** Messages the google.script shim (inside the sidebar or a dialog iframe) posts to the preview page. */
import type { ActionEvents } from '../view-types';

export const MESSAGE_SOURCE = 'sca-preview';

export type PreviewMessage =
  | { readonly source: typeof MESSAGE_SOURCE; readonly kind: 'ran'; readonly frame: string; readonly events: ActionEvents | null; readonly changed: boolean }
  | { readonly source: typeof MESSAGE_SOURCE; readonly kind: 'close'; readonly frame: string };

export function isPreviewMessage(data: unknown): data is PreviewMessage {
  return typeof data === 'object' && data !== null && (data as { source?: unknown }).source === MESSAGE_SOURCE;
}
