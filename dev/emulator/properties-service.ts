/**
 * PropertiesService with Apps Script's limits: 9 KB per value and 500 KB per store (key + value bytes).
 * All three stores need at least AuthMode.LIMITED: an add-on's onOpen in AuthMode.NONE may only build its menu.
 * User properties are kept per user, so an installable trigger sees its owner's store.
 */
import { counted } from './call-counter';
import { effectiveUser, type ServiceContext } from './service-context';

export const PROPERTY_VALUE_LIMIT_BYTES = 9 * 1024;
export const PROPERTY_STORE_LIMIT_BYTES = 500 * 1024;

export type PropertyMap = Record<string, string>;

/** The stores' contents, owned by the environment (and saved in its snapshot). */
export class PropertyStores {
  document: PropertyMap = {};
  script: PropertyMap = {};
  readonly users = new Map<string, PropertyMap>();

  user(email: string): PropertyMap {
    let map = this.users.get(email);
    if (!map) {
      map = {};
      this.users.set(email, map);
    }
    return map;
  }

  toJSON(): { document: PropertyMap; script: PropertyMap; users: Record<string, PropertyMap> } {
    return { document: { ...this.document }, script: { ...this.script }, users: Object.fromEntries(this.users) };
  }

  static fromJSON(json: unknown): PropertyStores {
    const stores = new PropertyStores();
    if (json && typeof json === 'object') {
      const j = json as { document?: PropertyMap; script?: PropertyMap; users?: Record<string, PropertyMap> };
      stores.document = { ...j.document };
      stores.script = { ...j.script };
      for (const [user, map] of Object.entries(j.users ?? {})) stores.users.set(user, { ...map });
    }
    return stores;
  }
}

const bytes = (s: string): number => Buffer.byteLength(s, 'utf8');

function storeBytes(map: PropertyMap): number {
  let total = 0;
  for (const [k, v] of Object.entries(map)) total += bytes(k) + bytes(v);
  return total;
}

function createProperties(ctx: ServiceContext, map: () => PropertyMap): GoogleAppsScript.Properties.Properties {
  const guard = (method: string): PropertyMap => {
    ctx.auth.require('LIMITED', `Properties.${method}`);
    return map();
  };
  // Checks the whole write before applying any of it, so a failed setProperties changes nothing.
  const write = (method: string, entries: Array<[string, string]>, deleteAllOthers: boolean): void => {
    const current = guard(method);
    for (const [, v] of entries) {
      if (bytes(v) > PROPERTY_VALUE_LIMIT_BYTES) throw new Error('Argument too large: value');
    }
    const next: PropertyMap = deleteAllOthers ? {} : { ...current };
    for (const [k, v] of entries) next[k] = v;
    if (storeBytes(next) > PROPERTY_STORE_LIMIT_BYTES) {
      throw new Error('You have exceeded the property storage quota. Please remove some properties and try again.');
    }
    for (const k of Object.keys(current)) delete current[k];
    Object.assign(current, next);
  };

  const raw = {
    getProperty: (key: string): string | null => {
      const m = guard('getProperty');
      return Object.prototype.hasOwnProperty.call(m, key) ? (m[key] ?? null) : null;
    },
    getProperties: (): PropertyMap => ({ ...guard('getProperties') }),
    getKeys: (): string[] => Object.keys(guard('getKeys')),
    setProperty: (key: string, value: unknown) => {
      if (key === undefined || key === null || key === '') throw new Error('Invalid argument: key');
      write('setProperty', [[String(key), String(value)]], false);
      return properties;
    },
    setProperties: (values: Record<string, unknown>, deleteAllOthers?: boolean) => {
      const entries = Object.entries(values ?? {}).map(([k, v]): [string, string] => [k, String(v)]);
      write('setProperties', entries, deleteAllOthers === true);
      return properties;
    },
    deleteProperty: (key: string) => {
      delete guard('deleteProperty')[String(key)];
      return properties;
    },
    deleteAllProperties: () => {
      const m = guard('deleteAllProperties');
      for (const k of Object.keys(m)) delete m[k];
      return properties;
    },
  };
  const properties = counted(raw, 'Properties', ctx.counter) as unknown as GoogleAppsScript.Properties.Properties;
  return properties;
}

export function createPropertiesService(
  ctx: ServiceContext,
  stores: PropertyStores,
): GoogleAppsScript.Properties.PropertiesService {
  const raw = {
    getDocumentProperties: () => {
      ctx.auth.require('LIMITED', 'PropertiesService.getDocumentProperties');
      return createProperties(ctx, () => stores.document);
    },
    getUserProperties: () => {
      ctx.auth.require('LIMITED', 'PropertiesService.getUserProperties');
      const user = effectiveUser(ctx);
      return createProperties(ctx, () => stores.user(user));
    },
    getScriptProperties: () => {
      ctx.auth.require('LIMITED', 'PropertiesService.getScriptProperties');
      return createProperties(ctx, () => stores.script);
    },
  };
  return counted(raw, 'PropertiesService', ctx.counter) as unknown as GoogleAppsScript.Properties.PropertiesService;
}
