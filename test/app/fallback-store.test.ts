import { FallbackStore } from '../../src/app/fallback-store';
import { InMemoryStore } from '../fakes/in-memory-store';

class FullStore extends InMemoryStore {
  override set(): void {
    throw new Error('You have exceeded the property storage quota.');
  }
}

describe('FallbackStore', () => {
  it('writes to the primary store while it works', () => {
    const primary = new InMemoryStore();
    const fallback = new InMemoryStore();
    new FallbackStore(primary, fallback).set('k', 'v');
    expect([primary.get('k'), fallback.get('k')]).toEqual(['v', null]);
  });

  it('keeps the record in the fallback when the primary is full, and reads it back', () => {
    const fallback = new InMemoryStore();
    const store = new FallbackStore(new FullStore(), fallback);
    store.set('k', 'v');
    expect(store.get('k')).toBe('v');
    store.delete('k');
    expect(store.get('k')).toBeNull();
  });
});
