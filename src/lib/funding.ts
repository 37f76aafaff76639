/**
 * Which professions' pre-registration courses the NHS Learning Support Fund covers, so the route
 * finder links the fund only where it applies. The fund's list of eligible courses (NHS Business
 * Services Authority; the Department of Health and Social Care's rules for 2024 to 2025, the latest
 * edition found) names dietetics, occupational therapy, operating department practice, orthoptics,
 * orthotics and prosthetics, paramedics, physiotherapy, podiatry, radiography, and speech and
 * language therapy. It does not name the arts therapies or osteopathy; the Music Therapy Charity
 * states that music therapy trainees are not eligible. Sources are listed on
 * content/careers/undergraduate-degree.mdx and content/careers/common-questions.mdx.
 */
import type { ProfessionSlug } from './vocabulary';

export const LEARNING_SUPPORT_FUND_PROFESSIONS: ReadonlySet<ProfessionSlug> = new Set<ProfessionSlug>([
  'dietitians',
  'occupational-therapists',
  'operating-department-practitioners',
  'orthoptists',
  'prosthetists-and-orthotists',
  'paramedics',
  'physiotherapists',
  'podiatrists',
  'radiographers',
  'speech-and-language-therapists',
]);

/** Whether students on this profession's courses can get the NHS Learning Support Fund; true when no profession is named. */
export const learningSupportFundCovers = (profession?: ProfessionSlug): boolean =>
  profession === undefined || LEARNING_SUPPORT_FUND_PROFESSIONS.has(profession);

/** The hub's own section on the fund, with its amounts and the courses it covers. */
export const LEARNING_SUPPORT_FUND_PAGE = '/careers/undergraduate-degree/#the-nhs-learning-support-fund';
