import { describe, expect, it } from 'vitest';
import { servedScript } from './served-script';

describe('a hand-written script as it is served', () => {
  it('loses whole-line comments and indentation, and keeps every line of code as it was', () => {
    const source = "// @ts-check\n/**\n * Why.\n */\n{\n  // step\n  const a = 'x // not a comment';\n\n  run(a);\n}\n";
    expect(servedScript(source)).toBe("{\nconst a = 'x // not a comment';\nrun(a);\n}\n");
  });
});
