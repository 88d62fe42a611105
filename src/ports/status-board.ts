/** Where the add-on states how its unattended work stands (the Settings sheet), for a manager to see. */
export interface StatusBoard {
  /** Sets each labelled line's value, adding lines that are missing; other lines stay as they are. */
  show(lines: ReadonlyArray<readonly [label: string, value: string]>): void;
}
