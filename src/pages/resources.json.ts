import type { APIRoute } from 'astro';
import { resources } from '../data/content';
import { toRecord } from '../features/resources/open-data';

export const GET: APIRoute = async ({ site }) =>
  new Response(
    JSON.stringify(
      (await resources()).map((r) => toRecord(r, site!)),
      null,
      1,
    ),
    {
      headers: { 'Content-Type': 'application/json' },
    },
  );
