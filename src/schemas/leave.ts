/**
 * Agenda for Change leave (content/leave.yaml, one entry: agenda-for-change), used by the job planning
 * calculator (/job-planning/); the page states these figures with their sources and date.
 */
import { z } from 'astro/zod';
import { isoDate } from './review-dates';
import { sources } from './source';

/** Annual leave for one length of service. */
const leaveBand = z.strictObject({
  /** Completed years of NHS service from which this entitlement applies. */
  yearsOfService: z.number().int().min(0),
  /** Annual leave days a year for full-time staff with that service. */
  days: z.number().min(0).max(60),
});

/** The leave entry. */
export const leave = z.strictObject({
  /** When the figures were last checked against the sources (YYYY-MM-DD). */
  asOf: isoDate,
  /** Where the figures come from. */
  sources,
  /** Annual leave days for full-time staff by completed years of service, from 0 (on appointment) up; public holidays not included. */
  entitlements: z
    .array(leaveBand)
    .min(1)
    .refine(
      (bands) => bands[0]?.yearsOfService === 0 && bands.every((b, i) => i === 0 || b.yearsOfService > bands[i - 1]!.yearsOfService),
      {
        message: 'List the entitlements from 0 years of service upwards, each with more years than the one before.',
      },
    ),
  /** General public holidays a year for full-time staff, on top of annual leave. */
  publicHolidays: z.number().int().min(0).max(20),
});
