/** The repository's catalogue (src/lib/resource-catalogue.ts), built from the collections. */
import { buildCatalogue, type Catalogue } from '../lib/resource-catalogue';
import { professions, resources } from './content';

export async function catalogue(): Promise<Catalogue> {
  return buildCatalogue(await resources(), new Map((await professions()).map((p) => [p.id, p.data.title])));
}
