/** Reads the review date of every file in a project's content/ folder (the report is src/lib/review.ts). */
import { reviewEntryOf, type ReviewEntry } from '../lib/review.ts';
import { readContentFiles } from './content-files.ts';

/** Every content file under root/content that has a nextReview date. */
export function readReviewEntries(root: string): ReviewEntry[] {
  return readContentFiles(root).flatMap(([file, text]) => {
    const entry = reviewEntryOf(file, text);
    return entry ? [entry] : [];
  });
}
