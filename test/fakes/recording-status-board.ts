import type { StatusBoard } from '../../src/ports/status-board';

export class RecordingStatusBoard implements StatusBoard {
  readonly lines = new Map<string, string>();

  show(lines: ReadonlyArray<readonly [string, string]>): void {
    for (const [label, value] of lines) this.lines.set(label, value);
  }
}
