/**
 * Color objects (getBackgroundObject / getFontColorObject) for '#rrggbb' colours. Theme colours are not
 * emulated: every colour is an RGB colour.
 */
import type { WorkbookObjects } from './objects';
import { expose } from './expose';

class RgbColorImpl {
  self!: GoogleAppsScript.Base.RgbColor;

  constructor(readonly hex: string) {}

  private channel(i: number): number {
    return Number.parseInt(this.hex.slice(1 + 2 * i, 3 + 2 * i), 16) || 0;
  }

  asHexString(): string { return this.hex; }
  getRed(): number { return this.channel(0); }
  getGreen(): number { return this.channel(1); }
  getBlue(): number { return this.channel(2); }
  getColorType(): string { return 'RGB'; }
}

class ColorImpl {
  self!: GoogleAppsScript.Spreadsheet.Color;

  constructor(
    readonly ctx: WorkbookObjects,
    readonly hex: string,
  ) {}

  asRgbColor(): GoogleAppsScript.Base.RgbColor { return expose(new RgbColorImpl(this.hex), 'RgbColor', this.ctx.host, { guard: false }); }
  asThemeColor(): never { throw new Error('Emulator: Color.asThemeColor is not implemented'); }
  getColorType(): string { return 'RGB'; }
}

/** '#abc' → '#aabbcc', lower case, as Apps Script reports colours. */
function normalize(color: string): string {
  const c = color.trim().toLowerCase();
  return /^#[0-9a-f]{3}$/.test(c) ? `#${c.slice(1).split('').map((x) => x + x).join('')}` : c;
}

export function colorObject(ctx: WorkbookObjects, color: string | null | undefined): GoogleAppsScript.Spreadsheet.Color | null {
  return color ? expose(new ColorImpl(ctx, normalize(color)), 'Color', ctx.host, { guard: false }) : null;
}
