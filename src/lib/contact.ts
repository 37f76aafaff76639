/**
 * The address readers use to report a problem: an accessibility barrier or a wrong fact. The
 * deployer sets it at build time in CONTACT_URL, as with SITE_URL (src/lib/site-url.ts): the hub
 * never invents one. It is an email address (mailto:someone@your.domain, or the bare address) or
 * the https address of a contact page or form.
 */

/**
 * The contact address the test run builds with (scripts/test-all.ts) and the browser tests expect:
 * example.org is reserved for examples (RFC 2606), so it can never reach anyone.
 */
export const TEST_CONTACT_URL = 'mailto:hub-editors@example.org';

export interface Contact {
  /** Where the link goes: a mailto: or https: address. */
  href: string;
  /** What the link says: the email address itself, or that it is a contact page. */
  text: string;
}

export interface ContactCheck {
  /** The contact route, or undefined when none was set. */
  contact?: Contact;
  /** What to tell the person building, if anything: an error stops the build, a warning does not. */
  problem?: { level: 'error' | 'warning'; message: string };
}

const EMAIL = /^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:"]+\.[^\s@<>()[\]\\,;:"]+$/;

/** Reads a CONTACT_URL value: an email address (with or without mailto:) or an https address; undefined for anything else. */
export function contactOf(value: string | undefined): Contact | undefined {
  const v = value?.trim();
  if (!v) return undefined;
  const email = v.replace(/^mailto:/i, '');
  if (EMAIL.test(email)) return { href: `mailto:${email}`, text: email };
  if (URL.canParse(v) && new URL(v).protocol === 'https:') return { href: new URL(v).href, text: 'the hub’s contact page' };
  return undefined;
}

/**
 * Checks CONTACT_URL for a build. Without one the build only warns, and the pages say that this
 * copy of the hub has no contact address; a value that is neither an email address nor an https
 * address stops the build, so a deployed site never links to a broken contact.
 */
export function checkContact(env: Record<string, string | undefined>, command: string): ContactCheck {
  const value = env.CONTACT_URL?.trim();
  const contact = contactOf(value);
  if (contact) return { contact };
  if (command !== 'build') return {};
  if (!value)
    return {
      problem: {
        level: 'warning',
        message:
          'CONTACT_URL is not set, so the accessibility statement and the footer offer no way to report a problem, which the accessibility regulations require. Build with CONTACT_URL=mailto:you@your.domain (or the https address of a contact page).',
      },
    };
  return {
    problem: {
      level: 'error',
      message: `CONTACT_URL "${value}" is neither an email address nor an https address. Write it as mailto:you@your.domain or https://your.domain/contact/.`,
    },
  };
}
