/**
 * The query plan: what a typed query asks for, worked out before any search runs, and how the
 * results of its searches are merged. Pure (no Pagefind, no DOM), so every case is unit-tested.
 *
 * A plan has:
 * - the words worth searching for (stop words dropped, at most MAX_QUERY_WORDS);
 * - the professions and topics the query names (names.ts: full names, short names such as physio,
 *   OT, SLT or ODP, and topic labels with their everyday words), and whether it compares two things;
 * - at most one respelt word, and only a word that appears nowhere in the index (the list of
 *   indexed words is built with the site) and that is near an indexed word; other words of letters
 *   that appear nowhere in the index are left out (Pagefind would only match them loosely to
 *   other words), unless that would leave nothing;
 * - at most MAX_SEARCHES Pagefind searches.
 *
 * The merge rule (mergeResults) never compares scores from different searches, as BM25 scores of
 * different queries are not comparable. Only Pagefind's order inside one result set is used:
 * 1. pages that have every word and are for the named profession (filter), in Pagefind's order;
 * 2. the other pages that have every word, in Pagefind's order;
 * 3. pages for the named profession that have the query's other words (for a topic and a
 *    profession, these come before step 2: the topic for that profession first);
 * 4. only when no page has every word: pages with fewer of the words, those with more of them first,
 *    then those whose words are rarer (found on fewer pages), then by their place in the search for
 *    their rarest word;
 * 5. then each named profession's own page is moved into the top 3 (just below the first result)
 *    if it is not there already.
 */
import { MAX_QUERY_WORDS, queryWords, STOP_WORDS } from './query-words';
import { PROFESSION_NAMES, TOPIC_NAMES, type NamedProfession, type NamedTopic } from './names';
import { editDistance, allowedEdits, isKnownWord } from './spelling';

/** Pagefind searches run for one query, at most. */
export const MAX_SEARCHES = 8;
/** Named professions acted on, at most (a comparison names two). */
const MAX_NAMED = 2;

/** Filters a planned search adds, by filter name (values are the pages' filter labels). */
type PlanFilters = Partial<Record<'section' | 'profession' | 'topic', string[]>>;

export type PlannedSearch =
  /** Every word of the query: Pagefind lists the pages that have them all. */
  | { role: 'every-word'; term: string }
  /** A named profession's own page: no words, only its filters. */
  | { role: 'named'; term: null; label: string; filters: PlanFilters }
  /** The query's other words (or, for a named topic, no words) on pages for the named profession. */
  | { role: 'for-profession'; term: string | null; filters: PlanFilters }
  /** One unit of the query (a word, or a named profession's name), run only when no page has every word. */
  | { role: 'one-unit'; term: string };

export interface QueryPlan {
  /** The words searched for, after any respelling, in the order typed. */
  words: string[];
  /** The one respelt word, if any. */
  respelt?: { from: string; to: string } | undefined;
  /** Words left out because the index has them nowhere (and they could not be respelt). */
  dropped: string[];
  professions: NamedProfession[];
  topics: NamedTopic[];
  /** True when every word searched is part of a named profession or topic ("physio"): their pages open at the top. */
  onlyNames: boolean;
  /** True when the query compares two named things ("X or Y", "X vs Y", "difference between X and Y"). */
  comparison: boolean;
  searches: PlannedSearch[];
}

export interface PlanOptions {
  /** Every word in the index (built with the site): a word not in it may be respelt. Without it, nothing is. */
  knownWords?: readonly string[];
  /** The reader asked for what they typed: no respelling. */
  asTyped?: boolean;
  /** The reader chose section or profession filters: named pages are not looked up (their filters rule). */
  sectionOrProfessionChosen?: boolean;
}

const COMPARING = new Set(['or', 'vs', 'v', 'versus', 'compare', 'compared', 'comparing', 'difference', 'differences', 'between']);

interface Found<T> {
  thing: T;
  start: number;
  length: number;
}

