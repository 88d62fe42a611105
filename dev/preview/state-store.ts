/**
 * The preview's state file (.preview-state.json, git-ignored): the emulator's snapshot plus the few
 * things the preview itself remembers. Written atomically so a crash mid-write cannot corrupt it.
 */
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { WorkbookSnapshot } from '../emulator/api';

export interface PreviewState {
  readonly format: 'sca-preview/1';
  readonly savedAt: string;
  readonly timeZone: string;
  /** The emulated instant the user chose with "Today", or null to follow the real clock. */
  readonly pinnedNow: string | null;
  /** The real instant "Today" was chosen: the emulated clock runs on from pinnedNow as real time passes. Absent in older files (the clock then stays at pinnedNow). */
  readonly pinnedAt?: string | null;
  readonly activeSheet: string | null;
  readonly workbook: WorkbookSnapshot;
}

/** Reads the state file; null when it is missing or not ours (then the preview seeds a demo). */
export function readState(path: string): PreviewState | null {
  if (!existsSync(path)) return null;
  try {
    const parsed = JSON.parse(readFileSync(path, 'utf8')) as Partial<PreviewState>;
    if (parsed.format !== 'sca-preview/1' || typeof parsed.workbook !== 'object' || parsed.workbook === null) return null;
    return parsed as PreviewState;
  } catch {
    return null;
  }
}

export function writeState(path: string, state: PreviewState): void {
  // Named to match .gitignore's .preview-state*.json, so a leftover temp file is never committed.
  const temp = path.endsWith('.json') ? `${path.slice(0, -5)}.tmp.json` : `${path}.tmp`;
  writeFileSync(temp, JSON.stringify(state));
  renameSync(temp, path);
}

/** Renames an unreadable state file out of the way; the new name still matches .gitignore's .preview-state*.json. */
export function setAside(path: string): string {
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const aside = join(dirname(path), `${basename(path, '.json')}.unreadable-${stamp}.json`);
  renameSync(path, aside);
  return aside;
}
