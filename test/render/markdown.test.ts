import { fence, mdCell, mdRow, mdText } from '../../src/render/markdown.js';

describe('Markdown that values cannot break out of', () => {
  test('inline text escapes markup and folds line breaks', () => {
    expect(mdText('a`b`*c*_d_[x](http://e)<img src=x>|&amp;$x$~~s~~')).toBe(
      'a\\`b\\`\\*c\\*\\_d\\_\\[x\\](http://e)\\<img src=x\\>\\|\\&amp;\\$x\\$\\~\\~s\\~\\~',
    );
    expect(mdText('line\n# heading\r\n- item')).toBe('line # heading - item');
    expect(mdText('# heading')).toBe('\\# heading');
    expect(mdText('1. item')).toBe('1\\. item');
    expect(mdText('perf-example-lb-sg')).toBe('perf-example-lb-sg');
    expect(mdText('receive_credential _em_ x_')).toBe('receive_credential \\_em\\_ x\\_');
  });

  test('a cell cannot add a column', () => {
    expect(mdRow(['a|b', 'c'])).toBe('| a\\|b | c |');
    expect(mdCell('x\n|y')).toBe('x \\|y');
  });

  test('a cell holds no blocks: an address or a negative number reads as written, markup is still escaped', () => {
    expect(mdRow(['10.0.0.15', '-1', '1) x'])).toBe('| 10.0.0.15 | -1 | 1) x |');
    expect(mdCell('# *x* @team #12')).toBe('# \\*x\\* @&#8203;team #&#8203;12');
  });

  test('a fence is longer than any backtick run inside', () => {
    expect(fence('bash', 'echo ```\nx')).toBe('````bash\necho ```\nx\n````');
    expect(fence('diff', 'plain')).toBe('```diff\nplain\n```');
    expect(fence('', 'a ````` b')).toBe('``````\na ````` b\n``````');
  });
});