/** Where names occur in the tokens, longest first, never overlapping; a final "s" on a name's last word is accepted. */
function findNames<T extends { names: readonly string[] }>(tokens: readonly string[], things: readonly T[], taken: boolean[]): Found<T>[] {
  const candidates: Found<T>[] = [];
  for (const thing of things) {
    for (const name of thing.names) {
      const parts = name.split(' ');
      for (let start = 0; start + parts.length <= tokens.length; start++) {
        const matches = parts.every((part, i) => {
          const token = tokens[start + i]!;
          return token === part || (i === parts.length - 1 && token === `${part}s`);
        });
        if (matches) candidates.push({ thing, start, length: parts.length });
      }
    }
  }
  candidates.sort((a, b) => b.length - a.length || a.start - b.start);
  const found: Found<T>[] = [];
  for (const c of candidates) {
    if (found.some((f) => f.thing === c.thing)) continue;
    if (taken.slice(c.start, c.start + c.length).some(Boolean)) continue;
    for (let i = c.start; i < c.start + c.length; i++) taken[i] = true;
    found.push(c);
  }
  return found.sort((a, b) => a.start - b.start);
}

/** The nearest indexed word to an unknown word, with its distance; undefined for known, short or numeric words. */
function nearest(word: string, known: readonly string[]): { word: string; edits: number } | undefined {
  const allowed = allowedEdits(word);
  if (allowed === 0 || /\d/.test(word) || isKnownWord(word, known)) return undefined;
  let best: { word: string; edits: number } | undefined;
  for (const candidate of known) {
    if (Math.abs([...candidate].length - [...word].length) > allowed) continue;
    const edits = editDistance(word, candidate);
    if (edits <= allowed && (!best || edits < best.edits)) best = { word: candidate, edits };
  }
  return best;
}

/** Turns a typed query (already cleaned by cleanQuery) into a plan. */
export function planQuery(text: string, options: PlanOptions = {}): QueryPlan {
  // Repeated words count once; a query of 500 words keeps only its first words that matter.
  let tokens = queryWords(text).slice(0, 60);
  let respelt: QueryPlan['respelt'];
  const known = options.knownWords && options.knownWords.length > 0 ? options.knownWords : undefined;
  if (known && !options.asTyped) {
    let best: { index: number; word: string; edits: number } | undefined;
    tokens.forEach((token, index) => {
      if (STOP_WORDS.has(token)) return;
      const near = nearest(token, known);
      if (near && (!best || near.edits < best.edits)) best = { index, ...near };
    });
    if (best) {
      const { index, word } = best;
      respelt = { from: tokens[index]!, to: word };
      tokens = tokens.map((t, i) => (i === index ? word : t));
    }
  }

  const taken = tokens.map(() => false);
  const professions = findNames(tokens, PROFESSION_NAMES, taken);
  const topics = findNames(tokens, TOPIC_NAMES, taken);

  // Units: each named thing's words together, and every other word that carries meaning, once each, in typed order.
  const units: Array<{ text: string; start: number; named: boolean }> = [];
  for (const f of [...professions, ...topics])
    units.push({ text: tokens.slice(f.start, f.start + f.length).join(' '), start: f.start, named: true });
  const seen = new Set<string>();
  tokens.forEach((token, i) => {
    if (taken[i] || STOP_WORDS.has(token) || seen.has(token)) return;
    seen.add(token);
    units.push({ text: token, start: i, named: false });
  });
  units.sort((a, b) => a.start - b.start);
  // Words of letters that the index has nowhere: searching for them only finds near misses.
  const dropped: string[] = [];
  if (known) {
    // The list holds plain words of three letters or more, so only those can be found absent.
    const absent = units.filter((u) => !u.named && /^\p{L}{3,}$/u.test(u.text) && !isKnownWord(u.text, known));
    if (absent.length < units.length)
      for (const u of absent) {
        dropped.push(u.text);
        units.splice(units.indexOf(u), 1);
      }
  }
  // A query of stop words only ("who are we") is searched as it is, as there is nothing else.
  if (units.length === 0) for (const token of new Set(tokens)) units.push({ text: token, start: 0, named: false });
  const kept = limitWords(units, MAX_QUERY_WORDS);
  const words = kept.flatMap((u) => u.text.split(' '));

  const named = professions.slice(0, MAX_NAMED).map((f) => f.thing);
  const comparison = professions.length + topics.length >= 2 && tokens.some((t) => COMPARING.has(t));
  const searches: PlannedSearch[] = [{ role: 'every-word', term: words.join(' ') }];
  if (!options.sectionOrProfessionChosen) {
    for (const p of named)
      searches.push({ role: 'named', term: null, label: p.label, filters: { section: ['Professions'], profession: [p.label] } });
    const [only] = named;
    if (named.length === 1 && only) {
      const rest = kept.filter((u) => !professions.some((f) => f.start === u.start)).map((u) => u.text);
      const topic = topics[0]?.thing;
      if (topic) searches.push({ role: 'for-profession', term: null, filters: { profession: [only.label], topic: [topic.label] } });
      else if (rest.length > 0) searches.push({ role: 'for-profession', term: rest.join(' '), filters: { profession: [only.label] } });
    }
  }
  if (kept.length > 1) {
    for (const u of kept) if (searches.length < MAX_SEARCHES) searches.push({ role: 'one-unit', term: u.text });
  }
  const onlyNames = kept.length > 0 && kept.every((u) => u.named);
  return {
    words,
    respelt,
    dropped,
    onlyNames,
    professions: professions.map((f) => f.thing),
    topics: topics.map((f) => f.thing),
    comparison,
    searches,
  };
}

