#!/usr/bin/env node
/**
 * Proof that a change to styles or markup changed nothing a reader sees: full-page screenshots of
 * every page of two builds, compared pixel by pixel. Not part of `npm test` (it takes minutes);
 * run it around any change that should look the same.
 *
 *   node scripts/compare-looks.ts shoot --dir dist-before --out looks/before
 *   node scripts/compare-looks.ts shoot --dir dist --out looks/after
 *   node scripts/compare-looks.ts compare looks/before looks/after
 *
 * `shoot` serves the build (scripts/serve.ts, real headers) and takes every page of its sitemap,
 * plus /404.html and /offline/, at 360 px and 1280 px wide in the light scheme, and a fixed sample
 * of 20 pages in the dark scheme and with forced colours at both widths. Service workers are
 * blocked, so every page comes from the build itself. `compare` lists every screenshot that
 * differs (size, or the number of pixels and where), writes a picture of each difference (the
 * changed pixels in red over a faded copy of the first) to `<second>-diff/`, and exits 1 if any
 * differs. Look at each one before accepting it.
 * Options: --port (4399), --sample (20), PAGES=/a/,/b/ to shoot only some pages.
 */
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { chromium, type Browser } from '@playwright/test';
import sharp from 'sharp';
import { serve } from './lib/bench-browser.ts';

const arg = (name: string, fallback: string): string => {
  const i = process.argv.indexOf(`--${name}`);
  return (i > -1 ? process.argv[i + 1] : undefined) ?? fallback;
};

interface Shot {
  path: string;
  width: number;
  scheme: 'light' | 'dark';
  forced: boolean;
}

/** A file name for a page and a view: "/careers/cpd/" at 360 px in dark becomes "careers~cpd~@360-dark.png". */
const fileName = (s: Shot): string =>
  `${s.path.replace(/^\/|\/$/g, '').replace(/\//g, '~') || 'home'}@${s.width}${s.scheme === 'dark' ? '-dark' : ''}${s.forced ? '-forced' : ''}.png`;

async function pagesOf(dir: string): Promise<string[]> {
  const xml = await readFile(join(dir, 'sitemap-0.xml'), 'utf8');
  const paths = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
  return [...paths, '/404.html', '/offline/'];
}

async function shoot(): Promise<void> {
  const dir = resolve(arg('dir', 'dist'));
  const out = resolve(arg('out', 'looks/current'));
  const sampleSize = Number(arg('sample', '20'));
  await mkdir(out, { recursive: true });
  const all = process.env.PAGES ? process.env.PAGES.split(',') : await pagesOf(dir);
  // A fixed, even spread across the site, so two runs sample the same pages.
  const step = Math.max(1, Math.floor(all.length / sampleSize));
  const sample = all.filter((_, i) => i % step === 0).slice(0, sampleSize);
  const shots: Shot[] = [
    ...all.flatMap((path) => [360, 1280].map((width): Shot => ({ path, width, scheme: 'light', forced: false }))),
    ...sample.flatMap((path) =>
      [360, 1280].flatMap((width): Shot[] => [
        { path, width, scheme: 'dark', forced: false },
        { path, width, scheme: 'light', forced: true },
      ]),
    ),
  ];
  const server = await serve(dir, Number(arg('port', '4399')));
  const browser: Browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--font-render-hinting=none'],
  });
  let done = 0;
  const queue = [...shots];
  const worker = async (): Promise<void> => {
    for (let shot = queue.shift(); shot; shot = queue.shift()) {
      const context = await browser.newContext({
        viewport: { width: shot.width, height: 800 },
        colorScheme: shot.scheme,
        forcedColors: shot.forced ? 'active' : 'none',
        serviceWorkers: 'block',
        reducedMotion: 'reduce',
      });
      const page = await context.newPage();
      await page.goto(server.origin + shot.path, { waitUntil: 'networkidle' });
      await page.screenshot({ path: join(out, fileName(shot)), fullPage: true, animations: 'disabled', caret: 'hide' });
      await context.close();
      if (++done % 50 === 0) console.log(`${done} of ${shots.length}`);
    }
  };
  try {
    await Promise.all([worker(), worker()]);
  } finally {
    await browser.close();
    server.stop();
  }
  console.log(`${shots.length} screenshots of ${all.length} pages (${sample.length} also dark and forced colours) in ${out}`);
}

async function compare(): Promise<void> {
  const [a, b] = process.argv.slice(3).filter((x) => !x.startsWith('--'));
  if (!a || !b) throw new Error('Usage: compare-looks.ts compare <before folder> <after folder>');
  const diffDir = `${b.replace(/\/$/, '')}-diff`;
  await mkdir(diffDir, { recursive: true });
  const names = (await readdir(a)).filter((f) => f.endsWith('.png')).sort();
  const afterNames = new Set(await readdir(b));
  let differ = 0;
  for (const name of names) {
    if (!afterNames.has(name)) {
      console.log(`${name}: missing from ${b}`);
      differ++;
      continue;
    }
    const [x, y] = await Promise.all([a, b].map((d) => sharp(join(d, name)).ensureAlpha().raw().toBuffer({ resolveWithObject: true })));
    if (x!.info.width !== y!.info.width || x!.info.height !== y!.info.height) {
      console.log(`${name}: size ${x!.info.width}x${x!.info.height} became ${y!.info.width}x${y!.info.height}`);
      differ++;
      continue;
    }
    const { width, height } = x!.info;
    const pa = x!.data;
    const pb = y!.data;
    const out = Buffer.alloc(pa.length);
    let count = 0;
    let [top, left, bottom, right] = [height, width, -1, -1];
    for (let i = 0; i < pa.length; i += 4) {
      const same = pa[i] === pb[i] && pa[i + 1] === pb[i + 1] && pa[i + 2] === pb[i + 2];
      if (same) {
        // Faded copy of the first picture, so the changes stand out.
        out[i] = out[i + 1] = out[i + 2] = 255 - Math.round((255 - (pa[i]! + pa[i + 1]! + pa[i + 2]!) / 3) / 4);
      } else {
        count++;
        const px = (i / 4) % width;
        const py = Math.floor(i / 4 / width);
        [top, left, bottom, right] = [Math.min(top, py), Math.min(left, px), Math.max(bottom, py), Math.max(right, px)];
        out[i] = 255;
        out[i + 1] = out[i + 2] = 0;
      }
      out[i + 3] = 255;
    }
    if (count > 0) {
      differ++;
      console.log(`${name}: ${count} pixels differ, from (${left}, ${top}) to (${right}, ${bottom})`);
      await writeFile(
        join(diffDir, name),
        await sharp(out, { raw: { width, height, channels: 4 } })
          .png()
          .toBuffer(),
      );
    }
  }
  console.log(`${names.length} screenshots compared: ${differ} differ${differ ? ` (pictures of the differences in ${diffDir})` : ''}.`);
  process.exitCode = differ ? 1 : 0;
}

const command = process.argv[2];
if (command === 'shoot') await shoot();
else if (command === 'compare') await compare();
else {
  console.error('Usage: node scripts/compare-looks.ts shoot --dir <build> --out <folder> | compare <before> <after>');
  process.exit(2);
}
