/**
 * Saving in the visitor's own browser (localStorage), shared by every tool. Storage can be
 * blocked (privacy settings) or full; each call reports that instead of throwing, so a tool
 * keeps working for the visit and can say why its answers will not be kept.
 */
export type SaveResult = 'saved' | 'full' | 'blocked';

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

export function write(key: string, value: string): SaveResult {
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

export const SAVE_PROBLEMS: Record<Exclude<SaveResult, 'saved'>, string> = {
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
