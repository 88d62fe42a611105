/**
 * Method names of the real Apps Script classes (from @types/google-apps-script), so a method the emulator
 * does not implement throws a clear "not implemented" error instead of "x is not a function".
 * Generated once from the .d.ts; regenerate when the types change.
 */
export const API_SURFACE = {
  Range: [
    'activate', 'activateAsCurrentCell', 'addDeveloperMetadata', 'applyColumnBanding', 'applyRowBanding',
    'autoFill', 'autoFillToNeighbor', 'breakApart', 'canEdit', 'check', 'clear', 'clearContent',
    'clearDataValidations', 'clearFormat', 'clearNote', 'collapseGroups', 'copyFormatToRange', 'copyTo',
    'copyValuesToRange', 'createDataSourcePivotTable', 'createDataSourceTable',
    'createDeveloperMetadataFinder', 'createFilter', 'createPivotTable', 'createTextFinder', 'deleteCells',
    'expandGroups', 'getA1Notation', 'getBackground', 'getBackgroundObject', 'getBackgroundObjects',
    'getBackgrounds', 'getBandings', 'getCell', 'getColumn', 'getDataRegion', 'getDataSourceFormula',
    'getDataSourceFormulas', 'getDataSourcePivotTables', 'getDataSourceTables', 'getDataSourceUrl',
    'getDataTable', 'getDataValidation', 'getDataValidations', 'getDeveloperMetadata', 'getDisplayValue',
    'getDisplayValues', 'getFilter', 'getFontColorObject', 'getFontColorObjects', 'getFontFamilies',
    'getFontFamily', 'getFontLine', 'getFontLines', 'getFontSize', 'getFontSizes', 'getFontStyle',
    'getFontStyles', 'getFontWeight', 'getFontWeights', 'getFormula', 'getFormulaR1C1', 'getFormulas',
    'getFormulasR1C1', 'getGridId', 'getHeight', 'getHorizontalAlignment', 'getHorizontalAlignments',
    'getLastColumn', 'getLastRow', 'getMergedRanges', 'getNextDataCell', 'getNote', 'getNotes',
    'getNumColumns', 'getNumRows', 'getNumberFormat', 'getNumberFormats', 'getRichTextValue',
    'getRichTextValues', 'getRow', 'getRowIndex', 'getSheet', 'getTextDirection', 'getTextDirections',
    'getTextRotation', 'getTextRotations', 'getTextStyle', 'getTextStyles', 'getValue', 'getValues',
    'getVerticalAlignment', 'getVerticalAlignments', 'getWidth', 'getWrap', 'getWrapStrategies',
    'getWrapStrategy', 'getWraps', 'insertCells', 'insertCheckboxes', 'isBlank', 'isChecked',
    'isEndColumnBounded', 'isEndRowBounded', 'isPartOfMerge', 'isStartColumnBounded', 'isStartRowBounded',
    'merge', 'mergeAcross', 'mergeVertically', 'moveTo', 'offset', 'protect', 'randomize',
    'removeCheckboxes', 'removeDuplicates', 'setBackground', 'setBackgroundObject', 'setBackgroundObjects',
    'setBackgroundRGB', 'setBackgrounds', 'setBorder', 'setDataValidation', 'setDataValidations',
    'setFontColor', 'setFontColorObject', 'setFontColorObjects', 'setFontColors', 'setFontFamilies',
    'setFontFamily', 'setFontLine', 'setFontLines', 'setFontSize', 'setFontSizes', 'setFontStyle',
    'setFontStyles', 'setFontWeight', 'setFontWeights', 'setFormula', 'setFormulaR1C1', 'setFormulas',
    'setFormulasR1C1', 'setHorizontalAlignment', 'setHorizontalAlignments', 'setNote', 'setNotes',
    'setNumberFormat', 'setNumberFormats', 'setRichTextValue', 'setRichTextValues', 'setShowHyperlink',
    'setTextDirection', 'setTextDirections', 'setTextRotation', 'setTextRotations', 'setTextStyle',
    'setTextStyles', 'setValue', 'setValues', 'setVerticalAlignment', 'setVerticalAlignments',
    'setVerticalText', 'setWrap', 'setWrapStrategies', 'setWrapStrategy', 'setWraps',
    'shiftColumnGroupDepth', 'shiftRowGroupDepth', 'sort', 'splitTextToColumns', 'trimWhitespace', 'uncheck',
  ],
  Sheet: [
    'activate', 'addDeveloperMetadata', 'appendRow', 'asDataSourceSheet', 'autoResizeColumn',
    'autoResizeColumns', 'autoResizeRows', 'clear', 'clearConditionalFormatRules', 'clearContents',
    'clearFormats', 'clearNotes', 'collapseAllColumnGroups', 'collapseAllRowGroups', 'copyTo',
    'createDeveloperMetadataFinder', 'createTextFinder', 'deleteColumn', 'deleteColumns', 'deleteRow',
    'deleteRows', 'expandAllColumnGroups', 'expandAllRowGroups', 'expandColumnGroupsUpToDepth',
    'expandRowGroupsUpToDepth', 'getActiveCell', 'getActiveRange', 'getActiveRangeList', 'getBandings',
    'getCharts', 'getColumnGroup', 'getColumnGroupControlPosition', 'getColumnGroupDepth', 'getColumnWidth',
    'getConditionalFormatRules', 'getCurrentCell', 'getDataRange', 'getDataSourceTables',
    'getDeveloperMetadata', 'getDrawings', 'getFilter', 'getFormUrl', 'getFrozenColumns', 'getFrozenRows',
    'getImages', 'getIndex', 'getLastColumn', 'getLastRow', 'getMaxColumns', 'getMaxRows', 'getName',
    'getNamedRanges', 'getParent', 'getPivotTables', 'getProtections', 'getRange', 'getRangeList',
    'getRowGroup', 'getRowGroupControlPosition', 'getRowGroupDepth', 'getRowHeight', 'getSelection',
    'getSheetId', 'getSheetName', 'getSheetValues', 'getSlicers', 'getTabColor', 'getType',
    'hasHiddenGridlines', 'hideColumn', 'hideColumns', 'hideRow', 'hideRows', 'hideSheet', 'insertChart',
    'insertColumnAfter', 'insertColumnBefore', 'insertColumns', 'insertColumnsAfter', 'insertColumnsBefore',
    'insertImage', 'insertRowAfter', 'insertRowBefore', 'insertRows', 'insertRowsAfter', 'insertRowsBefore',
    'insertSlicer', 'isColumnHiddenByUser', 'isRightToLeft', 'isRowHiddenByFilter', 'isRowHiddenByUser',
    'isSheetHidden', 'moveColumns', 'moveRows', 'newChart', 'protect', 'removeChart', 'setActiveRange',
    'setActiveRangeList', 'setActiveSelection', 'setColumnGroupControlPosition', 'setColumnWidth',
    'setColumnWidths', 'setConditionalFormatRules', 'setCurrentCell', 'setFrozenColumns', 'setFrozenRows',
    'setHiddenGridlines', 'setName', 'setRightToLeft', 'setRowGroupControlPosition', 'setRowHeight',
    'setRowHeights', 'setRowHeightsForced', 'setTabColor', 'showColumns', 'showRows', 'showSheet', 'sort',
    'unhideColumn', 'unhideRow', 'updateChart',
  ],
  Spreadsheet: [
    'addDeveloperMetadata', 'addEditor', 'addEditors', 'addMenu', 'addViewer', 'addViewers', 'appendRow',
    'autoResizeColumn', 'copy', 'createDeveloperMetadataFinder', 'createTextFinder', 'deleteActiveSheet',
    'deleteColumn', 'deleteColumns', 'deleteRow', 'deleteRows', 'deleteSheet', 'duplicateActiveSheet',
    'getActiveCell', 'getActiveRange', 'getActiveRangeList', 'getActiveSheet', 'getAs', 'getBandings',
    'getBlob', 'getColumnWidth', 'getCurrentCell', 'getDataRange', 'getDataSourceTables',
    'getDeveloperMetadata', 'getEditors', 'getFormUrl', 'getFrozenColumns', 'getFrozenRows', 'getId',
    'getImages', 'getIterativeCalculationConvergenceThreshold', 'getLastColumn', 'getLastRow',
    'getMaxIterativeCalculationCycles', 'getName', 'getNamedRanges', 'getNumSheets', 'getOwner',
    'getPredefinedSpreadsheetThemes', 'getProtections', 'getRange', 'getRangeByName', 'getRangeList',
    'getRecalculationInterval', 'getRowHeight', 'getSelection', 'getSheetById', 'getSheetByName',
    'getSheetId', 'getSheetName', 'getSheetValues', 'getSheets', 'getSpreadsheetLocale',
    'getSpreadsheetTheme', 'getSpreadsheetTimeZone', 'getUrl', 'getViewers', 'hideColumn', 'hideRow',
    'insertColumnAfter', 'insertColumnBefore', 'insertColumnsAfter', 'insertColumnsBefore', 'insertImage',
    'insertRowAfter', 'insertRowBefore', 'insertRowsAfter', 'insertRowsBefore', 'insertSheet',
    'insertSheetWithDataSourceTable', 'isColumnHiddenByUser', 'isIterativeCalculationEnabled',
    'isRowHiddenByFilter', 'isRowHiddenByUser', 'moveActiveSheet', 'moveChartToObjectSheet', 'removeEditor',
    'removeMenu', 'removeNamedRange', 'removeViewer', 'rename', 'renameActiveSheet', 'resetSpreadsheetTheme',
    'setActiveRange', 'setActiveRangeList', 'setActiveSelection', 'setActiveSheet', 'setColumnWidth',
    'setCurrentCell', 'setFrozenColumns', 'setFrozenRows', 'setIterativeCalculationConvergenceThreshold',
    'setIterativeCalculationEnabled', 'setMaxIterativeCalculationCycles', 'setNamedRange',
    'setRecalculationInterval', 'setRowHeight', 'setSpreadsheetLocale', 'setSpreadsheetTheme',
    'setSpreadsheetTimeZone', 'show', 'sort', 'toast', 'unhideColumn', 'unhideRow', 'updateMenu',
  ],
  SpreadsheetApp: [
    'create', 'enableAllDataSourcesExecution', 'enableBigQueryExecution', 'flush', 'getActive',
    'getActiveRange', 'getActiveRangeList', 'getActiveSheet', 'getActiveSpreadsheet', 'getCurrentCell',
    'getSelection', 'getUi', 'newCellImage', 'newColor', 'newConditionalFormatRule', 'newDataSourceSpec',
    'newDataValidation', 'newFilterCriteria', 'newRichTextValue', 'newTextStyle', 'open', 'openById',
    'openByUrl', 'setActiveRange', 'setActiveRangeList', 'setActiveSheet', 'setActiveSpreadsheet',
    'setCurrentCell',
  ],
  RangeList: [
    'activate', 'breakApart', 'check', 'clear', 'clearContent', 'clearDataValidations', 'clearFormat',
    'clearNote', 'getRanges', 'insertCheckboxes', 'removeCheckboxes', 'setBackground', 'setBackgroundRGB',
    'setBorder', 'setFontColor', 'setFontFamily', 'setFontLine', 'setFontSize', 'setFontStyle', 'setFontWeight',
    'setFormula', 'setHorizontalAlignment', 'setNote', 'setNumberFormat', 'setShowHyperlink', 'setTextDirection',
    'setTextRotation', 'setValue', 'setVerticalAlignment', 'setVerticalText', 'setWrap', 'setWrapStrategy',
    'trimWhitespace', 'uncheck',
  ],
  DataValidation: [
    'copy', 'getAllowInvalid', 'getCriteriaType', 'getCriteriaValues', 'getHelpText',
  ],
  DataValidationBuilder: [
    'build', 'copy', 'getAllowInvalid', 'getCriteriaType', 'getCriteriaValues', 'getHelpText',
    'requireCheckbox', 'requireDate', 'requireDateAfter', 'requireDateBefore', 'requireDateBetween',
    'requireDateEqualTo', 'requireDateNotBetween', 'requireDateOnOrAfter', 'requireDateOnOrBefore',
    'requireFormulaSatisfied', 'requireNumberBetween', 'requireNumberEqualTo', 'requireNumberGreaterThan',
    'requireNumberGreaterThanOrEqualTo', 'requireNumberLessThan', 'requireNumberLessThanOrEqualTo',
    'requireNumberNotBetween', 'requireNumberNotEqualTo', 'requireTextContains', 'requireTextDoesNotContain',
    'requireTextEqualTo', 'requireTextIsEmail', 'requireTextIsUrl', 'requireValueInList',
    'requireValueInRange', 'setAllowInvalid', 'setHelpText', 'withCriteria',
  ],
  ConditionalFormatRule: [
    'copy', 'getBooleanCondition', 'getGradientCondition', 'getRanges',
  ],
  ConditionalFormatRuleBuilder: [
    'build', 'copy', 'getBooleanCondition', 'getGradientCondition', 'getRanges', 'setBackground', 'setBold',
    'setFontColor', 'setGradientMaxpoint', 'setGradientMaxpointWithValue', 'setGradientMidpointWithValue',
    'setGradientMinpoint', 'setGradientMinpointWithValue', 'setItalic', 'setRanges', 'setStrikethrough',
    'setUnderline', 'whenCellEmpty', 'whenCellNotEmpty', 'whenDateAfter', 'whenDateBefore',
    'whenDateEqualTo', 'whenFormulaSatisfied', 'whenNumberBetween', 'whenNumberEqualTo',
    'whenNumberGreaterThan', 'whenNumberGreaterThanOrEqualTo', 'whenNumberLessThan',
    'whenNumberLessThanOrEqualTo', 'whenNumberNotBetween', 'whenNumberNotEqualTo', 'whenTextContains',
    'whenTextDoesNotContain', 'whenTextEndsWith', 'whenTextEqualTo', 'whenTextStartsWith', 'withCriteria',
  ],
  BooleanCondition: [
    'getBackground', 'getBold', 'getCriteriaType', 'getCriteriaValues', 'getFontColor', 'getItalic',
    'getStrikethrough', 'getUnderline',
  ],
  Protection: [
    'addEditor', 'addEditors', 'canDomainEdit', 'canEdit', 'getDescription', 'getEditors',
    'getProtectionType', 'getRange', 'getRangeName', 'getUnprotectedRanges', 'isWarningOnly', 'remove',
    'removeEditor', 'removeEditors', 'setDescription', 'setDomainEdit', 'setNamedRange', 'setRange',
    'setRangeName', 'setUnprotectedRanges', 'setWarningOnly',
  ],
  DeveloperMetadata: [
    'getId', 'getKey', 'getLocation', 'getValue', 'getVisibility', 'moveToColumn', 'moveToRow',
    'moveToSheet', 'moveToSpreadsheet', 'remove', 'setKey', 'setValue', 'setVisibility',
  ],
  DeveloperMetadataFinder: [
    'find', 'onIntersectingLocations', 'withId', 'withKey', 'withLocationType', 'withValue',
    'withVisibility',
  ],
  DeveloperMetadataLocation: [
    'getColumn', 'getLocationType', 'getRow', 'getSheet', 'getSpreadsheet',
  ],
  NamedRange: [
    'getName', 'getRange', 'remove', 'setName', 'setRange',
  ],
  Filter: [
    'getColumnFilterCriteria', 'getRange', 'remove', 'removeColumnFilterCriteria', 'setColumnFilterCriteria',
    'sort',
  ],
  FilterCriteria: [
    'copy', 'getCriteriaType', 'getCriteriaValues', 'getHiddenValues', 'getVisibleBackgroundColor',
    'getVisibleForegroundColor', 'getVisibleValues',
  ],
  FilterCriteriaBuilder: [
    'build', 'copy', 'getCriteriaType', 'getCriteriaValues', 'getHiddenValues', 'getVisibleBackgroundColor',
    'getVisibleForegroundColor', 'getVisibleValues', 'setHiddenValues', 'setVisibleBackgroundColor',
    'setVisibleForegroundColor', 'setVisibleValues', 'whenCellEmpty', 'whenCellNotEmpty', 'whenDateAfter',
    'whenDateBefore', 'whenDateEqualTo', 'whenDateEqualToAny', 'whenDateNotEqualTo', 'whenDateNotEqualToAny',
    'whenFormulaSatisfied', 'whenNumberBetween', 'whenNumberEqualTo', 'whenNumberEqualToAny',
    'whenNumberGreaterThan', 'whenNumberGreaterThanOrEqualTo', 'whenNumberLessThan',
    'whenNumberLessThanOrEqualTo', 'whenNumberNotBetween', 'whenNumberNotEqualTo', 'whenNumberNotEqualToAny',
    'whenTextContains', 'whenTextDoesNotContain', 'whenTextEndsWith', 'whenTextEqualTo', 'whenTextEqualToAny',
    'whenTextNotEqualTo', 'whenTextNotEqualToAny', 'whenTextStartsWith', 'withCriteria',
  ],
  Selection: [
    'getActiveRange', 'getActiveRangeList', 'getActiveSheet', 'getCurrentCell', 'getNextDataRange',
  ],
  EmbeddedChart: [
    'asDataSourceChart', 'getAs', 'getBlob', 'getChartId', 'getContainerInfo', 'getHiddenDimensionStrategy',
    'getMergeStrategy', 'getNumHeaders', 'getOptions', 'getRanges', 'getTransposeRowsAndColumns',
    'isInDataSourceContext', 'modify',
  ],
  EmbeddedChartBuilder: [
    'addRange', 'asAreaChart', 'asBarChart', 'asColumnChart', 'asComboChart', 'asHistogramChart',
    'asLineChart', 'asPieChart', 'asScatterChart', 'asTableChart', 'build', 'clearRanges', 'getChartType',
    'getContainer', 'getRanges', 'removeRange', 'setChartType', 'setHiddenDimensionStrategy',
    'setMergeStrategy', 'setNumHeaders', 'setOption', 'setPosition', 'setTransposeRowsAndColumns',
  ],
  ContainerInfo: [
    'getAnchorColumn', 'getAnchorRow', 'getOffsetX', 'getOffsetY',
  ],
  ChartOptions: [
    'get', 'getOrDefault',
  ],
} as const;

export type ApiClass = keyof typeof API_SURFACE;

/** Installs a throwing stub for every API method `ctor.prototype` lacks. */
export function stubUnimplemented(ctor: { prototype: object }, apiClass: ApiClass): void {
  const proto = ctor.prototype as Record<string, unknown>;
  for (const method of API_SURFACE[apiClass]) {
    if (method in proto) continue;
    proto[method] = (): never => {
      throw new Error(`Emulator: ${apiClass}.${method} is not implemented`);
    };
  }
}
