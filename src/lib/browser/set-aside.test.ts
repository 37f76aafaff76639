import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MAX_SET_ASIDE, addSetAside, downloadText, parseSetAside, setAside, setAsideText } from './set-aside';

/** A Map-backed localStorage that can be made full, as a browser's is when its quota is used. */
function fakeStorage() {
  const data = new Map<string, string>();
  const s = {
    full: false,
    data,
    getItem: (k: string) => data.get(k) ?? null,
    setItem: (k: string, v: string) => {
      if (s.full) throw new DOMException('full', 'QuotaExceededError');
      data.set(k, v);
    },
    removeItem: (k: string) => void data.delete(k),
  };
  return s;
}
/** The notice's elements, as plain objects: set-aside only sets their text and `hidden`. */
const notice = () => ({ box: { hidden: true } as HTMLElement, message: { textContent: '' } as HTMLElement });

let storage: ReturnType<typeof fakeStorage>;
beforeEach(() => {
  storage = fakeStorage();
  vi.stubGlobal('window', { localStorage: storage });
});
afterEach(() => vi.unstubAllGlobals());

describe('the set-aside copy', () => {
  it('reads its own format, and an earlier version’s plain text with its repeats collapsed', () => {
    expect(parseSetAside(setAsideText(['{"x": broken', 'two']))).toEqual(['{"x": broken', 'two']);
    expect(parseSetAside(null)).toEqual([]);
    // The four visits: 9, 20, 31 and 42 characters, one piece of data appended again each time.
    const once = '{"a": bad';
    for (const n of [1, 2, 3, 4]) {
      const text = Array(n).fill(once).join('\n\n');
      expect(text.length).toBe([9, 20, 31, 42][n - 1]);
      expect(parseSetAside(text)).toEqual([once]);
    }
    expect(parseSetAside('one\n\ntwo')).toEqual(['one\n\ntwo']);
    expect(parseSetAside('ab\n\nab\n\nabc')).toEqual(['ab\n\nab\n\nabc']);
  });

  it('adds a piece of data once, and never past its size limit', () => {
    expect(addSetAside([], 'a')).toEqual(['a']);
    expect(addSetAside(['a'], 'a')).toBe('already-kept');
    expect(addSetAside(['a'], 'x'.repeat(MAX_SET_ASIDE))).toBe('too-large');
  });

  it('downloads one piece as it was found, and several each under a heading', () => {
    expect(downloadText(['raw'])).toBe('raw');
    expect(downloadText(['one', 'two'])).toBe('--- 1 of 2 ---\none\n\n--- 2 of 2 ---\ntwo');
  });
});

describe('setAside in the browser', () => {
  const make = () => {
    const n = notice();
    return { n, aside: setAside({ key: 'k', ...n, fileName: 'f.txt', say: () => {}, discarded: 'gone' }) };
  };

  it('keeps the same data once however many visits find it, and says it is kept', () => {
    for (let visit = 0; visit < 4; visit += 1) {
      const { n, aside } = make();
      aside.restore('earlier');
      expect(aside.keep('{"a": bad', 'Unreadable.')).toBe(true);
      expect(n.message.textContent).toBe('Unreadable. That data has been kept aside in this browser: you can download it.');
      expect(n.box.hidden).toBe(false);
    }
    expect(parseSetAside(storage.data.get('k:backup')!)).toHaveLength(1);
  });

  it('rewrites an earlier version’s repeated copy once, in the new format', () => {
    storage.data.set('k:backup', 'old\n\nold\n\nold');
    const { n, aside } = make();
    aside.restore('Set aside earlier.');
    expect(parseSetAside(storage.data.get('k:backup')!)).toEqual(['old']);
    expect(n.message.textContent).toBe('Set aside earlier.');
    expect(aside.count).toBe(1);
  });

  it('never says data could not be kept when it is, and says exactly what is kept when it is not', () => {
    const { n, aside } = make();
    aside.restore('earlier');
    aside.keep('first', 'Problem.');
    storage.full = true;
    // Already kept: true, however full the storage.
    expect(aside.keep('first', 'Problem.')).toBe(true);
    expect(n.message.textContent).not.toContain('could not be kept');
    expect(aside.keep('second', 'Problem.')).toBe(false);
    expect(n.message.textContent).toBe(
      'Problem. That data could not be kept in this browser (what was set aside on an earlier visit still is), so download it now: it will be lost when you leave this page.',
    );
    expect(aside.keep('x'.repeat(MAX_SET_ASIDE), 'Big.')).toBe(false);
    expect(n.message.textContent).toContain('is too large to keep in this browser');
    expect(parseSetAside(storage.data.get('k:backup')!)).toHaveLength(1);
  });

  it('clears everything it kept and says how much there was', () => {
    const { n, aside } = make();
    aside.restore('');
    aside.keep('one', 'P.');
    aside.keep('two', 'P.');
    expect(aside.clear()).toBe(2);
    expect(storage.data.has('k:backup')).toBe(false);
    expect(n.box.hidden).toBe(true);
    expect(aside.clear()).toBe(0);
  });
});

describe('an earlier copy without repeats', () => {
  it('is left exactly as it was found until something new is set aside', () => {
    storage.data.set('k:backup', 'one\n\ntwo');
    const n = notice();
    setAside({ key: 'k', ...n, fileName: 'f.txt', say: () => {}, discarded: '' }).restore('Earlier.');
    expect(storage.data.get('k:backup')).toBe('one\n\ntwo');
    expect(n.box.hidden).toBe(false);
  });
});
