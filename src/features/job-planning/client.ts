/**
 * The calculator's entry, kept small so /job-planning/ arrives in one round trip (issue 25): it
 * shows the calculator at once, as the rest used to on load, so nothing moves when the rest
 * arrives, and loads the rest (client-engine.ts) when someone starts to use it, carrying over what
 * they did meanwhile (src/lib/browser/load-on-use.ts). It loads at once when this browser has
 * the calculator's data saved, or storage cannot be read (the rest restores it or says why not),
 * and when another tab saves a team: the rest then takes it as it would have on the page.
 */
import { loadOnUseOrRestore } from '../../lib/browser/load-on-use';

const root = document.getElementById('calculator');
if (root && document.getElementById('jp-data')) {
  root.querySelector<HTMLElement>('.no-js-note')!.hidden = true;
  root.querySelector<HTMLElement>('.capacity-app')!.hidden = false;
  // The rest's storage key (client-engine.ts).
  const saved = loadOnUseOrRestore(root, () => import('./client-engine'), 'ahp-hub:job-planning');
  // Tells the rest to restore what is saved. Without it the page opened with nothing saved, and
  // anything saved since came from another tab, which the rest hears of as a storage event.
  if (saved) root.dataset['saved'] = '';
}
