import { describe, expect, it } from 'vitest';
import { contentDataOf, splitFrontmatter } from './frontmatter';

describe('splitFrontmatter', () => {
  it('splits an MDX file into its YAML and its body', () => {
    expect(splitFrontmatter('---\ntitle: x\n---\nBody\n---\nmore')).toEqual({ yaml: 'title: x', firstLine: 2, body: 'Body\n---\nmore' });
    expect(splitFrontmatter('---\r\ntitle: x\r\n---\r\nBody')).toEqual({ yaml: 'title: x', firstLine: 2, body: 'Body' });
    expect(splitFrontmatter('---\ntitle: x\n---')).toEqual({ yaml: 'title: x', firstLine: 2, body: '' });
  });

  it('finds none where the file does not start with one', () => {
    expect(splitFrontmatter('Body only')).toBeUndefined();
    expect(splitFrontmatter('Intro\n---\ntitle: x\n---\n')).toBeUndefined();
  });
});

describe('contentDataOf', () => {
  it('reads MDX front matter and whole YAML files, keeping dates as written', () => {
    expect(contentDataOf('content/x.mdx', '---\nnextReview: 2027-06-31\n---\nBody')).toEqual({ nextReview: '2027-06-31' });
    expect(contentDataOf('content/x.yaml', 'term: HCPC\n')).toEqual({ term: 'HCPC' });
  });

  it('gives undefined for broken YAML or a missing front matter', () => {
    expect(contentDataOf('content/x.mdx', '---\ntitle: [unclosed\n---\n')).toBeUndefined();
    expect(contentDataOf('content/x.mdx', 'No front matter')).toBeUndefined();
  });
});
