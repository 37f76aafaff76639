/**
 * Makes the route finder quicker with JavaScript: shows a form that asks both questions at once
 * and goes straight to the answer's own static page. Without it, the page's links do the same.
 */
import { finderHref, isProfession, isStartId } from '../lib/route-finder';

const form = document.querySelector<HTMLFormElement>('form[data-route-finder]');

if (form) {
  form.hidden = false;
  form.addEventListener('submit', (event) => {
    const data = new FormData(form);
    const start = data.get('start');
    const profession = data.get('profession');
    if (!isStartId(start)) return;
    event.preventDefault();
    window.location.assign(finderHref(start, isProfession(profession) ? profession : undefined));
  });
}
