/**
 * A checklist page's entry, kept small so the page's first visit arrives in one round trip: it shows
 * the tool bar and the progress lines (their text is written at build time, for no answers yet) and
 * loads the rest of the checklist's script (client-engine.ts) when the checklist is first used
 * (src/lib/browser/load-on-use.ts hands over what was done meanwhile). It loads it at once when this
 * browser holds something saved for this checklist (answers, or answers set aside), or its storage
 * cannot be read (the rest says why), and as soon as another tab saves answers to it, which the rest
 * then brings in as if it had heard that tab itself. A print before then shows every answer, to fill
 * in on paper: the rest marks the tool .enhanced, to print only the answers chosen, once it has
 * chosen one for each question.
 */
import { loadOnUseOrRestore } from '../../lib/browser/load-on-use';

const root = document.querySelector<HTMLElement>('.checklist[data-checklist]');
if (root) {
  for (const shown of root.querySelectorAll<HTMLElement>('.tool-bar, .section-progress')) shown.hidden = false;
  root.querySelector<HTMLElement>('.no-js-note')!.hidden = true;
  // The rest's storage key (src/lib/browser/store.ts: versionedKey).
  loadOnUseOrRestore(root, () => import('./client-engine'), `ahp-hub:checklist:${root.dataset['checklist']}`);
}
