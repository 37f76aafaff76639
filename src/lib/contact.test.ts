import { describe, expect, it } from 'vitest';
import { checkContact, contactOf } from './contact';

describe('contactOf', () => {
  it('reads an email address, with or without mailto:', () => {
    expect(contactOf('mailto:editors@example.org')).toEqual({ href: 'mailto:editors@example.org', text: 'editors@example.org' });
    expect(contactOf(' editors@example.org ')).toEqual({ href: 'mailto:editors@example.org', text: 'editors@example.org' });
  });

  it('reads the https address of a contact page', () => {
    expect(contactOf('https://example.org/contact/')).toEqual({ href: 'https://example.org/contact/', text: 'the hub’s contact page' });
  });

  it('refuses anything else', () => {
    for (const value of [undefined, '', '  ', 'editors', 'http://example.org/contact/', 'ftp://example.org/', 'mailto:', 'a@b'])
      expect(contactOf(value), String(value)).toBeUndefined();
  });
});

describe('checkContact', () => {
  it('gives the contact set for the build', () => {
    expect(checkContact({ CONTACT_URL: 'mailto:editors@example.org' }, 'build')).toEqual({
      contact: { href: 'mailto:editors@example.org', text: 'editors@example.org' },
    });
  });

  it('warns when a build has none, in CI too, saying how to set one', () => {
    for (const env of [{}, { CI: 'true' }, { CONTACT_URL: ' ' }]) {
      const { contact, problem } = checkContact(env, 'build');
      expect(contact).toBeUndefined();
      expect(problem?.level).toBe('warning');
      expect(problem?.message).toMatch(/CONTACT_URL is not set.*CONTACT_URL=mailto:/);
    }
  });

  it('stops a build given something that is neither an email nor an https address', () => {
    expect(checkContact({ CONTACT_URL: 'editors at example.org' }, 'build').problem).toMatchObject({
      level: 'error',
      message: /neither an email address nor an https address/,
    });
  });

  it('says nothing outside a build (astro dev, check, sync)', () => {
    expect(checkContact({}, 'dev')).toEqual({});
    expect(checkContact({ CONTACT_URL: 'nonsense' }, 'sync')).toEqual({});
  });
});
