/**
 * The environment the emulator's tests use. Until the spreadsheet model is exported from
 * dev/emulator/spreadsheet/index.ts these tests run on a small fake workbook behind the same contract.
 */
import { join } from 'node:path';
import type { EnvironmentOptions } from '../../../dev/emulator/api';
import { createEnvironmentWith } from '../../../dev/emulator/environment';
import { createFakeWorkbook } from './fakes/fake-workbook';

export const FIXTURES = join(__dirname, 'fixtures');

export const createTestEnvironment = (options?: EnvironmentOptions) => createEnvironmentWith(createFakeWorkbook)(options);
