/**
 * How people get help from the professions: the addresses every "How to see one" section shares,
 * the wording for each kind of self-referral, and which everyday needs (content/needs) point to a
 * profession. Kept free of astro:content so unit tests can feed it the real YAML files.
 */
import { slugify, type ProfessionSlug } from './vocabulary';

/** A page on another website, with its publisher. */
export interface Source {
  title: string;
  publisher: string;
  url: string;
}

/** The 2023 plan that asked NHS services in England to let people refer themselves. */
export const SELF_REFERRAL_PLAN: Source = {
  title: 'Delivery plan for recovering access to primary care (May 2023)',
  publisher: 'NHS England',
  url: 'https://www.england.nhs.uk/long-read/delivery-plan-for-recovering-access-to-primary-care-2/',
};

/** The NHS website's pages on when to call 999 and when to use NHS 111. */
export const URGENT_HELP = {
  call999: {
    title: 'When to call 999',
    publisher: 'NHS website',
    url: 'https://www.nhs.uk/nhs-services/urgent-and-emergency-care-services/when-to-call-999/',
  },
  use111: {
    title: 'When to use NHS 111',
    publisher: 'NHS website',
    url: 'https://www.nhs.uk/nhs-services/urgent-and-emergency-care-services/when-to-use-111/',
  },
} as const satisfies Record<string, Source>;

export type SelfReferral = 'plan' | 'local' | 'no' | 'emergency';

/** What a "How to see one" section says about referring yourself, for each kind the profession data gives. */
export function selfReferralText(kind: SelfReferral, services?: string): string {
  switch (kind) {
    case 'plan':
      if (!services) throw new Error('A profession with selfReferral: plan must name its selfReferralServices.');
      return `In 2023 the NHS in England asked local services to let people refer themselves to ${services}. So you may be able to contact your local service without seeing your GP first.`;
    case 'local':
      return 'Some local NHS services let you contact them yourself. Ask your GP practice, or look at your local service’s website.';
    case 'no':
      return 'You cannot usually refer yourself to the NHS service. A doctor or another professional refers you.';
    case 'emergency':
      return 'You do not book one yourself. In an emergency, call 999.';
  }
}

/** One everyday need, as content/needs gives it. */
export interface Need {
  id: string;
  title: string;
  order: number;
  professions: readonly { profession: ProfessionSlug; role: string }[];
}

/** The anchor of a need on /who-can-help/, made from its title so links read well. */
export const needAnchor = (need: Pick<Need, 'title'>): string => slugify(need.title);

/** The needs in page order (then by title, so the order never depends on the file system). */
export function sortNeeds<T extends Pick<Need, 'order' | 'title'>>(needs: readonly T[]): T[] {
  return [...needs].sort((a, b) => a.order - b.order || a.title.localeCompare(b.title, 'en-GB'));
}

/** The needs that point to this profession, in page order: its page links to each. */
export function needsFor<T extends Need>(needs: readonly T[], profession: ProfessionSlug): T[] {
  return sortNeeds(needs.filter((n) => n.professions.some((p) => p.profession === profession)));
}

/** Sources from several entries as one list, each address once, in first-seen order. */
export function uniqueSources<T extends { title: string; url?: string | undefined }>(lists: readonly (readonly T[])[]): T[] {
  const seen = new Set<string>();
  return lists.flat().filter((s) => {
    const key = s.url ?? s.title;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
