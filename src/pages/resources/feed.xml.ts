/** An Atom feed of the repository, newest review first, so readers can follow changes. */
import type { APIRoute } from 'astro';
import { resources } from '../../data/content';
import { entryHref } from '../../lib/sections';

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export const GET: APIRoute = async ({ site }) => {
  const all = (await resources()).sort((a, b) => b.data.lastReviewed.getTime() - a.data.lastReviewed.getTime());
  const updated = all[0]?.data.lastReviewed ?? new Date(0);
  const self = new URL('/resources/feed.xml', site).href;
  const entries = all.map((r) => {
    const page = new URL(entryHref('resources', r.id), site).href;
    return `  <entry>
    <id>${page}</id>
    <title>${escape(r.data.title)}</title>
    <link rel="alternate" type="text/html" href="${page}"/>
    <updated>${r.data.lastReviewed.toISOString()}</updated>
    <author><name>${escape(r.data.publisher)}</name></author>
    <summary>${escape(r.data.summary)}</summary>
  </entry>`;
  });
  const xml = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <id>${self}</id>
  <title>AHP Hub: resources from AHPs into Action</title>
  <link rel="self" type="application/atom+xml" href="${self}"/>
  <link rel="alternate" type="text/html" href="${new URL('/resources/', site).href}"/>
  <updated>${updated.toISOString()}</updated>
${entries.join('\n')}
</feed>
`;
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml' } });
};
