import { aWorkbook, localDate } from './workbook-fixture';

function aFullWorkbook() {
  const f = aWorkbook();
  const { app, ss, sheet, workbook } = f;
  sheet.setName('Cases');
  sheet.getRange('A1:D3').setValues([
    ['Case ID', 'Start date', 'Approved rate', 'Packet: Credentials'],
    ['SCA-0001', localDate('2026-03-09'), 120, true],
    ['SCA-0002', '', 95.5, false],
  ]);
  sheet.getRange('B2:B3').setNumberFormat('yyyy-mm-dd');
  sheet.getRange('C2:C3').setNumberFormat('$#,##0.00').setBackground('#fff2cc');
  sheet.getRange('A2').setNote('first case');
  sheet.getRange('E2').setFormula('=C2*2');
  sheet.getRange('D2:D3').insertCheckboxes();
  sheet.getRange('B2:B3').setDataValidation(app.newDataValidation().requireDateOnOrAfter(localDate('2020-01-01')).setHelpText('A date').build());
  const plans = ss.insertSheet('Plan rules');
  plans.getRange('A1:A3').setValues([['Payer'], ['Aetna'], ['Cigna']]);
  sheet.getRange('F2:F3').setDataValidation(app.newDataValidation().requireValueInRange(plans.getRange('A2:A3'), true).setAllowInvalid(false).build());
  sheet.setConditionalFormatRules([
    app.newConditionalFormatRule().whenFormulaSatisfied('=$B2<>""').setBackground('#d9ead3').setRanges([sheet.getRange('A2:F3')]).build(),
    app.newConditionalFormatRule().whenDateBefore(localDate('2026-01-01')).setFontColor('#ff0000').setRanges([sheet.getRange('B2:B3')]).build(),
  ]);
  sheet.setFrozenRows(1);
  sheet.hideColumns(5);
  sheet.setColumnWidth(1, 140);
  sheet.getRange('E1:E1000').protect().setDescription('computed').setWarningOnly(true);
  sheet.getRange('C:C').addDeveloperMetadata('sca.column', 'approvedRate');
  ss.addDeveloperMetadata('sca.schema', '1');
  ss.setNamedRange('Payers', plans.getRange('A2:A3'));
  workbook.select('Cases', 'B2:C3');
  return f;
}

describe('snapshot', () => {
  it('is JSON-safe, dates tagged', () => {
    const { workbook } = aFullWorkbook();
    const snapshot = workbook.toSnapshot();
    expect(JSON.parse(JSON.stringify(snapshot))).toEqual(snapshot);
    expect(JSON.stringify(snapshot)).toContain('{"$date":"2026-03-09T04:00:00.000Z"}');
  });

  it('round-trips exactly through createWorkbook({ snapshot })', () => {
    const original = aFullWorkbook().workbook;
    const snapshot = JSON.parse(JSON.stringify(original.toSnapshot()));
    const restored = aWorkbook({ snapshot }).workbook;
    expect(restored.toSnapshot()).toEqual(original.toSnapshot());
    expect(restored.sheetNames()).toEqual(['Cases', 'Plan rules']);
    expect(restored.readValues('Cases')).toEqual(original.readValues('Cases'));
    expect(restored.render('Cases')).toEqual(original.render('Cases'));
  });

  it('restores behaviour, not just data: validation, ids, selection, metadata', () => {
    const original = aFullWorkbook();
    const { workbook, ss, app } = aWorkbook({ snapshot: original.workbook.toSnapshot() });
    expect(app.getActiveRange()?.getA1Notation()).toBe('B2:C3');
    expect(workbook.userEdit('Cases', 'F2', 'Kaiser').accepted).toBe(false);
    expect(workbook.userEdit('Cases', 'F2', 'Cigna').accepted).toBe(true);
    expect(ss.getSheetByName('Plan rules')?.getSheetId()).toBe(original.ss.getSheetByName('Plan rules')?.getSheetId());
    expect(ss.createDeveloperMetadataFinder().withKey('sca.column').find()[0]?.getLocation().getColumn()?.getColumn()).toBe(3);
    expect(ss.getRangeByName('Payers')?.getValues()).toEqual([['Aetna'], ['Cigna']]);
    expect(ss.getSheetByName('Plan rules')?.isSheetHidden()).toBe(false);
    original.ss.getSheetByName('Plan rules')?.hideSheet();
    expect(aWorkbook({ snapshot: original.workbook.toSnapshot() }).ss.getSheetByName('Plan rules')?.isSheetHidden()).toBe(true);
    const rule = ss.getSheetByName('Cases')?.getRange('F2').getDataValidation();
    expect(rule?.getCriteriaValues()[0]).toBeDefined();
  });
});
