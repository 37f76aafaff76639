import { describe, expect, it } from 'vitest';
import { collapseWhitespace } from './html-whitespace';

describe('collapseWhitespace', () => {
  it('turns each run of white space that holds a line break into one line break', () => {
    expect(collapseWhitespace('<ul>\n    <li>\n      <a href="/">\n        Home  \n      </a>\n    </li>\n\n  </ul>\n')).toBe(
      '<ul>\n<li>\n<a href="/">\nHome\n</a>\n</li>\n</ul>\n',
    );
  });

  it('leaves runs without a line break, and elements with no space between them, as they are', () => {
    const html = '<p>Two  spaces</p><p>a <b>b</b> c</p></li><li>';
    expect(collapseWhitespace(html)).toBe(html);
  });

  it('keeps the content of pre, textarea, script and style exactly', () => {
    const kept =
      '<pre>\n  indented\n    more\n</pre><TEXTAREA name="n">\n  typed\n</TEXTAREA><script>\n  x();\n</script><style>\n  a{}\n</style>';
    expect(collapseWhitespace(`<div>\n  ${kept}\n  </div>`)).toBe(`<div>\n${kept}\n</div>`);
  });
});
