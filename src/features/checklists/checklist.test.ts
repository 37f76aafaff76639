import { describe, expect, it } from 'vitest';
import {
  applyImport,
  countGiven,
  escapeNote,
  unescapeNote,
  replacedByImport,
  describeProgress,
  describeSummary,
  emptyState,
  mergeAnswers,
  parseImport,
  progress,
  readState,
  toChecklistCsv,
  toChecklistMarkdown,
  type ChecklistDefinition,
  type SavedChecklist,
} from './checklist';

const def: ChecklistDefinition = {
  id: 'greener-actions',
  title: 'My greener actions',
  version: 2,
  mode: 'progress',
  sections: [
    {
      id: 'digital',
      title: 'Digital',
      items: [
        { id: 'd1', text: 'Offer video calls' },
        { id: 'd2', text: 'Go paperless' },
      ],
    },
    { id: 'food', title: 'Food, and diet', items: [{ id: 'f1', text: 'Plant-rich "menus"' }] },
  ],
};
const filled: SavedChecklist = {
  checklist: 'greener-actions',
  version: 2,
  savedAt: '2026-11-22T10:00:00Z',
  answers: { d1: { status: 'done', note: 'Started in May,\nwith "two" clinics' }, f1: { status: 'planned', note: '' } },
};

describe('reading stored answers', () => {
  it('accepts its own data', () => {
    expect(readState(def, filled)).toEqual({ ok: true, state: filled, setAside: {} });
  });
  it('migrates an older version and sets aside answers to items that no longer exist', () => {
    const old = { ...filled, version: 1, answers: { ...filled.answers, gone: { status: 'done', note: 'keep me' } } };
    const r = readState(def, old);
    expect(r.ok && r.state.version).toBe(2);
    expect(r.ok && r.state.answers['d1']).toEqual(filled.answers['d1']);
    expect(r.ok && r.setAside).toEqual({ gone: { status: 'done', note: 'keep me' } });
  });
  it('refuses another checklist, a newer version and junk, with a reason', () => {
    expect(readState(def, { ...filled, checklist: 'readiness-toolkit' })).toMatchObject({
      ok: false,
      reason: expect.stringContaining('different checklist'),
    });
    expect(readState(def, { ...filled, version: 3 })).toMatchObject({ ok: false, reason: expect.stringContaining('newer') });
    expect(readState(def, 'garbage')).toMatchObject({ ok: false });
    expect(readState(def, null)).toMatchObject({ ok: false });
  });
  it('sets aside an answer whose status this checklist does not use', () => {
    const r = readState(def, { ...filled, answers: { d1: { status: 'yes', note: '' } } });
    expect(r.ok && r.setAside).toEqual({ d1: { status: 'yes', note: '' } });
  });
  it('accepts only statuses that are its own, not inherited names such as toString or __proto__', () => {
    const stored = JSON.parse(
      '{"checklist":"greener-actions","version":2,"answers":{"d1":{"status":"toString","note":"a"},"d2":{"status":"__proto__","note":"b"},"f1":{"status":"constructor","note":"c"},"__proto__":{"status":"done","note":"d"}}}',
    );
    const r = readState(def, stored);
    expect(r.ok && r.state.answers).toEqual({});
    expect(r.ok && Object.keys(r.setAside).sort()).toEqual(['__proto__', 'd1', 'd2', 'f1']);
    expect(r.ok && JSON.parse(JSON.stringify(r.setAside))['__proto__']).toEqual({ status: 'done', note: 'd' });
  });
});

describe('two tabs', () => {
  it('keeps the other tab’s answers and puts only this tab’s changed items on top', () => {
    const other = { ...filled, answers: { d1: { status: 'done', note: 'from the other tab' }, d2: { status: 'doing', note: '' } } };
    const mine = { ...filled, answers: { d1: { status: 'planned', note: 'old' }, f1: { status: 'done', note: 'mine' } } };
    expect(mergeAnswers(other, mine, ['f1']).answers).toEqual({
      d1: { status: 'done', note: 'from the other tab' },
      d2: { status: 'doing', note: '' },
      f1: { status: 'done', note: 'mine' },
    });
  });
});

describe('progress', () => {
  it('counts answers per section by status', () => {
    const p = progress(def, filled);
    expect(p[0]).toEqual({ id: 'digital', answered: 1, total: 2, byStatus: { done: 1 } });
    expect(describeProgress(def, p[0]!)).toBe('1 of 2 answered (1 done)');
    expect(describeProgress(def, progress(def, emptyState(def))[1]!)).toBe('0 of 1 answered');
  });
  it('sums the sections for the tool bar, before anything is answered too (the line the page is built with)', () => {
    expect(describeSummary(progress(def, filled))).toBe('You have answered 2 of 3.');
    expect(describeSummary(progress(def, emptyState(def)))).toBe('You have answered 0 of 3.');
  });
});

