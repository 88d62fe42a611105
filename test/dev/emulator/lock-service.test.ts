import { createTestEnvironment, FIXTURES } from './environment-factory';

const setup = () => {
  const env = createTestEnvironment();
  return { env, addOn: env.loadBundle(FIXTURES), locks: env.globals.LockService as GoogleAppsScript.Lock.LockService };
};

describe('LockService', () => {
  describe('Lock', () => {
    it('waitLock acquires a free lock; hasLock and releaseLock', () => {
      const { locks } = setup();
      const lock = locks.getDocumentLock();
      lock.waitLock(1000);
      expect(lock.hasLock()).toBe(true);
      lock.releaseLock();
      expect(lock.hasLock()).toBe(false);
    });

    it('waitLock throws the lock timeout while another execution holds the lock', () => {
      const { env, addOn } = setup();
      env.locks.holdElsewhere('document');
      expect(() => addOn.run('takeLock')).toThrow('Lock timeout: another process was holding the lock for too long.');
    });

    it('tryLock returns false while another execution holds the lock, true once released', () => {
      const { env, locks } = setup();
      env.locks.holdElsewhere('script');
      expect(locks.getScriptLock().tryLock(5000)).toBe(false);
      env.locks.release('script');
      expect(locks.getScriptLock().tryLock(5000)).toBe(true);
    });

    it('waits for another execution that lets go within the timeout', () => {
      const { env, locks } = setup();
      env.locks.holdElsewhere('script', { releaseAfterMs: 2000 });
      expect(locks.getScriptLock().tryLock(1000)).toBe(false);
      expect(locks.getScriptLock().tryLock(3000)).toBe(true);
    });

    it('keeps user locks per user', () => {
      const { env, locks } = setup();
      env.locks.holdElsewhere('user', { user: 'biller@clinic.example' });
      expect(locks.getUserLock().tryLock(0)).toBe(true);
    });
  });

  describe('end of execution', () => {
    it('releases a lock the execution did not release', () => {
      const { env, addOn } = setup();
      expect(addOn.run('holdLockWithoutReleasing')).toBe(true);
      expect(env.locks.isHeld('script')).toBe(false);
    });

    it("keeps another execution's lock", () => {
      const { env, addOn } = setup();
      env.locks.holdElsewhere('script');
      expect(addOn.run('holdLockWithoutReleasing')).toBe(false);
      expect(env.locks.isHeld('script')).toBe(true);
    });
  });

  it('throws in AuthMode.NONE', () => {
    const { addOn } = setup();
    expect(() => addOn.run('takeLock', [], 'NONE')).toThrow(/AuthMode.NONE/);
  });
});
