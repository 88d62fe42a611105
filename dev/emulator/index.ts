/**
 * The emulator's entry point: createEnvironment() builds an offline Apps Script world for tests, the
 * benchmark and the preview. See README.md for the API and examples.
 */
import type { CreateEnvironment } from './api';
import { createEnvironmentWith } from './environment';
import { createWorkbook } from './spreadsheet';

export type * from './api';
export type { AuthModeName } from './auth';
export { CallCounter } from './call-counter';

export const createEnvironment: CreateEnvironment = createEnvironmentWith(createWorkbook);
export { createEnvironmentWith };