describe('export and import', () => {
  it('round-trips through CSV', () => {
    const csv = toChecklistCsv(def, filled);
    expect(csv.split('\r\n')[0]).toBe('checklist,version,section,item,question,status,note');
    const r = parseImport(def, csv);
    expect(r.ok && r.state.answers).toEqual({ ...filled.answers, d2: { status: '', note: '' } });
  });
  it('reads back a note that a spreadsheet would have run as a formula', () => {
    const risky = { ...filled, answers: { d1: { status: 'done', note: '=HYPERLINK("http://example.invalid")' } } };
    const csv = toChecklistCsv(def, risky);
    expect(csv).toContain(`"'=HYPERLINK(""http://example.invalid"")"`);
    const r = parseImport(def, csv);
    expect(r.ok && r.state.answers['d1']).toEqual(risky.answers.d1);
  });
  it('round-trips through Markdown', () => {
    const md = toChecklistMarkdown(def, filled);
    expect(md).toContain('# My greener actions');
    expect(md).toContain('Answer: Done');
    const r = parseImport(def, md);
    expect(r.ok && r.state.answers['d1']).toEqual(filled.answers['d1']);
    expect(r.ok && r.state.answers['f1']).toEqual({ status: 'planned', note: '' });
  });
  it('rejects an empty, foreign, malformed or other-checklist file', () => {
    expect(parseImport(def, '')).toMatchObject({ ok: false, reason: 'the file is empty' });
    expect(parseImport(def, 'name,age\nAnn,3')).toMatchObject({ ok: false, reason: expect.stringContaining('not a checklist') });
    expect(parseImport(def, 'checklist,version,section,item,question,status,note\n"broken')).toMatchObject({
      ok: false,
      reason: expect.stringContaining('could not be read'),
    });
    const other = toChecklistCsv({ ...def, id: 'readiness-toolkit' }, { ...filled, checklist: 'readiness-toolkit' });
    expect(parseImport(def, other)).toMatchObject({ ok: false, reason: expect.stringContaining('different checklist') });
    const badStatus = toChecklistCsv(def, filled).replace('Done', 'Finished');
    expect(parseImport(def, badStatus)).toMatchObject({ ok: false, reason: expect.stringContaining('Finished') });
  });
});

describe('import edges', () => {
  it('returns answers to questions it does not have, so the tool can say how many were not recognised', () => {
    const csv = `${toChecklistCsv(def, filled)}\r\ngreener-actions,2,Old,gone,Old question,Done,kept note`;
    const r = parseImport(def, csv);
    expect(r.ok && r.setAside).toEqual({ gone: { status: 'done', note: 'kept note' } });
    expect(r.ok && r.state.answers['gone']).toBeUndefined();
  });
  it('imports its own Markdown export whatever a note says, markers and backslashes included', () => {
    const notes = [
      'Before <!-- item: d2 --> after',
      '<!-- item: f1 -->',
      'Answer: Done',
      '\\<!-- already escaped? -->',
      '<!-- checklist: greener-actions; version: 9 -->',
      '# heading\n\n> quoted\n>',
    ];
    for (const note of notes) {
      const state = { ...filled, answers: { d1: { status: 'doing', note }, d2: { status: 'planned', note: '' } } };
      const md = toChecklistMarkdown(def, state);
      // Escaped, so a Markdown viewer does not hide the rest of the file as a comment.
      expect(md.split('\n').filter((l) => l.startsWith('>') && /(^|[^\\])<!--/.test(l))).toEqual([]);
      const r = parseImport(def, md);
      expect(r.ok && r.state.answers).toEqual({ ...state.answers, f1: { status: '', note: '' } });
    }
    expect(unescapeNote(escapeNote('a \\\\<!-- b'))).toBe('a \\\\<!-- b');
  });
  it('counts the answers an import would change, and keeps the user’s own to questions the file leaves out', () => {
    const mine: SavedChecklist = {
      ...filled,
      answers: { d1: { status: 'done', note: 'mine' }, d2: { status: 'planned', note: '' }, f1: { status: '', note: '' } },
    };
    const file: SavedChecklist = {
      ...filled,
      answers: { d1: { status: 'done', note: 'mine' }, f1: { status: 'doing', note: '' } },
    };
    expect(replacedByImport(mine, file)).toEqual([]);
    expect(replacedByImport(mine, { ...file, answers: { d1: { status: 'done', note: '' } } })).toEqual(['d1']);
    expect(applyImport(mine, file).answers).toEqual({
      d1: { status: 'done', note: 'mine' },
      d2: { status: 'planned', note: '' },
      f1: { status: 'doing', note: '' },
    });
    expect(countGiven(mine)).toEqual({ answers: 2, notes: 1 });
  });
});
