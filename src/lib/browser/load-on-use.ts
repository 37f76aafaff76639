/**
 * Loads the larger part of a tool's script only when someone starts to use the tool, so a first
 * visit that only reads the page does not download it (issue 25: every first visit 14 KB or less).
 * The tool's entry calls this at once, after showing the controls the script will drive, so the
 * page does not move when the rest arrives.
 *
 * "Starts to use" is focus, a press or a key inside the tool, or a change made without any of them
 * (as assistive technology or a test can make one). Whatever is done before the rest has
 * loaded is not lost: text typed and choices made are handed over as fresh input and change
 * events once it has set itself up, a button pressed is pressed again and a form sent is sent again.
 * If loading fails (offline, say), the tool says so at its top, the next use tries again, and what
 * was done meanwhile is still handed over when it loads.
 */

/** What a tool says when its script could not be loaded (offline, say): what was done is kept, and it tries again. */
export const LOAD_FAILED = 'This tool could not load. Check your connection: it tries again when you next use it, and keeps what you did.';

/** Events that carry what the user did: replayed, in order, once the rest of the script is running. */
const CARRIED = ['input', 'change', 'click', 'submit'] as const;
/** Events that say someone is about to use the tool: the rest starts loading on the first. */
const INTENT = ['focusin', 'pointerdown', 'keydown'] as const;

type Pending =
  | { type: 'input' | 'change'; target: EventTarget }
  | { type: 'click'; target: HTMLButtonElement }
  | { type: 'submit'; target: HTMLFormElement; submitter: HTMLElement | null };

/**
 * Loads `rest` (a dynamic import of the tool's own script, which sets itself up when it runs) on
 * the first use of `root`, or at once when `now` is true (saved data to restore, say, or a choice
 * already in the address). Returns a function that starts loading at once, for a reason the page sees
 * outside `root` (another tab saving the tool's data, say); it does nothing once loading has begun,
 * and if loading fails, the next use or call tries again.
 */
export function loadOnUse(root: HTMLElement, rest: () => Promise<unknown>, now = false): () => void {
  const pending: Pending[] = [];
  let loading: Promise<unknown> | undefined;

  const hold = (event: Event) => {
    const target = event.target;
    if (event.type === 'submit' && target instanceof HTMLFormElement) {
      event.preventDefault(); // sent again once the rest can handle it, by the same button (a form may have several)
      pending.push({ type: 'submit', target, submitter: (event as SubmitEvent).submitter });
    } else if (event.type === 'click') {
      // Only plain buttons: a click on a label or a choice arrives as its own input and change events.
      const button = target instanceof Element ? target.closest('button') : null;
      if (button?.type === 'button') pending.push({ type: 'click', target: button });
    } else if ((event.type === 'input' || event.type === 'change') && target) {
      // The latest of each event on each field is enough: the rest reads the field's value.
      const earlier = pending.findIndex((p) => p.type === event.type && p.target === target);
      if (earlier >= 0) pending.splice(earlier, 1);
      pending.push({ type: event.type, target });
    }
    start(); // a value can change without focus, a press or a key
  };

  const handOver = () => {
    for (const type of CARRIED) root.removeEventListener(type, hold, true);
    for (const type of INTENT) root.removeEventListener(type, start, true);
    for (const p of pending.splice(0)) {
      if (p.type === 'submit') p.target.requestSubmit(p.submitter);
      else if (p.type === 'click') p.target.click();
      else p.target.dispatchEvent(new Event(p.type, { bubbles: true }));
    }
  };

  /** Says, at the top of the tool, that its script could not be loaded; gone once it has been. */
  let failed: HTMLElement | undefined;
  function start() {
    loading ??= rest().then(
      () => {
        failed?.remove();
        handOver();
      },
      () => {
        loading = undefined; // the next use tries again
        if (!failed) {
          failed = document.createElement('p');
          failed.setAttribute('role', 'alert');
          failed.className = 'error';
          failed.textContent = LOAD_FAILED;
          root.prepend(failed);
        }
      },
    );
  }

  for (const type of CARRIED) root.addEventListener(type, hold, true);
  // Listened for even when loading at once, so a load that failed is tried again on the next use.
  for (const type of INTENT) root.addEventListener(type, start, { capture: true, passive: true });
  if (now) start();
  return start;
}

/**
 * loadOnUse for a tool that keeps its data in this browser under `key` (and a set-aside copy at
 * `<key>:backup`, src/lib/browser/set-aside.ts): the rest loads at once when either is there, or
 * when storage cannot be read (so the rest can say why), and as soon as another tab saves under
 * `key`; the saves heard before the rest ran are handed to it, in order, as the storage events it
 * would have heard itself. Returns whether it loads at once (something saved, or storage blocked).
 */
export function loadOnUseOrRestore(root: HTMLElement, rest: () => Promise<unknown>, key: string): boolean {
  let saved = true;
  try {
    saved = localStorage.getItem(key) !== null || localStorage.getItem(`${key}:backup`) !== null;
  } catch {
    // Blocked storage: the rest loads at once, to say so.
  }
  const heard: StorageEvent[] = [];
  const onStorage = (event: StorageEvent) => {
    if (event.key !== key) return;
    heard.push(event);
    load();
  };
  const load = loadOnUse(
    root,
    () =>
      rest().then(() => {
        removeEventListener('storage', onStorage);
        for (const event of heard.splice(0)) dispatchEvent(new StorageEvent('storage', event));
      }),
    saved,
  );
  addEventListener('storage', onStorage);
  return saved;
}
