import { createTestEnvironment, FIXTURES } from './environment-factory';

const setup = () => {
  const env = createTestEnvironment({ now: '2026-03-09T13:00:00Z' });
  return { env, addOn: env.loadBundle(FIXTURES) };
};

describe('scriptRun (google.script.run)', () => {
  it('calls a public function in FULL and returns a JSON copy of the result', () => {
    const { addOn } = setup();
    const arg = { id: 'SCA-0001', units: [1, undefined, 3] };
    expect(addOn.scriptRun('echo', [arg])).toEqual({ id: 'SCA-0001', units: [1, null, 3] });
    expect(addOn.scriptRun('doWork')).toBe('done');
  });

  it("refuses names ending in '_'", () => {
    expect(() => setup().addOn.scriptRun('helper_')).toThrow(/helper_/);
  });

  it('refuses unknown functions', () => {
    expect(() => setup().addOn.scriptRun('nope')).toThrow('Script function not found: nope');
  });

  it.each([
    ['a Date', [new Date()]],
    ['a nested Date', [{ case: { due: new Date() } }]],
    ['a Date in an array', [[1, new Date()]]],
    ['a function', [() => 1]],
  ])('fails on %s argument like the bridge ("Failed due to illegal value")', (_label, args) => {
    expect(() => setup().addOn.scriptRun('echo', args)).toThrow(/Failed due to illegal value/);
  });

  it('fails when the result holds a Date', () => {
    expect(() => setup().addOn.scriptRun('returnsDate')).toThrow(/cannot return a Date/);
  });

  it('passes a server throw through as an Error with its message', () => {
    expect(() => setup().addOn.scriptRun('throwsError')).toThrow('server says no');
  });
});
