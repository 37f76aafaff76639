/**
 * Run by the search integration (integration.ts) after Pagefind has written the index: re-cuts the
 * index into small chunks so that each later query downloads only a few kilobytes (see
 * pagefind-chunks.ts for why and how). Guarded: it first proves it re-creates Pagefind's exact
 * bytes, and stops the build if Pagefind's format has changed.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync, gzipSync, constants } from 'node:zlib';
import {
  SIGNATURE,
  chunkRanges,
  chunkWords,
  decodeCbor,
  encodeCbor,
  groupWords,
  metaRanges,
  type Cbor,
  type WordEntry,
} from './pagefind-chunks.ts';

/**
 * Encoded bytes of word entries per chunk before gzip, under 1 KB each once compressed: an everyday
 * sentence can need a chunk for each of its six words, and with five result fragments (about
 * 3 KB each) it must stay under the 20 KB budget (4 KB chunks gave 23.5 KB for such a sentence, 2 KB ones 20.3 KB).
 */
const TARGET_CHUNK_BYTES = 1.5 * 1024;

const sha = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
const prefix = new TextEncoder().encode(SIGNATURE);

/** Reads a Pagefind file and proves this codec re-creates its exact bytes before anything changes. */
export function readIndexFile(path: string): Cbor {
  const bytes = gunzipSync(readFileSync(path));
  if (Buffer.from(bytes.subarray(0, prefix.length)).toString('latin1') !== SIGNATURE) throw new Error(`${path}: not a Pagefind index file`);
  const body = bytes.subarray(prefix.length);
  const value = decodeCbor(body);
  if (!Buffer.from(encodeCbor(value)).equals(body)) {
    throw new Error(`${path}: Pagefind's index format has changed; update src/features/search/pagefind-chunks.ts before splitting it.`);
  }
  return value;
}

/** Writes a Pagefind file and returns its size as sent (it is gzipped already). */
function writeIndexFile(path: string, value: Cbor): number {
  const bytes = gzipSync(Buffer.concat([prefix, encodeCbor(value)]), { level: constants.Z_BEST_COMPRESSION });
  writeFileSync(path, bytes);
  return bytes.length;
}

/** A short content hash for a file name, made longer until it is not already taken. */
function uniqueHash(language: string, value: Cbor, length: number, taken: Set<string>): string {
  const full = sha(encodeCbor(value));
  let n = length;
  while (taken.has(`${language}_${full.slice(0, n)}`)) n++;
  const hash = `${language}_${full.slice(0, n)}`;
  taken.add(hash);
  return hash;
}

/** pagefind-entry.json: each language's metadata file, by its hash. */
interface PagefindEntry {
  languages: Record<string, { hash: string }>;
}

/** Re-cuts the index in `site`/pagefind; returns one line per language saying what it did. */
export function splitIndex(site: string): string[] {
  const dir = join(site, 'pagefind');
  const entryFile = join(dir, 'pagefind-entry.json');
  if (!existsSync(entryFile)) throw new Error(`${entryFile} is missing: run pagefind first.`);
  const report: string[] = [];
  const entry = JSON.parse(readFileSync(entryFile, 'utf8')) as PagefindEntry;
  for (const [language, info] of Object.entries(entry.languages)) {
    const metaFile = join(dir, `pagefind.${info.hash}.pf_meta`);
    const meta = readIndexFile(metaFile);
    const ranges = metaRanges(meta);
    // metaRanges has checked that the metadata is a list.
    if (ranges.length === 0) continue;

    const words: Array<{ word: WordEntry; size: number }> = [];
    let before = 0;
    for (const [, , hash] of ranges) {
      const file = join(dir, 'index', `${hash}.pf_index`);
      before += readFileSync(file).length;
      for (const word of chunkWords(readIndexFile(file), file)) words.push({ word, size: encodeCbor(word).length });
    }
    for (const [, , hash] of ranges) rmSync(join(dir, 'index', `${hash}.pf_index`));

    const groups = groupWords(words, TARGET_CHUNK_BYTES);
    const bounds = chunkRanges(
      groups.map((group) => group.map(({ word }) => word[0])),
      ranges[0]![0],
      ranges.at(-1)![1],
    );
    const taken = new Set<string>();
    let after = 0;
    (meta as Cbor[])[2] = groups.map((group, i): Cbor[] => {
      const chunk = [group.map(({ word }) => word)];
      const hash = uniqueHash(language, chunk, 7, taken);
      after += writeIndexFile(join(dir, 'index', `${hash}.pf_index`), chunk);
      return [...bounds[i]!, hash];
    });

    // A new name for the changed metadata, so no browser keeps a cached copy that names removed chunks.
    const metaHash = uniqueHash(language, meta, 13, new Set([info.hash]));
    writeIndexFile(join(dir, `pagefind.${metaHash}.pf_meta`), meta);
    rmSync(metaFile);
    info.hash = metaHash;

    const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
    report.push(
      `Search index (${language}): ${words.length} words in ${ranges.length} chunks of ${kb(before / ranges.length)} ` +
        `re-cut into ${groups.length} chunks of ${kb(after / groups.length)} on average (largest word alone: ${kb(Math.max(...words.map((w) => w.size)))} raw).`,
    );
  }
  writeFileSync(entryFile, JSON.stringify(entry));
  return report;
}
