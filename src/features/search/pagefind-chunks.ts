/**
 * Splits Pagefind's word index into smaller chunks, so that a later search on a slow connection
 * downloads a few kilobytes rather than a whole ~27 KB chunk (issue 7: at most 20 KB a query).
 *
 * Pagefind (1.6) cuts its index every 20,000 word positions and offers no option to change that.
 * Its browser code asks for chunks by word range only, so any number of chunks works: this module
 * re-cuts the same words, in the same order, at a smaller size and rewrites the range table in the
 * metadata file. It changes no word, page or score, so results are the same.
 *
 * The files are gzip of "pagefind_dcd" followed by CBOR. Only the CBOR pieces Pagefind writes are
 * understood (unsigned and negative integers, text, arrays); the caller proves the codec on every
 * file (decoding then encoding must give back the very same bytes) before changing anything, so a
 * future format change stops the build instead of shipping a broken index.
 */

/** What every Pagefind index file starts with, once gunzipped. */
export const SIGNATURE = 'pagefind_dcd';

/** A CBOR value as Pagefind writes it. */
export type Cbor = number | string | Cbor[];

/** One chunk's entry in the metadata: the first and last word it may hold, and its file hash. */
export type ChunkRange = [from: string, to: string, hash: string];

/** Reads one CBOR value that fills the whole buffer. */
export function decodeCbor(bytes: Uint8Array): Cbor {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let at = 0;
  const length = (info: number): number => {
    if (info < 24) return info;
    const size = { 24: 1, 25: 2, 26: 4 }[info];
    if (size === undefined) throw new Error(`Unsupported CBOR length code ${info} at byte ${at - 1}`);
    const value = size === 1 ? view.getUint8(at) : size === 2 ? view.getUint16(at) : view.getUint32(at);
    at += size;
    return value;
  };
  const item = (): Cbor => {
    if (at >= bytes.length) throw new Error('CBOR ended early');
    const head = bytes[at++]!;
    const major = head >> 5;
    const info = head & 31;
    if (major === 0) return length(info);
    if (major === 1) return -1 - length(info);
    if (major === 3) {
      const n = length(info);
      const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(at, at + n));
      at += n;
      return text;
    }
    if (major === 4) {
      const n = length(info);
      return Array.from({ length: n }, item);
    }
    throw new Error(`Unsupported CBOR type ${major} at byte ${at - 1}`);
  };
  const value = item();
  if (at !== bytes.length) throw new Error(`${bytes.length - at} bytes left over after the CBOR value`);
  return value;
}

/** Writes a CBOR value the way Pagefind's encoder does: the shortest head for every length. */
export function encodeCbor(value: Cbor): Uint8Array {
  const out: number[] = [];
  const head = (major: number, n: number) => {
    if (!Number.isInteger(n) || n < 0 || n > 0xffffffff) throw new Error(`Cannot encode ${n} in CBOR`);
    const m = major << 5;
    if (n < 24) out.push(m | n);
    else if (n < 0x100) out.push(m | 24, n);
    else if (n < 0x10000) out.push(m | 25, n >> 8, n & 0xff);
    else out.push(m | 26, n >>> 24, (n >> 16) & 0xff, (n >> 8) & 0xff, n & 0xff);
  };
  const item = (v: Cbor) => {
    if (typeof v === 'number') {
      if (v >= 0) head(0, v);
      else head(1, -1 - v);
    } else if (typeof v === 'string') {
      const utf8 = new TextEncoder().encode(v);
      head(3, utf8.length);
      for (const b of utf8) out.push(b);
    } else {
      head(4, v.length);
      v.forEach(item);
    }
  };
  item(value);
  return Uint8Array.from(out);
}

/** The shortest prefixes that tell two neighbouring words apart, as Pagefind draws chunk boundaries. */
export function boundaryPrefixes(last: string, next: string): [string, string] {
  const a = Array.from(last);
  const b = Array.from(next);
  let common = 0;
  while (common < a.length && common < b.length && a[common] === b[common]) common++;
  return [a.slice(0, common + 1).join(''), b.slice(0, common + 1).join('')];
}

/**
 * Groups words (each an encoded word entry with its byte size) into runs of at most `targetBytes`;
 * a word bigger than the target gets a chunk of its own. Order is kept.
 */
export function groupWords<T extends { size: number }>(words: T[], targetBytes: number): T[][] {
  const groups: T[][] = [];
  let group: T[] = [];
  let size = 0;
  for (const word of words) {
    if (group.length > 0 && size + word.size > targetBytes) {
      groups.push(group);
      group = [];
      size = 0;
    }
    group.push(word);
    size += word.size;
  }
  if (group.length > 0) groups.push(group);
  return groups;
}

/**
 * The range table for consecutive groups of sorted words. The browser code picks, for each search
 * term, the first chunk with `from <= term <= to`, and only when no term fits anywhere does it fall
 * back to looser prefix matching. Each `from` is Pagefind's own boundary (the shortest prefix that
 * tells a group's first word from the word before it), so a half-typed word still finds the chunk
 * where its completions start. Each `to` is the group's whole last word rather than Pagefind's
 * prefix of it: with a prefix, the last few words of a chunk sort after its `to`, and in a query of
 * two words a second word that fits no range is not loaded at all. The outer ends keep Pagefind's.
 */
export function chunkRanges(groups: string[][], from: string, to: string): Array<[string, string]> {
  const ranges = groups.map((words): [string, string] => [words[0]!, words.at(-1)!]);
  for (let i = 1; i < ranges.length; i++) ranges[i]![0] = boundaryPrefixes(ranges[i - 1]![1], ranges[i]![0])[1];
  if (ranges.length > 0) {
    ranges[0]![0] = from;
    ranges.at(-1)![1] = to;
  }
  return ranges;
}

/** A word's entry in an index chunk: the word, then the pages it is on. */
export type WordEntry = [text: string, ...pages: Cbor[]];

/** The word entries of one decoded index chunk, checked for the shape the browser code reads. */
export function chunkWords(chunk: Cbor, file: string): WordEntry[] {
  if (!Array.isArray(chunk) || !Array.isArray(chunk[0])) throw new Error(`${file}: expected [[word, ...]]`);
  return chunk[0].map((entry, i) => {
    if (!Array.isArray(entry) || typeof entry[0] !== 'string') throw new Error(`${file}: word ${i} is not [text, pages, ...]`);
    return entry as WordEntry;
  });
}

/** The metadata's chunk table (its fourth field in Pagefind 1.x), checked for shape. */
export function metaRanges(meta: Cbor): ChunkRange[] {
  if (!Array.isArray(meta) || typeof meta[0] !== 'string' || !Array.isArray(meta[2])) {
    throw new Error('pf_meta: expected [version, pages, chunks, ...]');
  }
  return meta[2].map((range, i) => {
    if (!Array.isArray(range) || range.length !== 3 || !range.every((part) => typeof part === 'string')) {
      throw new Error(`pf_meta: chunk ${i} is not [from, to, hash]`);
    }
    return range as ChunkRange;
  });
}
