/**
 * The JSON a server function puts in a thrown Error's message so the sidebar can act on it:
 * `throw new Error(JSON.stringify({ reason: 'row-changed', message: 'This case changed …' }))`.
 */
export type ServerErrorReason =
  | 'row-changed'
  | 'case-not-found'
  | 'duplicate-case-id'
  | 'busy'
  | 'invalid-input'
  | 'tracker-not-set-up'
  | 'not-authorized'
  | 'quota-exceeded';

export interface ServerErrorDto {
  readonly reason: ServerErrorReason;
  readonly message: string;
}
