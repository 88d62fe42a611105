/** Issue 14 item 2: the Payer dropdown is fed by Plan rules; an unknown payer is allowed with a warning. */
import type { Environment } from '../../../dev/emulator';
import { UNKNOWN_PAYER_MESSAGE } from '../../../src/domain/payer-check';
import { columnOf, emptyEnvironment, letterOf, runSetup, sheetOf, validationAt } from './setup-fixture';

function trackerWithPlans(...payers: string[]): { env: Environment; payerCell: (row: number) => string; problems: (row: number) => string } {
  const env = emptyEnvironment();
  runSetup(env);
  if (payers.length > 0) env.writeSheet('Plan rules', 'A2', payers.map((p) => [p]));
  const payer = letterOf(columnOf(env, 'Cases', 'Payer'));
  const problems = columnOf(env, 'Cases', 'Problems');
  return {
    env,
    payerCell: (row) => `${payer}${row}`,
    problems: (row) => String(env.readSheet('Cases')[row - 1]?.[problems - 1] ?? ''),
  };
}

/** What the Payer cell's dropdown offers, read as Sheets reads it: the rule's source range's values. */
function dropdown(env: Environment, a1: string): string[] {
  const rule = sheetOf(env, 'Cases').getRange(a1).getDataValidation();
  const source = rule?.getCriteriaValues()[0] as GoogleAppsScript.Spreadsheet.Range | undefined;
  return (source?.getDisplayValues() ?? []).flat().filter((v) => v !== '');
}

describe('the Payer dropdown', () => {
  it('reads the Payer column of Plan rules, allows other names and says why', () => {
    const { env, payerCell } = trackerWithPlans();
    const rule = validationAt(env, 'Cases', payerCell(500));
    expect(rule).toMatchObject({ type: 'VALUE_IN_RANGE', allowInvalid: true });
    expect(rule?.help).toMatch(/choose a payer from Plan rules.*no plan rules apply/);
    const source = rule?.values[0] as GoogleAppsScript.Spreadsheet.Range;
    expect(`${source.getSheet().getName()}!${source.getA1Notation()}`).toBe(`Plan rules!${letterOf(columnOf(env, 'Plan rules', 'Payer'))}2:${letterOf(columnOf(env, 'Plan rules', 'Payer'))}`);
  });

  it('is made again when Plan rules was cut down to its header row (one row in all), which gets an empty row', () => {
    const { env, payerCell } = trackerWithPlans();
    const plans = sheetOf(env, 'Plan rules');
    plans.setFrozenRows(0); // Sheets keeps one non-frozen row: unfrozen, the header can be the only one
    plans.deleteRows(2, plans.getMaxRows() - 1);
    sheetOf(env, 'Cases').getRange(payerCell(2)).clearDataValidations();
    expect(plans.getMaxRows()).toBe(1);
    expect(() => runSetup(env)).not.toThrow();
    expect(plans.getMaxRows()).toBe(2);
    expect(validationAt(env, 'Cases', payerCell(2))).toMatchObject({ type: 'VALUE_IN_RANGE', allowInvalid: true });
    env.writeSheet('Plan rules', 'A2', [['Acme Health']]);
    expect(dropdown(env, payerCell(2))).toEqual(['Acme Health']);
  });

  it('follows Plan rules: a payer added or renamed there is in the list at once, without running set-up', () => {
    const { env, payerCell } = trackerWithPlans('Acme Health', 'Cigna');
    expect(dropdown(env, payerCell(2))).toEqual(['Acme Health', 'Cigna']);
    env.writeSheet('Plan rules', 'A2', [['Acme Health Plan']]); // renamed
    env.writeSheet('Plan rules', 'A4', [['Blue Shield']]); // added
    expect(dropdown(env, payerCell(2))).toEqual(['Acme Health Plan', 'Cigna', 'Blue Shield']);
  });

  it('is one write for the column, and a second set-up writes nothing', () => {
    const { env } = trackerWithPlans('Acme Health');
    env.calls.reset();
    expect(runSetup(env)).toMatch(/nothing to repair|already set up|no changes/i);
    expect(env.calls.get('Range.setDataValidation')).toBe(0);
  });
});

describe('a payer not in Plan rules', () => {
  it('is kept when typed, with a warning in Problems that no plan rules apply; a listed payer has none', () => {
    const { env, payerCell, problems } = trackerWithPlans('Acme Health');
    const addOn = env.loadBundle();
    expect(addOn.userEdit('Cases', payerCell(2), 'Acme Helth').accepted).toBe(true);
    expect(String(env.readSheet('Cases')[1]?.[columnOf(env, 'Cases', 'Payer') - 1])).toBe('Acme Helth');
    expect(problems(2)).toContain(UNKNOWN_PAYER_MESSAGE);
    addOn.userEdit('Cases', payerCell(2), 'acme health'); // the list's payer, any case or spacing
    expect(problems(2)).not.toContain('not in Plan rules');
  });

  it('after a rename in Plan rules, the cases still on the old name are pointed out by the daily check', () => {
    const { env, payerCell, problems } = trackerWithPlans('Acme Health');
    const addOn = env.loadBundle();
    addOn.userEdit('Cases', payerCell(2), 'Acme Health');
    expect(problems(2)).not.toContain('not in Plan rules');
    env.writeSheet('Plan rules', 'A2', [['Acme Health Plan']]);
    addOn.run('runDailyCheckNow');
    expect(problems(2)).toContain(UNKNOWN_PAYER_MESSAGE);
  });

  it('says nothing while Plan rules is empty (the defaults apply to every case alike)', () => {
    const { env, payerCell, problems } = trackerWithPlans();
    env.loadBundle().userEdit('Cases', payerCell(2), 'Anything Health');
    expect(problems(2)).not.toContain('not in Plan rules');
  });
});
