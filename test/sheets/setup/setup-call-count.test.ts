/** Set-up's spreadsheet calls depend on the number of columns, never on the number of rows. */
import type { CellValue, Environment } from '../../../dev/emulator';
import { CASE_COLUMNS } from '../../../src/domain/case-columns';
import { emptyEnvironment, runSetup } from './setup-fixture';

function clinicWith(rows: number): Environment {
  const env = emptyEnvironment();
  const header = CASE_COLUMNS.map((c) => c.header);
  const data: CellValue[][] = Array.from({ length: rows }, (_, i) =>
    CASE_COLUMNS.map((c) => (c.field === 'caseId' ? `SCA-${String(i + 1).padStart(4, '0')}` : c.field === 'status' ? 'Identified' : c.kind === 'checkbox' ? false : '')),
  );
  env.writeSheet('Cases', 'A1', [header, ...data]);
  return env;
}

function callsOf(env: Environment): { calls: number; byMethod: Record<string, number> } {
  env.calls.reset();
  runSetup(env);
  return { calls: env.calls.total(), byMethod: env.calls.snapshot() };
}

describe('setUpTracker call count', () => {
  let first50: ReturnType<typeof callsOf>;
  let first5000: ReturnType<typeof callsOf>;
  let again50: ReturnType<typeof callsOf>;
  let again5000: ReturnType<typeof callsOf>;

  beforeAll(() => {
    const small = clinicWith(50);
    const large = clinicWith(5000);
    first50 = callsOf(small);
    first5000 = callsOf(large);
    again50 = callsOf(small);
    again5000 = callsOf(large);
  }, 60_000);

  it('is the same for 50 and 5,000 cases on the first run (set up an existing sheet)', () => {
    expect(first5000.byMethod).toEqual(first50.byMethod);
  });

  it('is the same for 50 and 5,000 cases on a repair run that finds nothing to do', () => {
    expect(again5000.byMethod).toEqual(again50.byMethod);
    expect(again5000.calls).toBeLessThan(first5000.calls);
  });

  it('a repair that finds nothing to do writes nothing, builds no rule and asks no metadata item where it is: at most 223 calls (was 1,372, then 250)', () => {
    expect(again5000.calls).toBeLessThanOrEqual(223);
    // What set-up writes, it writes only when something differs.
    const writes = Object.entries(again5000.byMethod).filter(([k]) => /\.(set|add|protect|insert|remove)/.test(k));
    expect(writes).toEqual([]);
    // No rule object is built, and no metadata item is asked where it is (the remembered positions hold).
    expect(Object.keys(again5000.byMethod).filter((k) => k.startsWith('DataValidationBuilder') || k.startsWith('DeveloperMetadata.'))).toEqual([]);
  });

  it('reads validations once per sheet with validated columns (Cases, with its Payer dropdown, and five more) and the Settings values once, number formats once per sheet with formatted columns', () => {
    expect(again5000.byMethod['Range.getDataValidations']).toBe(7);
    expect(again5000.byMethod['Range.getNumberFormats']).toBe(7);
    console.info(`setup calls — first run: 50 rows ${first50.calls}, 5,000 rows ${first5000.calls}; repeat run: ${again50.calls} / ${again5000.calls}`);
  });
});
