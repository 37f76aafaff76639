/** The repository's catalogue (src/features/resources/catalogue.ts), built from the collections. */
import { buildCatalogue, type Catalogue } from './catalogue';
import { professions, resources } from '../../data/content';

export async function catalogue(): Promise<Catalogue> {
  return buildCatalogue(await resources(), new Map((await professions()).map((p) => [p.id, p.data.title])));
}
