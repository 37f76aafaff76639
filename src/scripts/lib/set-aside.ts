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
    /** Sets `raw` aside in the browser and shows the notice with `text`. */
    keep(raw: string, text: string) {
      write(backupKey, raw);
      show(raw, text);
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
