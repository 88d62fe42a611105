/**
 * An error the person at the keyboard can act on: a stable `reason` code (the sidebar branches on it)
 * and a plain message. Crosses google.script.run as JSON in the Error message, since only the message survives.
 */
export class UserFacingError extends Error {
  constructor(
    readonly reason: string,
    message: string,
  ) {
    super(message);
    this.name = 'UserFacingError';
  }

  /** The Error to throw to google.script.run: its message is `{"reason":…,"message":…}`. */
  toWire(): Error {
    return new Error(JSON.stringify({ reason: this.reason, message: this.message }));
  }
}
