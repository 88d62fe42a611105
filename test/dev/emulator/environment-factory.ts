/** The environment the emulator's tests use: the real one, with the fixture bundle's directory. */
import { join } from 'node:path';
import type { EnvironmentOptions } from '../../../dev/emulator/api';
import { createEnvironment } from '../../../dev/emulator';

export const FIXTURES = join(__dirname, 'fixtures');

export const createTestEnvironment = (options?: EnvironmentOptions) => createEnvironment(options);
