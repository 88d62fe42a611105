import { NO_BROWSER_MESSAGE, resolveChromium } from './browser';

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
});
