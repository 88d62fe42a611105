/**
 * Creates the emulated environment and keeps hold of its workbook model, whose uncounted render() and
 * sheetNames() draw the grid. The model comes from env.workbook when the emulator exposes it, else it is
 * captured through createEnvironmentWith's workbook-factory seam (the same factory createEnvironment uses).
 */
import type { Environment, EnvironmentOptions } from '../emulator/api';
import { createEnvironmentWith } from '../emulator/index';
import { createWorkbook } from '../emulator/spreadsheet/index';
import type { WorkbookModel } from '../emulator/spreadsheet/contract';

export interface PreviewEnvironment {
  readonly env: Environment;
  readonly workbook: WorkbookModel;
}

export function openEnvironment(options: EnvironmentOptions): PreviewEnvironment {
  let captured: WorkbookModel | null = null;
  const env = createEnvironmentWith((workbookOptions) => {
    captured = createWorkbook(workbookOptions);
    return captured;
  })(options);
  const workbook = env.workbook ?? captured;
  if (!workbook) throw new Error('The emulator created no workbook model.');
  return { env, workbook };
}
