/**
 * `npm ci` installs exactly what package-lock.json lists and refuses a lock that lacks a package
 * the tree needs. npm can write a lock holding only this machine's platform binaries (esbuild's,
 * Rollup's, Tailwind's, Pagefind's...), and `npm ci` then fails on every other platform. This
 * keeps the lock whole: every optional dependency a locked package declares is locked too.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

interface LockedPackage {
  optionalDependencies?: Record<string, string>;
}
const lock = JSON.parse(readFileSync(new URL('../../package-lock.json', import.meta.url), 'utf8')) as {
  packages: Record<string, LockedPackage>;
};

/** Where npm would look for `name` from the package at `from`: its own node_modules, then each parent's. */
function resolves(from: string, name: string): boolean {
  let dir = from;
  for (;;) {
    if (`${dir ? `${dir}/` : ''}node_modules/${name}` in lock.packages) return true;
    const at = dir.lastIndexOf('node_modules/');
    if (at < 0) return false;
    dir = dir.slice(0, at).replace(/\/$/, '');
  }
}

/** Optional dependencies declared in the lock that the lock does not hold. */
const missingOptional = (): string[] =>
  Object.entries(lock.packages).flatMap(([path, pkg]) =>
    Object.keys(pkg.optionalDependencies ?? {})
      .filter((name) => !resolves(path, name))
      .map((name) => `${path || '(root)'} -> ${name}`),
  );

describe('package-lock.json', () => {
  it('locks every platform binary that a package offers, so npm ci works on any platform', () => {
    expect(missingOptional()).toEqual([]);
  });

  it('holds the binaries of the platforms people build on, not only this one', () => {
    for (const name of [
      '@esbuild/darwin-arm64',
      '@esbuild/win32-x64',
      '@esbuild/linux-x64',
      '@pagefind/darwin-arm64',
      '@pagefind/windows-x64',
    ])
      expect(Object.keys(lock.packages), name).toContain(`node_modules/${name}`);
  });
});
