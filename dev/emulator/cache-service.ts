/**
 * CacheService with expiry on the emulated clock (advance it with env.setNow to expire entries).
 * Limits as documented: keys up to 250 characters, values up to 100 KB, expiry up to 6 hours (default 10 min).
 */
import { counted } from './call-counter';
import { effectiveUser, type ServiceContext } from './service-context';

export const CACHE_KEY_LIMIT = 250;
export const CACHE_VALUE_LIMIT_BYTES = 100 * 1024;
const DEFAULT_SECONDS = 600;
const MAX_SECONDS = 21600;

interface Entry {
  value: string;
  expiresAt: number;
}

/** All caches' contents; not part of the saved state (a cache is allowed to forget). */
export class CacheStores {
  private readonly caches = new Map<string, Map<string, Entry>>();

  get(name: string): Map<string, Entry> {
    let c = this.caches.get(name);
    if (!c) {
      c = new Map();
      this.caches.set(name, c);
    }
    return c;
  }
}

function createCache(ctx: ServiceContext, entries: Map<string, Entry>): GoogleAppsScript.Cache.Cache {
  const checkKey = (key: unknown): string => {
    const k = String(key);
    if (k.length > CACHE_KEY_LIMIT) throw new Error(`Argument too large: key`);
    return k;
  };
  const checkValue = (value: unknown): string => {
    const v = String(value);
    if (Buffer.byteLength(v, 'utf8') > CACHE_VALUE_LIMIT_BYTES) throw new Error('Argument too large: value');
    return v;
  };
  const expiry = (seconds: unknown): number => {
    const s = seconds === undefined ? DEFAULT_SECONDS : Math.min(Number(seconds), MAX_SECONDS);
    return ctx.clock.millis() + s * 1000;
  };
  const read = (key: string): string | null => {
    const e = entries.get(key);
    if (!e) return null;
    if (e.expiresAt <= ctx.clock.millis()) {
      entries.delete(key);
      return null;
    }
    return e.value;
  };

  const raw = {
    get: (key: string) => read(checkKey(key)),
    getAll: (keys: string[]) => {
      const out: Record<string, string> = {};
      for (const key of keys) {
        const v = read(checkKey(key));
        if (v !== null) out[key] = v;
      }
      return out;
    },
    put: (key: string, value: string, seconds?: number) => {
      entries.set(checkKey(key), { value: checkValue(value), expiresAt: expiry(seconds) });
    },
    putAll: (values: Record<string, string>, seconds?: number) => {
      const checked = Object.entries(values).map(([k, v]) => [checkKey(k), checkValue(v)] as const);
      for (const [k, v] of checked) entries.set(k, { value: v, expiresAt: expiry(seconds) });
    },
    remove: (key: string) => {
      entries.delete(checkKey(key));
    },
    removeAll: (keys: string[]) => {
      for (const key of keys) entries.delete(checkKey(key));
    },
  };
  return counted(raw, 'Cache', ctx.counter) as unknown as GoogleAppsScript.Cache.Cache;
}

export function createCacheService(ctx: ServiceContext, stores: CacheStores): GoogleAppsScript.Cache.CacheService {
  const get = (method: string, name: string) => {
    ctx.auth.require('LIMITED', `CacheService.${method}`);
    return createCache(ctx, stores.get(name));
  };
  const raw = {
    getDocumentCache: () => get('getDocumentCache', 'document'),
    getScriptCache: () => get('getScriptCache', 'script'),
    getUserCache: () => get('getUserCache', `user:${effectiveUser(ctx)}`),
  };
  return counted(raw, 'CacheService', ctx.counter) as unknown as GoogleAppsScript.Cache.CacheService;
}
