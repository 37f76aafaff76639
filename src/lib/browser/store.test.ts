import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { OUT_OF_DATE, SAVE_PROBLEMS, storedVersion, versionedKey } from './store';

let data: Map<string, string>;
beforeEach(() => {
  data = new Map();
  vi.stubGlobal('window', {
    localStorage: {
      getItem: (k: string) => data.get(k) ?? null,
      setItem: (k: string, v: string) => void data.set(k, v),
      removeItem: (k: string) => void data.delete(k),
    },
  });
});
afterEach(() => vi.unstubAllGlobals());

describe('storedVersion', () => {
  it('reads a whole-number version and nothing else', () => {
    expect(storedVersion('{"version":2}')).toBe(2);
    expect(storedVersion('{"version":"2"}')).toBeUndefined();
    expect(storedVersion('{"version":1.5}')).toBeUndefined();
    expect(storedVersion('not json')).toBeUndefined();
    expect(storedVersion('null')).toBeUndefined();
    expect(storedVersion(null)).toBeUndefined();
  });
});

describe('versionedKey', () => {
  it('writes and removes its own version’s data and older', () => {
    const store = versionedKey('k', 2);
    data.set('k', '{"version":1}');
    expect(store.write('{"version":2,"a":1}')).toBe('saved');
    expect(store.remove()).toBe(true);
    expect(data.has('k')).toBe(false);
    expect(store.outdated).toBe(false);
  });

  it('never writes over data a newer version saved, even after the page loaded', () => {
    const store = versionedKey('k', 1);
    expect(store.read().value).toBeNull();
    // Another tab, on a newer version, saves after this one loaded.
    data.set('k', '{"version":2,"new":"work"}');
    expect(store.write('{"version":1,"old":"tab"}')).toBe('outdated');
    expect(store.remove()).toBe(false);
    expect(data.get('k')).toBe('{"version":2,"new":"work"}');
    expect(store.outdated).toBe(true);
    // It stays out of date for the visit, even if the newer data goes.
    data.delete('k');
    expect(store.write('{"version":1}')).toBe('outdated');
    expect(data.has('k')).toBe(false);
    expect(SAVE_PROBLEMS.outdated).toBe(OUT_OF_DATE);
    expect(OUT_OF_DATE).toContain('This page is out of date: reload to see your latest answers');
  });

  it('notes newer data from another tab’s storage event', () => {
    const store = versionedKey('k', 3);
    expect(store.seen('{"version":3}')).toBe(false);
    expect(store.seen(null)).toBe(false);
    expect(store.seen('{"version":4}')).toBe(true);
    expect(store.outdated).toBe(true);
  });
});
