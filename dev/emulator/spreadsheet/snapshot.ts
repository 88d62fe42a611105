/**
 * The workbook as JSON-safe data (sheets, cells, formats, notes, validation, conditional formats,
 * protections, metadata, named ranges, frozen panes, selection, gids, embedded charts) and back. Sheets are referred to by
 * gid. restoreSnapshot(toSnapshot()) reproduces the workbook exactly; so does the JSON text round trip.
 */
import type { WorkbookSnapshot } from '../api';
import type { GridBox } from './a1-notation';
import type { CfRuleSpec } from './conditional-format-spec';
import type { FilterCriteriaSpec } from './filter-spec';
import type { WorkbookObjects } from './objects';
import type { CellStyle, ChartRecord } from './sheet-store';
import { SheetStore } from './sheet-store';
import { boxJson, decodeGrid, decodeValue, encodeGrid, encodeValue, type Json } from './snapshot-codec';
import type { ValidationSpec } from './validation-spec';
import type { MetadataLocation, MetadataRecord, ProtectionRecord, WorkbookState } from './workbook-state';

type Obj = { [key: string]: Json };

function encodeSheet(store: SheetStore): Obj {
  const specs: ValidationSpec[] = [];
  const indexOf = (spec: ValidationSpec): number => {
    let i = specs.indexOf(spec);
    if (i < 0) i = specs.push(spec) - 1;
    return i;
  };
  const validations = encodeGrid(store.validations, indexOf);
  return {
    name: store.name, sheetId: store.sheetId, maxRows: store.maxRows, maxColumns: store.maxColumns,
    frozenRows: store.frozenRows, frozenColumns: store.frozenColumns, tabColor: store.tabColor, hidden: store.hidden,
    hiddenColumns: [...store.hiddenColumns].sort((a, b) => a - b),
    columnWidths: [...store.columnWidths].sort(([a], [b]) => a - b),
    filter: store.filter && boxJson(store.filter),
    filterCriteria: [...store.filterCriteria].map(([col, spec]) => [col, encodeValue(spec)]),
    values: encodeGrid(store.values, encodeValue),
    formulas: encodeGrid(store.formulas, (v) => v),
    notes: encodeGrid(store.notes, (v) => v),
    formats: encodeGrid(store.formats, (v) => v),
    styles: encodeGrid(store.styles, (v) => encodeValue(v)),
    validationRules: specs.map((s) => encodeValue(s)),
    validations,
    conditionalFormats: store.cfRules.map((r) => ({ boxes: r.boxes.map(boxJson), spec: encodeValue(r.spec) })),
    charts: store.charts.map((c) => ({
      id: c.id, type: c.spec.type, numHeaders: c.spec.numHeaders,
      anchor: { ...c.spec.anchor },
      ranges: c.spec.ranges.map((r) => ({ sheet: r.sheet.sheetId, box: boxJson(r.box) })),
      options: encodeValue(c.spec.options),
    })),
  };
}

function encodeLocation(loc: MetadataLocation): Obj {
  if (loc.type === 'SPREADSHEET') return { type: loc.type };
  if (loc.type === 'SHEET') return { type: loc.type, sheet: loc.sheet.sheetId };
  return { type: loc.type, sheet: loc.sheet.sheetId, start: loc.start, count: loc.count };
}

export function toSnapshot(state: WorkbookState): WorkbookSnapshot {
  const sel = state.selection;
  return {
    version: 1,
    id: state.id, name: state.name, timeZone: state.timeZone, locale: state.locale,
    nextSheetId: state.nextSheetId, nextRecordId: state.nextRecordId,
    activeSheet: state.activeSheet?.sheetId ?? null,
    selection: sel && { sheet: sel.sheet.sheetId, box: boxJson(sel.box), current: { row: sel.current.row, col: sel.current.col } },
    sheets: state.sheets.map(encodeSheet),
    protections: state.protections.map((p) => ({
      id: p.id, sheet: p.sheet.sheetId, type: p.type, box: boxJson(p.box), description: p.description, warningOnly: p.warningOnly,
    })),
    metadata: state.metadata.map((m) => ({ id: m.id, key: m.key, value: m.value, visibility: m.visibility, location: encodeLocation(m.location) })),
    namedRanges: state.namedRanges.map((n) => ({ name: n.name, sheet: n.sheet.sheetId, box: boxJson(n.box) })),
  };
}

