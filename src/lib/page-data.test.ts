import { describe, expect, it } from 'vitest';
import { dataBlock } from './page-data';

describe('the page data block', () => {
  it('cannot be ended early by text in the data, and parses back to the same value', () => {
    const value = { text: 'a </script><script>alert(1)</script> <!-- b', n: 7.5 };
    const block = dataBlock(value);
    expect(block).not.toContain('<');
    expect(JSON.parse(block)).toEqual(value);
  });
});
