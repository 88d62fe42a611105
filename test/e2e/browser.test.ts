import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { NO_BROWSER_MESSAGE, onPath, resolveChromium } from './browser';

describe('browser', () => {
  describe('resolveChromium', () => {
    it('uses the browser SCA_CHROMIUM names, ahead of the packaged one', async () => {
      await expect(resolveChromium({ SCA_CHROMIUM: process.execPath })).resolves.toBe(process.execPath);
    });

    it('fails with one line saying how to get a browser when SCA_CHROMIUM names nothing', async () => {
      await expect(resolveChromium({ SCA_CHROMIUM: '/nowhere/chrome' })).rejects.toThrow(NO_BROWSER_MESSAGE);
    });

    it('finds a browser on this machine with no override (npm ci brings one)', async () => {
      await expect(resolveChromium({})).resolves.toMatch(/chrom/i);
    });
  });

  describe('onPath', () => {
    it('finds an installed browser by name in a PATH folder, executable files only', () => {
      const empty = mkdtempSync(join(tmpdir(), 'sca-path-a-'));
      const bin = mkdtempSync(join(tmpdir(), 'sca-path-b-'));
      writeFileSync(join(empty, 'chromium'), ''); // not executable: passed over
      writeFileSync(join(bin, 'google-chrome'), '#!/bin/sh\n');
      chmodSync(join(bin, 'google-chrome'), 0o755);
      expect(onPath(['chromium', 'google-chrome'], [empty, bin].join(delimiter))).toBe(join(bin, 'google-chrome'));
      expect(onPath(['chromium'], empty)).toBeNull();
    });
  });
});
