/** The repository's catalogue (src/features/resources/catalogue.ts), built from the collections. */
import { buildCatalogue, type Catalogue } from './catalogue';
import { professionTitles, resources } from '../../data/content';

export async function catalogue(): Promise<Catalogue> {
  return buildCatalogue(await resources(), await professionTitles());
}
