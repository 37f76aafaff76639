// What src/features/offline/service-worker.js is given beyond the service worker's own types (tsconfig.worker.json).

/** The shell's paths, put before the worker's text by src/pages/sw.js.ts at build time. */
declare const SHELL: string[];
/** A hash of the shell and the worker, also put there at build time. */
declare const VERSION: string;
/** This build's search (its tag and manifest), filled in by the search integration; null in `astro dev`. */
declare const SEARCH_BUILD: { tag: string; manifest: string } | null;
/** The build's module graph: each script under /_astro/ with the scripts it imports. */
declare const IMPORTS: Partial<Record<string, string[]>>;

/** Chromium's Network Information API: only its save-data flag is read. */
interface WorkerNavigator {
  readonly connection?: { readonly saveData?: boolean };
}
