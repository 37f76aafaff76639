/**
 * The calculator's entry, kept small so /job-planning/ arrives in one round trip (issue 25): it
 * shows the calculator at once, as the rest used to on load, so nothing moves when the rest
 * arrives, and loads the rest (client-engine.ts) when someone starts to use it, carrying over what
 * they did meanwhile (src/lib/browser/load-on-use.ts). It loads at once when this browser has
 * the calculator's data saved, or storage cannot be read (the rest restores it or says why not),
 * and when another tab saves a team: the rest then takes it as it would have on the page.
 */
import { loadOnUse } from '../../lib/browser/load-on-use';

/** The calculator's key in localStorage (client-engine.ts), and its set-aside copy beside it. */
const KEY = 'ahp-hub:job-planning';

const root = document.getElementById('calculator');
if (root && document.getElementById('jp-data')) {
  let saved = true;
  try {
    saved = localStorage.getItem(KEY) !== null || localStorage.getItem(`${KEY}:backup`) !== null;
  } catch {
    // Storage is blocked: the rest loads at once to say so.
  }
  // Tells the rest to restore what is saved. Without it the page opened with nothing saved, and
  // anything saved since came from another tab, which the rest hears of below.
  if (saved) root.dataset['saved'] = '';
  root.querySelector<HTMLElement>('.no-js-note')!.hidden = true;
  root.querySelector<HTMLElement>('.capacity-app')!.hidden = false;

  /** Saves another tab made before the rest was running: handed to it, in order, once it is. */
  const changes: StorageEvent[] = [];
  const onStorage = (event: StorageEvent) => {
    if (event.key !== KEY) return;
    changes.push(event);
    load();
  };
  const load = loadOnUse(
    root,
    () =>
      import('./client-engine').then(() => {
        removeEventListener('storage', onStorage);
        for (const event of changes) dispatchEvent(new StorageEvent('storage', event));
      }),
    saved,
  );
  addEventListener('storage', onStorage);
}
