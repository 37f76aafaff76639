/**
 * Saved data a tool cannot use (written by an older version of it, or damaged) is never thrown
 * away unasked: it is kept in the browser beside the tool's own save, a notice says why, and the
 * notice's two buttons download it or discard it. Shared by the checklists and the job planning
 * calculator, whose markup has a `.backup` box holding the notice and both buttons.
 *
 * The copy kept aside is a list of distinct pieces of data, each kept once however often it is
 * met (a visit that finds the same data again adds nothing), and bounded in size: data that would
 * take it past MAX_SET_ASIDE is not kept in the browser, and the notice says so and offers it at once.
 */
import { download } from './download';
import { read, remove, write } from './store';

/** The most the set-aside copy of one tool may take in the browser, in characters as stored. */
export const MAX_SET_ASIDE = 200_000;

export interface SetAsideEntry {
  /** When it was set aside (ISO 8601), or '' for data set aside before dates were kept. */
  at: string;
  /** The data exactly as it was found. */
  data: string;
}

const FORMAT = 'ahp-hub:set-aside';

/**
 * The entries in a stored set-aside copy. Earlier versions kept plain text, appending the same
 * data again on every visit ("a\n\na\n\na"): such text is read as one entry, repeats collapsed.
 */
export function parseSetAside(text: string | null): SetAsideEntry[] {
  if (!text) return [];
  try {
    const value = JSON.parse(text) as { format?: unknown; entries?: unknown };
    if (value?.format === FORMAT && Array.isArray(value.entries))
      return value.entries
        .filter((e): e is SetAsideEntry => typeof e?.data === 'string')
        .map((e) => ({ at: typeof e.at === 'string' ? e.at : '', data: e.data }));
  } catch {
    // Not our format: the plain text of an earlier version, read below.
  }
  return [{ at: '', data: collapseRepeats(text) }];
}

/** `s` if the text is `s` repeated, joined by blank lines; otherwise the text as it is. */
function collapseRepeats(text: string): string {
  for (let n = Math.floor((text.length + 2) / 3); n >= 2; n -= 1) {
    if ((text.length + 2) % n !== 0) continue;
    const once = text.slice(0, (text.length + 2) / n - 2);
    if (Array(n).fill(once).join('\n\n') === text) return once;
  }
  return text;
}

export const setAsideText = (entries: SetAsideEntry[]): string => JSON.stringify({ format: FORMAT, entries });

export type AddOutcome = 'added' | 'already-kept' | 'too-large';

/** The entries with `data` added once: nothing is added if it is already there or if it would pass `max`. */
export function addSetAside(
  entries: SetAsideEntry[],
  data: string,
  at: string,
  max = MAX_SET_ASIDE,
): { entries: SetAsideEntry[]; outcome: AddOutcome } {
  if (entries.some((e) => e.data === data)) return { entries, outcome: 'already-kept' };
  const more = [...entries, { at, data }];
  return setAsideText(more).length > max ? { entries, outcome: 'too-large' } : { entries: more, outcome: 'added' };
}

/** What the download holds: the data alone if there is one piece, or each piece under a line saying when it was set aside. */
export function downloadText(entries: SetAsideEntry[]): string {
  if (entries.length === 1) return entries[0]!.data;
  return entries.map((e, i) => `--- Set aside ${i + 1} of ${entries.length}${e.at ? `, on ${e.at}` : ''} ---\n${e.data}`).join('\n\n');
}

export interface SetAsideOptions {
  /** The tool's own storage key; the set-aside copy lives at `<key>:backup`. */
  key: string;
  /** The notice box (hidden until there is something set aside). */
  box: HTMLElement;
  /** Where the notice's message goes, inside the box. */
  message: HTMLElement;
  /** The name the download is saved under. */
  fileName: string;
  /** Tells the visitor what happened (the tool's status line). */
  say: (text: string) => void;
  /** What `say` reports once the set-aside data has been discarded. */
  discarded: string;
  /** Where focus goes once the notice (and the button pressed) is hidden by a discard. */
  afterDiscard?: HTMLElement;
}

export function setAside({ key, box, message, fileName, say, discarded, afterDiscard }: SetAsideOptions) {
  const backupKey = `${key}:backup`;
  /** What is kept in the browser. */
  let stored: SetAsideEntry[] = [];
  /** What the download offers: what is stored, and anything this visit could not store. */
  let offered: SetAsideEntry[] = [];
  const show = (text: string) => {
    message.textContent = text;
    box.hidden = offered.length === 0;
  };
  return {
    /** How many pieces of data are kept aside in the browser. */
    get count() {
      return stored.length;
    },
    /**
     * Shows what an earlier visit set aside, if anything, with `text` as the notice. A copy in
     * an earlier version's format with the same data repeated is rewritten once in this one.
     */
    restore(text: string) {
      const raw = read(backupKey).value;
      stored = parseSetAside(raw);
      offered = [...stored];
      // Rewritten only when that changes what is kept (repeats collapsed); other text is left exactly as it is.
      const asFound = stored.length === 1 && stored[0]!.at === '' && stored[0]!.data === raw;
      if (raw !== null && stored.length > 0 && !asFound && setAsideText(stored) !== raw) write(backupKey, setAsideText(stored));
      if (stored.length > 0) show(text);
    },
    /**
     * Sets `raw` aside in the browser, once, and shows the notice: `problem` says what could not
     * be used; the notice says it was kept only if it is, and otherwise asks for the download now,
     * before the page is left. True if the data is kept in the browser (now or already).
     */
    keep(raw: string, problem: string): boolean {
      const before = stored.length;
      const { entries, outcome } = addSetAside(stored, raw, new Date().toISOString());
      const written = outcome === 'already-kept' || (outcome === 'added' && write(backupKey, setAsideText(entries)) === 'saved');
      if (written) stored = entries;
      if (!offered.some((e) => e.data === raw)) offered.push({ at: new Date().toISOString(), data: raw });
      const why = outcome === 'too-large' ? 'is too large to keep in this browser' : 'could not be kept in this browser';
      const earlier = before > 0 ? ' (what was set aside on an earlier visit still is)' : '';
      show(
        written
          ? `${problem} That data has been kept aside in this browser: you can download it.`
          : `${problem} That data ${why}${earlier}, so download it now: it will be lost when you leave this page.`,
      );
      return written;
    },
    /** Removes everything set aside, from the browser and the notice; the number of pieces of data there were. */
    clear(): number {
      const had = Math.max(stored.length, offered.length);
      stored = [];
      offered = [];
      remove(backupKey);
      box.hidden = true;
      return had;
    },
    /** The notice's buttons, by their `data-action`. */
    actions: {
      'download-backup': () => {
        if (offered.length > 0) download(fileName, downloadText(offered), 'text/plain');
      },
      'discard-backup': () => {
        stored = [];
        offered = [];
        remove(backupKey);
        box.hidden = true;
        say(discarded);
        // The button just pressed has gone with its box: focus goes where the tool asks, not to the page's start.
        afterDiscard?.focus();
      },
    },
  };
}
