/**
 * The functions the sidebar may call through google.script.run, with JSON-safe argument and result types.
 * Type-only: the sidebar imports it for `serverCall` typing and its bundle pulls in no server code.
 * The server side (src/public.ts) must export a function of the same name and shape for each member.
 */
import type { SidebarStateDto } from './sidebar-state';

export interface ServerFunctions {
  /** The case on the active row of the Cases sheet, or a hint when the selection is not a case. */
  getSidebarState: () => SidebarStateDto;
}

export type ServerFunctionName = keyof ServerFunctions;
