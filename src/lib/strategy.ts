/**
 * The shape of AHPs Deliver and what hangs on it (quotations, figures), worked out from plain
 * data so the pages that show them and the tests that check them agree. No Astro imports, so
 * it is unit-tested directly (strategy.test.ts).
 */
import { STRATEGY_LAYERS, STRATEGY_PARTS, type StrategyKind, type StrategyPart } from './vocabulary';

export interface StrategyLayer {
  kind: StrategyKind;
  heading: string;
  role: string;
  parts: { id: StrategyPart; title: string }[];
}

const PART_IDS = Object.keys(STRATEGY_PARTS) as StrategyPart[];

/** The strategy's three layers, each with its parts, in the order the strategy gives them. */
export function strategyLayers(): StrategyLayer[] {
  return (Object.keys(STRATEGY_LAYERS) as StrategyKind[]).map((kind) => ({
    kind,
    ...STRATEGY_LAYERS[kind],
    parts: PART_IDS.filter((id) => STRATEGY_PARTS[id].kind === kind).map((id) => ({ id, title: STRATEGY_PARTS[id].title })),
  }));
}

/** Anything tagged with the strategy parts it speaks to, such as a quotation. */
interface Tagged {
  id: string;
  data: { strategyParts: readonly StrategyPart[] };
}

const byId = <T extends { id: string }>(a: T, b: T) => a.id.localeCompare(b.id, 'en-GB');

/** The entries that speak to one part, in a stable order (by id). */
export function taggedWith<T extends Tagged>(entries: readonly T[], part: StrategyPart): T[] {
  return entries.filter((e) => e.data.strategyParts.includes(part)).sort(byId);
}

/**
 * Every entry exactly once, under the first part it lists (its main subject), with the groups in
 * the strategy's order and parts that have nothing left out. Listing each entry once keeps a page
 * of all the quotations free of repeats.
 */
export function groupByFirstPart<T extends Tagged>(entries: readonly T[]): { part: StrategyPart; title: string; entries: T[] }[] {
  return PART_IDS.map((part) => ({
    part,
    title: STRATEGY_PARTS[part].title,
    entries: entries.filter((e) => e.data.strategyParts[0] === part).sort(byId),
  })).filter((g) => g.entries.length > 0);
}

/**
 * The figures a page names, in the page's order. A name with no figure, or a figure named twice,
 * stops the build with the page and the name, so a typo never silently drops a number.
 */
export function pickFigures<F extends { id: string }>(all: readonly F[], ids: readonly string[], page: string): F[] {
  const seen = new Set<string>();
  return ids.map((id) => {
    if (seen.has(id)) throw new Error(`${page} lists the figure "${id}" twice under figures: list it once.`);
    seen.add(id);
    const figure = all.find((f) => f.id === id);
    if (!figure) {
      const known = all.map((f) => f.id).join(', ');
      throw new Error(`${page} lists the figure "${id}", which is not in content/figures.yaml. Use one of: ${known}.`);
    }
    return figure;
  });
}
