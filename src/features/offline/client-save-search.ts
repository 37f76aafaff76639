/**
 * "Save search for offline use", on /search/ and the offline page: says whether search works
 * offline in this browser and, when it does not yet and the browser is online, offers to save it,
 * saying its size first. The service worker does the saving (a message, answered on a port), into
 * a cache named after this build's search, so a new deploy replaces it. Nothing is fetched unless
 * the button is pressed. Without a service worker the section stays hidden.
 */
import { sizeForPeople, type SearchBuild } from '../search/build-data';

interface WorkerAnswer {
  saved?: boolean;
  available?: boolean;
  failed?: boolean;
}

async function ask(type: 'search-status' | 'save-search'): Promise<WorkerAnswer> {
  const registration = await navigator.serviceWorker.ready;
  const worker = navigator.serviceWorker.controller ?? registration.active;
  if (!worker) return {};
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = (event: MessageEvent<WorkerAnswer>) => resolve(event.data ?? {});
    worker.postMessage({ type }, [channel.port2]);
  });
}

export function offerOfflineSearch(section: HTMLElement, build: SearchBuild | undefined): void {
  const text = section.querySelector<HTMLElement>('[data-offline-status]');
  const button = section.querySelector<HTMLButtonElement>('button');
  if (!build || !text || !button || !('serviceWorker' in navigator)) return;
  const size = sizeForPeople(build.bytes);

  const show = (answer: WorkerAnswer) => {
    if (!answer.available) return;
    section.hidden = false;
    button.disabled = false;
    if (answer.saved) {
      text.textContent = 'Search works offline in this browser: it is saved for this version of the hub.';
      button.hidden = true;
    } else if (answer.failed) {
      text.textContent = 'Search could not be saved just now. Try again when you have a steady connection.';
      button.hidden = !navigator.onLine;
    } else if (navigator.onLine) {
      text.textContent = `Offline, search works only for searches already made in this browser. Saving the whole search lets any search work offline: it downloads ${size}.`;
      button.textContent = `Save search for offline use (${size})`;
      button.hidden = false;
    } else {
      text.textContent = 'Search is not saved in this browser, so offline only searches already made here work.';
      button.hidden = true;
    }
  };

  button.addEventListener('click', () => {
    button.disabled = true;
    text.textContent = `Saving search for offline use (${size})…`;
    void ask('save-search').then(show, () => show({ available: true, failed: true }));
  });
  void ask('search-status').then(show, () => undefined);
}
