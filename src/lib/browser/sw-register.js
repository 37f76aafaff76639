// @ts-check (npm test type-checks this file; /sw-register.js serves it minified, src/pages/sw-register.js.ts)
// The one small script every page loads (its budget is in scripts/lib/budget.ts), with three jobs.

// 1. The header's "Menu" link (SiteHeader.astro) opens the navigation through CSS :target without
// script; here it becomes a button that shows and hides the navigation in place and says whether
// it is open (aria-expanded).
{
  const menuLink = document.querySelector('.menu-link');
  const menu = document.getElementById('site-nav');
  if (menuLink && menu) {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = menuLink.className;
    button.textContent = menuLink.textContent;
    button.setAttribute('aria-controls', menu.id);
    /** @param {boolean} open */
    const show = (open) => {
      button.setAttribute('aria-expanded', String(open));
      menu.classList.toggle('open', open);
    };
    show(location.hash === '#site-nav');
    button.addEventListener('click', () => show(button.getAttribute('aria-expanded') !== 'true'));
    menu.classList.add('toggled');
    menuLink.replaceWith(button);
  }
}

// 2. A table's wrapper (TableScroll.astro) is a focusable named region only while its table is
// too wide to fit, checked whenever either changes size.
{
  const fit = new ResizeObserver((entries) => {
    for (const { target } of entries) {
      const region = /** @type {HTMLElement} */ (target.closest('.table-scroll'));
      if (region.scrollWidth > region.clientWidth) {
        region.tabIndex = 0;
        region.setAttribute('aria-label', region.dataset.label ?? '');
      } else {
        region.removeAttribute('tabindex');
        region.removeAttribute('aria-label');
      }
    }
  });
  for (const region of document.querySelectorAll('.table-scroll')) {
    if (!(region instanceof HTMLElement)) continue;
    region.dataset.label = region.getAttribute('aria-label') ?? '';
    fit.observe(region);
    if (region.firstElementChild) fit.observe(region.firstElementChild);
  }
}

// 3. Registers the offline service worker once the page has loaded, so it never competes with the
// page for bandwidth; everything works without it. A browser asking to save data gets a worker
// told so (?save-data), which precaches nothing.
if ('serviceWorker' in navigator)
  addEventListener('load', () =>
    navigator.serviceWorker.register(navigator.connection?.saveData ? '/sw.js?save-data' : '/sw.js').catch(() => {}),
  );
