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

/** The stored copy: this marker, then each distinct piece of data set aside, oldest first. */
const FORMAT = 'ahp-hub:set-aside';

/**
 * The pieces of data in a stored set-aside copy. Earlier versions kept plain text, appending the
 * same data again on every visit ("a\n\na\n\na"): such text is read as one piece, repeats collapsed.
 */
export function parseSetAside(text: string | null): string[] {
  if (!text) return [];
  try {
    const value: unknown = JSON.parse(text);
    if (Array.isArray(value) && value[0] === FORMAT) return value.slice(1).filter((d): d is string => typeof d === 'string');
  } catch {
    // Not our format: the plain text of an earlier version, read below.
  }
  const once = text.split('\n\n')[0]!;
  const times = (text.length + 2) / (once.length + 2);
  return [Number.isInteger(times) && Array(times).fill(once).join('\n\n') === text ? once : text];
}

export const setAsideText = (pieces: string[]): string => JSON.stringify([FORMAT, ...pieces]);

/** `pieces` with `data` added once, unless it is there already or would take the copy past `max`. */
export function addSetAside(pieces: string[], data: string, max = MAX_SET_ASIDE): string[] | 'already-kept' | 'too-large' {
  if (pieces.includes(data)) return 'already-kept';
  const more = [...pieces, data];
  return setAsideText(more).length > max ? 'too-large' : more;
}

/** What the download holds: the data as it was found, several pieces each under a line that numbers it. */
export const downloadText = (pieces: string[]): string =>
  pieces.length === 1 ? pieces[0]! : pieces.map((d, i) => `--- ${i + 1} of ${pieces.length} ---\n${d}`).join('\n\n');

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
  let stored: string[] = [];
  /** What the download offers: what is stored, and anything this visit could not store. */
  let offered: string[] = [];
  const show = (text: string) => {
    message.textContent = text;
    box.hidden = !offered.length;
  };
  const clear = () => {
    const had = offered.length;
    stored = [];
    offered = [];
    remove(backupKey);
    box.hidden = true;
    return had;
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
      if (raw !== null && stored[0] !== raw && setAsideText(stored) !== raw) write(backupKey, setAsideText(stored));
      if (stored.length) show(text);
    },
    /**
     * Sets `raw` aside in the browser, once, and shows the notice: `problem` says what could not
     * be used; the notice says it was kept only if it is, and otherwise asks for the download now,
     * before the page is left. True if the data is kept in the browser (now or already).
     */
    keep(raw: string, problem: string): boolean {
      const earlier = stored.length ? ' (what was set aside on an earlier visit still is)' : '';
      const added = addSetAside(stored, raw);
      const kept = added === 'already-kept' || (added !== 'too-large' && write(backupKey, setAsideText(added)) === 'saved');
      if (kept && typeof added !== 'string') stored = added;
      if (!offered.includes(raw)) offered.push(raw);
      show(
        `${problem} That data ${
          kept
            ? 'has been kept aside in this browser: you can download it.'
            : `${added === 'too-large' ? 'is too large to keep' : 'could not be kept'} in this browser${earlier}, so download it now: it will be lost when you leave this page.`
        }`,
      );
      return kept;
    },
    /** Removes everything set aside, from the browser and the notice; the number of pieces of data there were. */
    clear,
    /** The notice's buttons, by their `data-action`. */
    actions: {
      'download-backup': () => {
        if (offered.length) download(fileName, downloadText(offered), 'text/plain');
      },
      'discard-backup': () => {
        clear();
        say(discarded);
        // The button just pressed has gone with its box: focus goes where the tool asks, not to the page's start.
        afterDiscard?.focus();
      },
    },
  };
}
