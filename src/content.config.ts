/**
 * Every content collection of the hub: where its files are and which schema validates them.
 * The schemas live in src/schemas/, one module per concept, with their tests beside them; here
 * each is wrapped in `friendly` (src/lib/schema-errors.ts), so a failure stops the build with the
 * file, the field and what was expected, in words an editor can act on.
 */
import { defineCollection } from 'astro:content';
import { glob, file } from 'astro/loaders';
import { friendly } from './lib/schema-errors';
import { article, careersArticle, strategyArticle } from './schemas/article';
import { checklist } from './schemas/checklist';
import { figure } from './schemas/figure';
import { glossaryTerm } from './schemas/glossary';
import { leave } from './schemas/leave';
import { need } from './schemas/need';
import { profession } from './schemas/profession';
import { quote, strategyWords } from './schemas/quote';
import { resource } from './schemas/resource';
import { routes as routesSchema } from './schemas/route';

const mdx = (dir: string) => glob({ pattern: '**/*.mdx', base: `./content/${dir}` });
const yaml = (dir: string) => glob({ pattern: '**/*.yaml', base: `./content/${dir}` });

export const collections = {
  professions: defineCollection({ loader: mdx('professions'), schema: friendly(profession) }),
  /** Everyday needs on /who-can-help/. */
  needs: defineCollection({ loader: yaml('needs'), schema: friendly(need) }),
  routes: defineCollection({ loader: yaml('routes'), schema: friendly(routesSchema) }),
  resources: defineCollection({ loader: mdx('resources'), schema: friendly(resource) }),
  strategy: defineCollection({ loader: mdx('strategy'), schema: friendly(strategyArticle) }),
  greener: defineCollection({ loader: mdx('greener'), schema: friendly(article) }),
  'health-inequalities': defineCollection({ loader: mdx('health-inequalities'), schema: friendly(article) }),
  careers: defineCollection({ loader: mdx('careers'), schema: friendly(careersArticle) }),
  'job-planning': defineCollection({ loader: mdx('job-planning'), schema: friendly(article) }),
  /** The about page (index), accessibility, privacy and the style guide. */
  about: defineCollection({ loader: mdx('about'), schema: friendly(article) }),
  // Only the folder's own files: content/quotes/strategy/ holds the strategy's own words (strategyWords).
  quotes: defineCollection({ loader: glob({ pattern: '*.yaml', base: './content/quotes' }), schema: friendly(quote) }),
  /** For each strategy part, a few of the strategy's own sentences, with where they are printed. */
  strategyWords: defineCollection({ loader: yaml('quotes/strategy'), schema: friendly(strategyWords) }),
  checklists: defineCollection({ loader: yaml('checklists'), schema: friendly(checklist) }),
  glossary: defineCollection({ loader: yaml('glossary'), schema: friendly(glossaryTerm) }),
  figures: defineCollection({ loader: file('./content/figures.yaml'), schema: friendly(figure) }),
  leave: defineCollection({ loader: file('./content/leave.yaml'), schema: friendly(leave) }),
};
