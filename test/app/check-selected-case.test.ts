/** Menu 'Check selected case' through the built bundle. */
import { caseRow, casesEnvironment, manyCases } from '../sheets/cases-fixture';

const at = (iso: string) => new Date(`${iso}T05:00:00Z`);

describe('checkSelectedCase', () => {
  it('explains what is complete, what the next step needs, the flags and the problems', () => {
    const env = casesEnvironment([
      caseRow({
        caseId: 'SCA-0001',
        patient: 'AB',
        payer: 'Aetna',
        status: 'Assembling packet',
        'packet:Clinical summary': true,
        'packet:Treatment plan': true,
        flags: 'Follow-up due today',
        endDate: 'soon',
      }),
    ]);
    const addOn = env.loadBundle();
    addOn.fireOnOpen();
    addOn.select('Cases', 'D2');
    addOn.clickMenu('Check selected case');
    expect(env.ui.alerts).toHaveLength(1);
    const { title, prompt } = env.ui.alerts[0] ?? { title: '', prompt: '' };
    expect(title).toBe('Check SCA-0001');
    expect(prompt.split('\n\n')).toEqual([
      'Status: Assembling packet (row 2) — step 2 of 6: Assemble packet.',
      [
        'Packet: 2 of 6 required items complete.',
        '✓ Clinical summary',
        '✓ Treatment plan',
        '✗ In-network search — Log at least 3 in-network providers contacted (0 logged).',
        "✗ Credentials — Include the clinic's NPI, TIN, license and W-9.",
        '✗ Member & diagnosis — Include member details and ICD-10 diagnosis codes. Still empty on the row: Member ID.',
        '✗ Services & rate — List codes, units, frequency, dates and the requested rate per unit. Still empty on the row: Units requested, Requested rate.',
        '– Medical necessity letter (not required by this plan)',
      ].join('\n'),
      [
        'To move to Submitted:',
        '• Complete the packet before submitting; not yet ticked: In-network search, Credentials, Member & diagnosis, Services & rate.',
        '• Aetna needs at least 3 in-network providers contacted in the In-network search log (0 logged).',
        '• Record how and when the packet went to the payer: fill Submitted via.',
      ].join('\n'),
      'Flags:\n• Follow-up due today',
      "Problems:\n• End date: 'soon' is not a date",
    ]);
  });

  it('says nothing is missing when the next step could be taken', () => {
    const env = casesEnvironment([
      caseRow({
        caseId: 'SCA-0001', patient: 'AB', status: 'Approved (written)', submittedOn: at('2026-01-05'), submittedVia: 'Fax',
        scaNumber: 'A-1', approvedCodes: '90837', unitsApproved: 12, approvedRate: 120, startDate: at('2026-02-01'), endDate: at('2026-07-31'),
        writtenConfirmationOn: at('2026-01-30'),
      }),
    ]);
    const addOn = env.loadBundle();
    addOn.select('Cases', 'A2');
    addOn.run('checkSelectedCase');
    expect(env.ui.alerts[0]?.prompt).toContain('Nothing is missing to move to Active.');
    expect(env.ui.alerts[0]?.prompt).toContain('Problems: none.');
  });

  it('gives a plain hint when the cursor is not on a case row', () => {
    const env = casesEnvironment(manyCases(1));
    const addOn = env.loadBundle();
    addOn.select('Cases', 'A5');
    addOn.run('checkSelectedCase');
    expect(env.ui.alerts).toEqual([{ title: 'Check selected case', prompt: 'Row 5 has no case. Choose New case to start one.' }]);
  });
});

describe('the menu', () => {
  it('lists the case items first, only for functions that exist, and onOpen(NONE) stays menu-only', () => {
    const env = casesEnvironment();
    const addOn = env.loadBundle();
    env.calls.reset();
    addOn.fireOnOpen('NONE');
    const items = env.ui.menus[0]?.items ?? [];
    expect(items.slice(0, 4)).toEqual([
      { caption: 'Open sidebar', functionName: 'openSidebar' },
      { caption: 'New case', functionName: 'newCase' },
      { caption: 'Check selected case', functionName: 'checkSelectedCase' },
      'separator',
    ]);
    for (const item of items) if (item !== 'separator') expect(addOn.publicFunctions).toContain(item.functionName);
    expect(Object.keys(env.calls.snapshot()).filter((k) => !/^(SpreadsheetApp\.getUi|Ui\.|Menu\.)/.test(k))).toEqual([]);
  });
});
