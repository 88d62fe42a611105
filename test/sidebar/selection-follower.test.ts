/**
 * The sidebar's selection follower: polls only while visible and recently used, reports a changed
 * selection once, and starts again on activity.
 */
import { SelectionFollower } from '../../sidebar/state/selection-follower';

interface Selection {
  readonly key: string;
}

const globals = globalThis as unknown as { window?: EventTarget; document?: EventTarget };

describe('SelectionFollower', () => {
  let clock: number;
  let visible: boolean;
  let polls: number;
  let selected: string;
  let changes: string[];
  let follower: SelectionFollower<Selection>;

  /** Lets the awaited poll settle after a timer fired. */
  const settle = async (): Promise<void> => {
    for (let i = 0; i < 5; i += 1) await Promise.resolve();
  };

  async function advance(ms: number): Promise<void> {
    clock += ms;
    await jest.advanceTimersByTimeAsync(ms);
    await settle();
  }

  beforeEach(() => {
    jest.useFakeTimers();
    globals.window = new EventTarget();
    globals.document = new EventTarget();
    clock = 0;
    visible = true;
    polls = 0;
    selected = 'Cases!2!SCA-0001';
    changes = [];
    follower = new SelectionFollower<Selection>({
      poll: () => {
        polls += 1;
        return Promise.resolve({ key: selected });
      },
      onChange: (s) => changes.push(s.key),
      intervalMs: 2000,
      idleMs: 60_000,
      isVisible: () => visible,
      now: () => clock,
    });
  });

  afterEach(() => {
    follower.stop();
    jest.useRealTimers();
    delete globals.window;
    delete globals.document;
  });

  it('polls every interval while visible and reports a changed selection once', async () => {
    follower.start('Cases!2!SCA-0001');
    await advance(2000);
    expect(polls).toBe(1);
    expect(changes).toEqual([]);
    selected = 'Cases!5!SCA-0004';
    await advance(2000);
    await advance(2000);
    expect(polls).toBe(3);
    expect(changes).toEqual(['Cases!5!SCA-0004']);
  });

  it('stops while the page is hidden and starts again when it becomes visible', async () => {
    follower.start('Cases!2!SCA-0001');
    visible = false;
    await advance(2000);
    await advance(10_000);
    expect(polls).toBe(0);
    expect(follower.running).toBe(false);
    visible = true;
    globals.document!.dispatchEvent(new Event('visibilitychange'));
    await advance(2000);
    expect(polls).toBe(1);
  });

  it('stops after the idle time and resumes on a click or a key press', async () => {
    follower.start('Cases!2!SCA-0001');
    for (let t = 0; t < 32; t += 1) await advance(2000);
    const before = polls;
    expect(before).toBe(31); // every 2 s up to the idle limit (the last one scheduled at 60 s), then none
    await advance(20_000);
    expect(polls).toBe(before);
    expect(follower.running).toBe(false);
    globals.window!.dispatchEvent(new Event('click'));
    await advance(2000);
    expect(polls).toBe(before + 1);
    globals.window!.dispatchEvent(new Event('keydown'));
    await advance(2000);
    expect(polls).toBe(before + 2);
  });

  it('does not report a case the sidebar itself moved to (showing)', async () => {
    follower.start('Cases!2!SCA-0001');
    selected = 'Cases!9!SCA-0008';
    follower.showing('Cases!9!SCA-0008');
    await advance(2000);
    expect(changes).toEqual([]);
  });

  it('keeps polling after a failed poll, and polls no more once stopped', async () => {
    let fail = true;
    follower = new SelectionFollower<Selection>({
      poll: () => {
        polls += 1;
        return fail ? Promise.reject(new Error('offline')) : Promise.resolve({ key: 'Cases!3!SCA-0002' });
      },
      onChange: (s) => changes.push(s.key),
      isVisible: () => true,
      now: () => clock,
    });
    follower.start('Cases!2!SCA-0001');
    await advance(2000);
    fail = false;
    await advance(2000);
    expect(changes).toEqual(['Cases!3!SCA-0002']);
    follower.stop();
    await advance(10_000);
    expect(polls).toBe(2);
  });
});
