/**
 * The data-saver flag of the Network Information API, which Chromium-based browsers offer and
 * TypeScript's DOM types leave out. src/lib/browser/sw-register.js and the service worker read it.
 */
interface NetworkInformation {
  readonly saveData?: boolean;
}

interface Navigator {
  readonly connection?: NetworkInformation;
}
