/**
 * Authorization as Apps Script applies it: in AuthMode.NONE (onOpen of an add-on not yet used in this
 * document) only the menu may be built; in LIMITED (simple triggers) the current spreadsheet may be read
 * and written but services that need authorization (MailApp, ScriptApp triggers, ...) throw; FULL allows all.
 */
export type AuthModeName = 'NONE' | 'LIMITED' | 'FULL' | 'CUSTOM_FUNCTION';

export class AuthState {
  mode: AuthModeName = 'FULL';

  /** Throws the way Apps Script does when the current mode does not allow `what`. */
  require(needed: 'LIMITED' | 'FULL', what: string): void {
    const rank: Record<AuthModeName, number> = { NONE: 0, CUSTOM_FUNCTION: 0, LIMITED: 1, FULL: 2 };
    if (rank[this.mode] < rank[needed]) {
      throw new Error(
        `You do not have permission to call ${what}. Required permissions are not granted in AuthMode.${this.mode}.`,
      );
    }
  }
}
