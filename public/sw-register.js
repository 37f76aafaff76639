// Registers the offline service worker once the page has loaded, so it never competes with the
// page for bandwidth; everything works without it. A browser asking to save data gets a worker
// told so (?save-data), which precaches nothing.
if ('serviceWorker' in navigator)
  addEventListener('load', () =>
    navigator.serviceWorker.register(navigator.connection?.saveData ? '/sw.js?save-data' : '/sw.js').catch(() => {}),
  );
