/**
 * Invalid content must stop the build with a message naming the file and the field.
 * Each case builds the content layer (astro sync) over a tiny copy of the content folder
 * holding one broken entry, using the real schemas in src/content.config.ts.
 */
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';

const ROOT = process.cwd();
const VALID_PROFESSION = `---
title: Orthoptists
singular: Orthoptist
summary: Diagnose and treat problems with eye movement and how the eyes work together.
searchTerms: [squint]
regulator: hcpc
protectedTitles: [Orthoptist]
professionalBody:
  name: British and Irish Orthoptic Society
settings: [hospital eye clinics, schools, community clinics]
helps: [children with a squint, adults after a stroke]
access:
  nhs: Your GP or optometrist can refer you to an orthoptist.
  selfReferral: "no"
  privately: Most people see an orthoptist through the NHS.
sources:
  - title: Test source
    url: https://www.hcpc-uk.org/
lastReviewed: 2026-11-22
nextReview: 2027-11-22
---
Body text.
`;

function syncWith(file: string, text: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'ahp-content-'));
  for (const name of ['src', 'node_modules', 'public']) symlinkSync(join(ROOT, name), join(dir, name));
  for (const name of ['astro.config.mjs', 'package.json', 'tsconfig.json']) cpSync(join(ROOT, name), join(dir, name));
  mkdirSync(join(dir, 'content', 'professions'), { recursive: true });
  writeFileSync(join(dir, 'content', 'figures.yaml'), readFileSync(join(ROOT, 'content', 'figures.yaml')));
  writeFileSync(join(dir, 'content', file), text);
  try {
    // No colour codes: CI=true makes Astro's logger colour its output even into a pipe.
    execFileSync('npx', ['astro', 'sync', '--root', dir], {
      cwd: dir,
      stdio: 'pipe',
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
    });
    return 'SYNC SUCCEEDED';
  } catch (error) {
    const e = error as { stdout: string; stderr: string };
    return stripVTControlCharacters(`${e.stdout}\n${e.stderr}`);
  }
}

describe('content validation', () => {
  it('accepts a valid entry', () => {
    expect(syncWith('professions/orthoptists.mdx', VALID_PROFESSION)).toBe('SYNC SUCCEEDED');
  });

  it('names the file and the field when the title is missing', () => {
    const out = syncWith('professions/orthoptists.mdx', VALID_PROFESSION.replace('title: Orthoptists\n', ''));
    expect(out).toContain('content/professions/orthoptists.mdx');
    expect(out).toMatch(/title: This field is required/);
  });

  it('names an unknown regulator and lists the allowed ones', () => {
    const out = syncWith('professions/orthoptists.mdx', VALID_PROFESSION.replace('regulator: hcpc', 'regulator: gmc'));
    expect(out).toContain('content/professions/orthoptists.mdx');
    expect(out).toMatch(/regulator: "gmc" is not an allowed value\. Use one of: hcpc, gosc/);
  });

  it('rejects a malformed date with an example', () => {
    const out = syncWith('professions/orthoptists.mdx', VALID_PROFESSION.replace('nextReview: 2027-11-22', 'nextReview: 22/11/2027'));
    expect(out).toContain('content/professions/orthoptists.mdx');
    expect(out).toMatch(/nextReview: "22\/11\/2027" is not a date\. Write dates as YYYY-MM-DD/);
  });

  it('rejects a date that is not on the calendar, which YAML would otherwise roll into the next month', () => {
    const out = syncWith('professions/orthoptists.mdx', VALID_PROFESSION.replace('nextReview: 2027-11-22', 'nextReview: 2027-06-31'));
    expect(out).toContain('content/professions/orthoptists.mdx: nextReview: 2027-06-31 is not a real date');
  });

  it('rejects a web address that is not https', () => {
    const out = syncWith('professions/orthoptists.mdx', VALID_PROFESSION.replace('https://www.hcpc-uk.org/', 'http://www.hcpc-uk.org/'));
    expect(out).toContain('content/professions/orthoptists.mdx');
    expect(out).toMatch(/sources\.0\.url: "http:\/\/www\.hcpc-uk\.org\/" is not a secure web address/);
  });
});
