/**
 * Saved data a tool cannot use (written by an older version of it, or damaged) is never thrown
 * away unasked: it is kept in the browser beside the tool's own save, a notice says why, and the
 * notice's two buttons download it or discard it. Shared by the checklists and the job planning
 * calculator, whose markup has a `.backup` box holding the notice and both buttons.
 */
import { download } from './download';
import { read, remove, write } from './store';

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
}

export function setAside({ key, box, message, fileName, say, discarded }: SetAsideOptions) {
  const backupKey = `${key}:backup`;
  let kept: string | null = null;
  const show = (raw: string, text: string) => {
    kept = raw;
    message.textContent = text;
    box.hidden = false;
  };
  return {
    /** Shows what an earlier visit set aside, if anything, with `text` as the notice. */
    restore(text: string) {
      const earlier = read(backupKey).value;
      if (earlier) show(earlier, text);
    },
    /**
     * Sets `raw` aside in the browser (after anything set aside earlier) and shows the notice:
     * `problem` says what could not be used; the notice then says it was kept only if it was
     * written, and otherwise asks for the download now, before the page is left.
     */
    keep(raw: string, problem: string) {
      const all = kept ? `${kept}\n\n${raw}` : raw;
      const written = write(backupKey, all) === 'saved';
      show(
        all,
        written
          ? `${problem} That data has been kept aside in this browser: you can download it.`
          : `${problem} That data could not be kept in this browser, so download it now: it will be lost when you leave this page.`,
      );
    },
    /** The notice's buttons, by their `data-action`. */
    actions: {
      'download-backup': () => {
        if (kept) download(fileName, kept, 'text/plain');
      },
      'discard-backup': () => {
        kept = null;
        remove(backupKey);
        box.hidden = true;
        say(discarded);
      },
    },
  };
}
