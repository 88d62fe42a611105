import { importCycles, importsOf, sourceFiles } from './import-graph';

describe('import graph', () => {
  describe('import cycles', () => {
    // Type-only imports count too: a circle of types still ties the files' meanings together.
    it.each(['src', 'dev/emulator', 'dev/preview'])('finds no circle of imports under %s', (root) => {
      expect(importCycles(root, { typeImports: true })).toEqual([]);
    });
  });

  describe('the emulator stands alone', () => {
    it('imports nothing from src/ (it stands for Google; the preview may use the product, the emulator may not)', () => {
      const intoSrc = sourceFiles('dev/emulator')
        .flatMap(importsOf)
        .filter((edge) => edge.to.startsWith('src/'))
        .map((edge) => `${edge.from} → ${edge.to}`);
      expect(intoSrc).toEqual([]);
    });
  });

  describe('importCycles (the checker itself)', () => {
    it('finds a circle when one exists', () => {
      expect(importCycles('test/architecture/fixtures/circle', { typeImports: true })).toEqual([
        ['test/architecture/fixtures/circle/a.ts', 'test/architecture/fixtures/circle/b.ts', 'test/architecture/fixtures/circle/c.ts'],
      ]);
    });

    it('ignores a circle made only of type imports when asked to', () => {
      expect(importCycles('test/architecture/fixtures/circle', { typeImports: false })).toEqual([]);
    });
  });
});
