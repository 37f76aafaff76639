// @ts-check (npm test type-checks this file as it is served)
// The one small script every page loads (its budget is in scripts/lib/budget.ts), with two jobs.

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

// 2. Registers the offline service worker once the page has loaded, so it never competes with the
// page for bandwidth; everything works without it. A browser asking to save data gets a worker
// told so (?save-data), which precaches nothing.
if ('serviceWorker' in navigator)
  addEventListener('load', () =>
    navigator.serviceWorker.register(navigator.connection?.saveData ? '/sw.js?save-data' : '/sw.js').catch(() => {}),
  );
