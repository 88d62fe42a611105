/**
 * The message and the stack of anything thrown. Read structurally rather than with `instanceof Error`: an
 * error can come from another realm (a service's error object), where `instanceof` says no.
 */
export function errorMessage(error: unknown): string {
  const message = (error as { message?: unknown } | null)?.message;
  return typeof message === 'string' ? message : String(error);
}

/** The stack when there is one, else the message: for the execution log. */
export function errorDetail(error: unknown): string {
  const stack = (error as { stack?: unknown } | null)?.stack;
  return typeof stack === 'string' ? stack : errorMessage(error);
}
