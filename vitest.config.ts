/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

// Unit tests for pure logic in src/lib and the content schemas; browser tests live in tests/*.spec.ts.
export default getViteConfig({
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'tests/unit/**/*.test.ts'],
    testTimeout: 60_000,
  },
});