/** The first units whose words add up to at most `max` words (a named name counts its words); at least one unit. */
function limitWords<T extends { text: string }>(units: readonly T[], max: number): T[] {
  const kept: T[] = [];
  let count = 0;
  for (const u of units) {
    const n = u.text.split(' ').length;
    if (kept.length > 0 && count + n > max) break;
    kept.push(u);
    count += n;
  }
  return kept;
}

/** The page ids one planned search found, in Pagefind's order. */
export interface SearchOutcome {
  search: PlannedSearch;
  ids: readonly string[];
}

export interface MergedResults {
  /** Page ids in the order to show them. */
  ids: string[];
  /** Named professions' pages that were not among the pages with every word, and were added. */
  addedNamed: string[];
  /** True when the list is exactly the pages with every word (plus any added named pages), so Pagefind's filter counts hold. */
  countsHold: boolean;
}

/** Merges the outcomes of a plan's searches by the rule at the top of this file. */
export function mergeResults(plan: QueryPlan, outcomes: readonly SearchOutcome[]): MergedResults {
  const of = (role: PlannedSearch['role']) => outcomes.filter((o) => o.search.role === role);
  const every = of('every-word')[0]?.ids ?? [];
  const forProfession = new Set(of('for-profession')[0]?.ids ?? []);
  const list: string[] = [];
  const add = (id: string) => {
    if (!list.includes(id)) list.push(id);
  };
  const topicFirst = plan.topics.length > 0 && plan.professions.length > 0;
  for (const id of every) if (forProfession.has(id)) add(id);
  if (topicFirst) for (const id of forProfession) add(id);
  for (const id of every) add(id);
  for (const id of forProfession) add(id);
  if (every.length === 0) for (const id of fewerWordsOrder(of('one-unit'))) add(id);
  const countsHold = list.length === every.length;

  const addedNamed: string[] = [];
  let lifted = 0;
  for (const outcome of of('named')) {
    const id = outcome.ids[0];
    if (id === undefined) continue;
    const at = list.indexOf(id);
    if (at === -1) addedNamed.push(id);
    if (at !== -1 && at <= 2) continue;
    if (at !== -1) list.splice(at, 1);
    list.splice(Math.min(1 + lifted, list.length), 0, id);
    lifted++;
  }
  return { ids: list, addedNamed, countsHold };
}

/** Step 4 of the rule: pages that have more of the words first, then rarer words, then their place in the rarest word's search. */
function fewerWordsOrder(outcomes: readonly SearchOutcome[]): string[] {
  const pages = new Map<string, { units: number; rarity: number; rarestDf: number; place: number }>();
  for (const { ids } of outcomes) {
    const df = ids.length;
    ids.forEach((id, place) => {
      const page = pages.get(id) ?? { units: 0, rarity: 0, rarestDf: Infinity, place: 0 };
      page.units += 1;
      page.rarity += 1 / df;
      if (df < page.rarestDf) {
        page.rarestDf = df;
        page.place = place;
      }
      pages.set(id, page);
    });
  }
  return [...pages.entries()].sort(([, a], [, b]) => b.units - a.units || b.rarity - a.rarity || a.place - b.place).map(([id]) => id);
}
