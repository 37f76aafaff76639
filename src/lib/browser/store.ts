/**
 * Saving in the visitor's own browser (localStorage), shared by every tool. Storage can be
 * blocked (privacy settings) or full; each call reports that instead of throwing, so a tool
 * keeps working for the visit and can say why its answers will not be kept.
 */
export type SaveResult = 'saved' | 'full' | 'blocked' | 'outdated';

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

export function read(key: string): { value: string | null; blocked: boolean } {
  const s = storage();
  if (!s) return { value: null, blocked: true };
  try {
    return { value: s.getItem(key), blocked: false };
  } catch {
    return { value: null, blocked: true };
  }
}

export function write(key: string, value: string): Exclude<SaveResult, 'outdated'> {
  const s = storage();
  if (!s) return 'blocked';
  try {
    s.setItem(key, value);
    return 'saved';
  } catch (e) {
    return e instanceof DOMException && e.name === 'QuotaExceededError' ? 'full' : 'blocked';
  }
}

export function remove(key: string): void {
  try {
    storage()?.removeItem(key);
  } catch {
    // Nothing to remove if storage is blocked.
  }
}

/** Saved text parsed as JSON, or `undefined` if it is not JSON: the caller sets such text aside. */
export function parseSaved(raw: string): unknown {
  try {
    return JSON.parse(raw);
  } catch {
    return undefined;
  }
}

/** What a tool says, and keeps saying, once it finds its saved data was written by a newer version of itself. */
export const OUT_OF_DATE = 'This page is out of date: reload to see your latest answers. Nothing you change here will be saved.';

export const SAVE_PROBLEMS: Record<Exclude<SaveResult, 'saved'>, string> = {
  outdated: OUT_OF_DATE,
  full: 'Your browser’s storage for this site is full, so your latest changes are not saved. They will stay until you leave this page. Export them to a file to keep them.',
  blocked:
    'Your browser is not letting this site save anything, so your answers will last only while this page is open. Export them to a file to keep them.',
};

/**
 * Shows why the last save failed in the tool's alert box, or, once a save works again, takes
 * away a message that said storage was full (a blocked store stays blocked, so that one stays).
 */
export function reportSave(result: SaveResult, box: HTMLElement): void {
  if (result !== 'saved') box.textContent = SAVE_PROBLEMS[result];
  else if (box.textContent === SAVE_PROBLEMS.full) box.textContent = '';
}

/** The `version` number saved text carries, or undefined if it is not JSON or carries no whole number there. */
export function storedVersion(raw: string | null): number | undefined {
  if (raw === null) return undefined;
  const value = parseSaved(raw);
  const version = typeof value === 'object' && value !== null ? (value as { version?: unknown }).version : undefined;
  return typeof version === 'number' && Number.isInteger(version) ? version : undefined;
}

/**
 * A tool's own key, guarded so that a tab still running an older version of the tool never writes
 * over what a newer version saved. Every write and removal first reads the version stored now
 * (another tab may have saved since this page loaded); once newer data is seen the key is left
 * untouched for the rest of the visit, and `outdated` stays true so the tool can say so.
 */
export function versionedKey(key: string, version: number) {
  let outdated = false;
  return {
    /** True once data from a newer version has been seen under the key. */
    get outdated() {
      return outdated;
    },
    /** Notes text stored under the key (read now, or from another tab's storage event); true if it is newer. */
    seen(raw: string | null): boolean {
      if ((storedVersion(raw) ?? 0) > version) outdated = true;
      return outdated;
    },
    read(): { value: string | null; blocked: boolean } {
      const stored = read(key);
      this.seen(stored.value);
      return stored;
    },
    /** Writes `value`, unless newer data is stored (then nothing is written and the answer is 'outdated'). */
    write(value: string): SaveResult {
      this.read();
      return outdated ? 'outdated' : write(key, value);
    },
    /** Removes what is stored, unless it is newer: true if the key was cleared. */
    remove(): boolean {
      this.read();
      if (outdated) return false;
      remove(key);
      return true;
    },
  };
}
