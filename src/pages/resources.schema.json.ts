import type { APIRoute } from 'astro';
import { recordsSchema } from '../features/resources/open-data';

export const GET: APIRoute = ({ site }) => new Response(JSON.stringify(recordsSchema(site!), null, 1));
