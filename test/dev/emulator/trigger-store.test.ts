import { TriggerStore } from '../../../dev/emulator/trigger-store';

describe('TriggerStore', () => {
  describe('add', () => {
    it('allows at most 20 triggers per user per script', () => {
      const store = new TriggerStore();
      // Bypass the one-per-type rule by spreading kinds across owners' lists is impossible, so seed directly.
      store.restore({ triggers: Array.from({ length: 20 }, (_, i) => ({ id: String(i + 1), handlerFunction: `f${i}`, kind: 'ON_CHANGE', owner: 'a@x.example' })) });
      expect(() => store.add({ handlerFunction: 'g', kind: 'CLOCK', owner: 'a@x.example' })).toThrow(
        'This script has too many triggers. Triggers must be deleted from the script before more can be added.',
      );
      expect(() => store.add({ handlerFunction: 'g', kind: 'CLOCK', owner: 'b@x.example' })).not.toThrow();
    });

    it('gives each trigger a new id, also after a restore', () => {
      const store = new TriggerStore();
      const a = store.add({ handlerFunction: 'f', kind: 'CLOCK', owner: 'a@x.example' });
      const restored = new TriggerStore();
      restored.restore(JSON.parse(JSON.stringify(store.toJSON())));
      const b = restored.add({ handlerFunction: 'f', kind: 'CLOCK', owner: 'b@x.example' });
      expect(b.id).not.toBe(a.id);
    });
  });
});
