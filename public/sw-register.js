// Registers the offline service worker; everything else works without it.
if ('serviceWorker' in navigator) navigator.serviceWorker.register('/sw.js').catch(() => {});
