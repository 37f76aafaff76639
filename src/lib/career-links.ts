/**
 * The real next step at the end of each way in: the official services where people search for
 * courses, apprenticeships and jobs, check a course is approved and apply for student funding.
 * Each address is the publisher's own page; the finder and the careers route pages show them.
 */
import type { RouteId } from './vocabulary';

export interface CareerService {
  /** What the link does, in a few words: the link text. */
  label: string;
  /** Who runs it. */
  publisher: string;
  url: string;
}

export const CAREER_SERVICES = {
  ucas: { label: 'Search for courses on UCAS', publisher: 'UCAS', url: 'https://digital.ucas.com/search' },
  approvedProgrammes: {
    // The HCPC links its list of approved programmes and providers from this page.
    label: 'Check a course is approved by the HCPC',
    publisher: 'Health and Care Professions Council',
    url: 'https://www.hcpc-uk.org/registration/getting-on-the-register/uk-applications/are-you-eligible/',
  },
  learningSupportFund: {
    label: 'The NHS Learning Support Fund for students',
    publisher: 'NHS Business Services Authority',
    url: 'https://www.nhsbsa.nhs.uk/nhs-learning-support-fund',
  },
  findApprenticeship: {
    label: 'Find an apprenticeship',
    publisher: 'GOV.UK',
    url: 'https://www.findapprenticeship.service.gov.uk/',
  },
  nhsJobs: { label: 'Search for jobs on NHS Jobs', publisher: 'NHS Business Services Authority', url: 'https://www.jobs.nhs.uk/' },
  returnToPractice: {
    label: 'Help to return to practice for AHPs',
    publisher: 'Health Education England (now NHS England)',
    url: 'https://www.hee.nhs.uk/our-work/attracting-recruiting/helping-allied-health-professionals-healthcare-scientists-return-practice',
  },
  international: {
    label: 'Apply to the HCPC if you trained abroad',
    publisher: 'Health and Care Professions Council',
    url: 'https://www.hcpc-uk.org/registration/getting-on-the-register/international-applications/how-to-apply/',
  },
} as const satisfies Record<string, CareerService>;

/** Where each route's next step is taken, most useful first. */
export const NEXT_STEP_LINKS: Record<RouteId, readonly CareerService[]> = {
  'undergraduate-degree': [CAREER_SERVICES.ucas, CAREER_SERVICES.approvedProgrammes, CAREER_SERVICES.learningSupportFund],
  'degree-apprenticeship': [CAREER_SERVICES.findApprenticeship, CAREER_SERVICES.nhsJobs],
  'postgraduate-pre-registration': [CAREER_SERVICES.approvedProgrammes, CAREER_SERVICES.learningSupportFund],
  'support-worker': [CAREER_SERVICES.nhsJobs, CAREER_SERVICES.findApprenticeship],
  'return-to-practice': [CAREER_SERVICES.returnToPractice, CAREER_SERVICES.nhsJobs],
  overseas: [CAREER_SERVICES.international, CAREER_SERVICES.nhsJobs],
};
