/**
 * SpreadsheetApp as the bundle sees it. getUi() and the builders and enums work in every auth mode (onOpen
 * in AuthMode.NONE builds its menu); anything that opens the document needs at least LIMITED and throws
 * Apps Script's permission error otherwise.
 */
import { stubUnimplemented } from './api-surface';
import { newConditionalFormatRuleBuilder } from './conditional-format';
import type { WorkbookObjects } from './objects';
import { newDataValidationBuilder } from './data-validation';
import * as enums from './enums';
import { expose } from './expose';
import { newFilterCriteriaBuilder } from './filter-criteria';
import { SelectionImpl } from './selection';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Range = GoogleAppsScript.Spreadsheet.Range;

export class SpreadsheetAppImpl {
  self!: GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  readonly DataValidationCriteria = enums.DATA_VALIDATION_CRITERIA;
  readonly BooleanCriteria = enums.BOOLEAN_CRITERIA;
  readonly ProtectionType = enums.PROTECTION_TYPE;
  readonly DeveloperMetadataLocationType = enums.METADATA_LOCATION_TYPE;
  readonly DeveloperMetadataVisibility = enums.METADATA_VISIBILITY;
  readonly RelativeDate = enums.RELATIVE_DATE;
  readonly Dimension = enums.DIMENSION;
  readonly WrapStrategy = enums.WRAP_STRATEGY;
  readonly SheetType = enums.SHEET_TYPE;
  readonly ValueType = enums.VALUE_TYPE;
  readonly SortOrder = enums.SORT_ORDER;

  constructor(readonly ctx: WorkbookObjects) {}

  private open(what: string): Spreadsheet {
    this.ctx.host.auth.require('LIMITED', `SpreadsheetApp.${what}`);
    return this.ctx.spreadsheet;
  }

  getActive(): Spreadsheet { return this.open('getActive'); }
  getActiveSpreadsheet(): Spreadsheet { return this.open('getActiveSpreadsheet'); }
  getActiveSheet(): GoogleAppsScript.Spreadsheet.Sheet {
    this.open('getActiveSheet');
    return this.ctx.sheet(this.ctx.state.active());
  }
  getActiveRange(): Range | null {
    this.open('getActiveRange');
    return this.ctx.range(this.ctx.state.active(), this.ctx.selectionOn().box);
  }
  getCurrentCell(): Range | null {
    this.open('getCurrentCell');
    return this.ctx.range(this.ctx.state.active(), this.ctx.selectionOn().current);
  }
  getSelection(): GoogleAppsScript.Spreadsheet.Selection {
    this.open('getSelection');
    return expose(new SelectionImpl(this.ctx), 'Selection', this.ctx.host);
  }
  setActiveSheet(sheet: GoogleAppsScript.Spreadsheet.Sheet): GoogleAppsScript.Spreadsheet.Sheet {
    this.open('setActiveSheet');
    this.ctx.state.activeSheet = this.ctx.unwrapSheet(sheet).store;
    return sheet;
  }
  setActiveRange(range: Range): Range {
    this.open('setActiveRange');
    return this.ctx.unwrapRange(range).activate();
  }
  /** Writes are applied immediately in the emulator. */
  flush(): void {}
  getUi(): GoogleAppsScript.Base.Ui { return this.ctx.host.ui(); }
  newDataValidation(): GoogleAppsScript.Spreadsheet.DataValidationBuilder { return newDataValidationBuilder(this.ctx); }
  newConditionalFormatRule(): GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder { return newConditionalFormatRuleBuilder(this.ctx); }
  newFilterCriteria(): GoogleAppsScript.Spreadsheet.FilterCriteriaBuilder { return newFilterCriteriaBuilder(this.ctx); }
}

stubUnimplemented(SpreadsheetAppImpl, 'SpreadsheetApp');