/* eslint-disable @typescript-eslint/no-explicit-any -- snapshot JSON is parsed loosely: it is our own output. */
function decodeSheet(ctx: WorkbookObjects, j: any, specsOut: Map<SheetStore, any[]>): SheetStore {
  const store = new SheetStore(String(j.name), Number(j.sheetId));
  Object.assign(store, {
    maxRows: j.maxRows, maxColumns: j.maxColumns, frozenRows: j.frozenRows, frozenColumns: j.frozenColumns, tabColor: j.tabColor,
    filter: j.filter ?? null, hidden: j.hidden === true,
  });
  store.hiddenColumns = new Set<number>(j.hiddenColumns ?? []);
  store.columnWidths = new Map<number, number>(j.columnWidths ?? []);
  store.filterCriteria = new Map((j.filterCriteria ?? []).map(([col, spec]: [number, Json]) => [col, decodeValue(spec, ctx) as FilterCriteriaSpec]));
  decodeGrid(store.values, j.values, (v) => decodeValue(v, ctx) as never);
  decodeGrid(store.formulas, j.formulas, String);
  decodeGrid(store.notes, j.notes, String);
  decodeGrid(store.formats, j.formats, String);
  decodeGrid(store.styles, j.styles, (v) => v as CellStyle);
  store.cfRules = (j.conditionalFormats ?? []).map((r: any) => ({ boxes: r.boxes as GridBox[], spec: r.spec as CfRuleSpec }));
  specsOut.set(store, j.validationRules ?? []);
  return store;
}

/** Replaces the state's contents with the snapshot's. */
export function restoreSnapshot(ctx: WorkbookObjects, snapshot: WorkbookSnapshot): void {
  const s = snapshot as any;
  const state = ctx.state;
  state.name = s.name ?? state.name;
  state.timeZone = s.timeZone ?? state.timeZone;
  state.locale = s.locale ?? state.locale;
  const rawSpecs = new Map<SheetStore, any[]>();
  state.sheets = (s.sheets ?? []).map((j: any) => decodeSheet(ctx, j, rawSpecs));
  const byId = (gid: number): SheetStore => {
    const store = state.sheets.find((x) => x.sheetId === gid);
    if (!store) throw new Error(`Emulator: snapshot refers to a missing sheet ${gid}`);
    return store;
  };
  // Specs may hold Ranges (requireValueInRange), so they are decoded once every sheet exists.
  (s.sheets ?? []).forEach((j: any, i: number) => {
    const store = state.sheets[i];
    if (!store) return;
    const specs = (rawSpecs.get(store) ?? []).map((x) => decodeValue(x, ctx) as ValidationSpec);
    decodeGrid(store.validations, j.validations, (k) => specs[Number(k)] as ValidationSpec);
    store.cfRules = store.cfRules.map((r) => ({ boxes: r.boxes, spec: decodeValue(r.spec as unknown as Json, ctx) as CfRuleSpec }));
    // Chart ranges may point at any sheet, so they too wait until every sheet exists.
    store.charts = (j.charts ?? []).map((c: any): ChartRecord => ({
      id: Number(c.id),
      spec: {
        type: c.type ?? null,
        numHeaders: c.numHeaders ?? -1,
        anchor: { ...c.anchor },
        ranges: (c.ranges ?? []).map((r: any) => ({ sheet: byId(r.sheet), box: r.box as GridBox })),
        options: (decodeValue(c.options ?? {}, ctx) ?? {}) as Record<string, unknown>,
      },
    }));
  });
  state.nextSheetId = s.nextSheetId ?? state.sheets.length;
  state.nextRecordId = s.nextRecordId ?? 1;
  state.activeSheet = s.activeSheet === null || s.activeSheet === undefined ? null : byId(s.activeSheet);
  state.selection = s.selection ? { sheet: byId(s.selection.sheet), box: s.selection.box, current: s.selection.current } : null;
  state.protections = (s.protections ?? []).map((p: any): ProtectionRecord => ({ ...p, sheet: byId(p.sheet) }));
  state.metadata = (s.metadata ?? []).map((m: any): MetadataRecord => ({
    ...m,
    location: m.location.sheet === undefined ? m.location : { ...m.location, sheet: byId(m.location.sheet) },
  }));
  state.namedRanges = (s.namedRanges ?? []).map((n: any) => ({ name: n.name, sheet: byId(n.sheet), box: n.box }));
}
/* eslint-enable @typescript-eslint/no-explicit-any */
