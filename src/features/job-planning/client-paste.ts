/** Adding rows pasted from a spreadsheet: the report of what was added, questioned and refused. */
import type { LeaveRules } from './capacity';
import { parsePaste } from './paste';
import type { Member } from './team';
import { el, within } from './client-dom';

/**
 * Reads the paste box, hands the people it could add to `add`, and reports; the rows it could
 * not add stay in the box (under the header row) to correct. Returns the report, and whether the
 * rows could be read at all.
 */
export function pasteRows(root: HTMLElement, rules: LeaveRules, add: (members: Member[]) => void): { read: boolean; message: string } {
  const $ = within(root);
  const box = $<HTMLTextAreaElement>('#jp-paste');
  const outcome = parsePaste(box.value, rules);
  const list = $('#jp-rejected');
  list.replaceChildren();
  if (!outcome.ok) {
    $('#jp-paste-summary').textContent = `Nothing was added. ${outcome.reason}`;
    return { read: false, message: `Nothing was added. ${outcome.reason}` };
  }
  add(outcome.added);
  const ignored = outcome.ignoredColumns.length ? ` These columns were ignored: ${outcome.ignoredColumns.join(', ')}.` : '';
  const bad = outcome.rejected.length;
  const rejected = bad
    ? ` ${bad === 1 ? '1 row' : `${bad} rows`} could not be added: ${bad === 1 ? 'it is' : 'they are'} listed below and left in the box to correct.`
    : '';
  const odd = outcome.questioned.length;
  const questioned = odd ? ` Please check ${odd === 1 ? '1 row' : `${odd} rows`} listed below: added, but the figures are unusual.` : '';
  const added = outcome.added.length;
  const message = `${added ? `Added ${added} ${added === 1 ? 'person' : 'people'} from the pasted rows.` : 'Nothing was added.'}${rejected}${questioned}${ignored}`;
  $('#jp-paste-summary').textContent = message;
  const line = (r: (typeof outcome.rejected)[number], what: string) =>
    el('li', `Line ${r.line} (${r.text.replace(/\t/g, ', ').slice(0, 80)})${what}: ${r.reason}`);
  list.append(...outcome.rejected.map((r) => line(r, '')), ...outcome.questioned.map((r) => line(r, ', added')));
  const header = box.value.split(/\r\n|\r|\n/).find((l) => l.trim() !== '') ?? '';
  box.value = outcome.rejected.length ? [header, ...outcome.rejected.map((r) => r.text)].join('\n') : '';
  return { read: true, message };
}
