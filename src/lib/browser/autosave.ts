/**
 * Saves a short while after typing stops, and at once when the page is hidden or left: a closed
 * tab, a reload or a phone switching apps never waits for the timer, so the last change is kept.
 * A change that arrives while the page is already hidden (typing a tool's script was handed when
 * it loaded late, src/lib/browser/load-on-use.ts) is saved at once too, as a hidden page may be
 * frozen before any timer runs.
 */
export function autosave(save: () => void, delay: number) {
  let timer: number | undefined;
  const flush = () => {
    if (timer === undefined) return;
    window.clearTimeout(timer);
    timer = undefined;
    save();
  };
  window.addEventListener('pagehide', flush);
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') flush();
  });
  return {
    /** Saves after `delay` ms unless asked again sooner; at once on a hidden page. */
    soon() {
      window.clearTimeout(timer);
      timer = window.setTimeout(flush, delay);
      if (document.visibilityState === 'hidden') flush();
    },
  };
}
