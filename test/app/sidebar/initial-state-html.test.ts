import { scriptSafeJson, withInitialState } from '../../../src/app/sidebar/initial-state-html';

describe('initial-state-html', () => {
  describe('scriptSafeJson', () => {
    it.each([
      ['</script><script>alert(1)</script>'],
      ['<!-- <script>'],
      ['a\u2028b\u2029c'],
      ['&amp; "quotes" \\ back'],
      ['<img src=x onerror=alert(1)>'],
    ])('leaves no character that could end or confuse the element in %p, and parses back', (text) => {
      const json = scriptSafeJson({ text, list: [text] });
      expect(json).not.toMatch(/[<>&\u2028\u2029]/);
      expect(JSON.parse(json)).toEqual({ text, list: [text] });
    });
  });

  describe('withInitialState', () => {
    it('replaces the placeholder element, once', () => {
      const html = '<html><head><script type="application/json" id="initial-state">null</script></head><body></body></html>';
      const out = withInitialState(html, { a: '</script>' });
      expect(out).toBe('<html><head><script type="application/json" id="initial-state">{"a":"\\u003c/script\\u003e"}</script></head><body></body></html>');
    });

    it('adds the element at the end of <head> when the page has none', () => {
      expect(withInitialState('<head><title>x</title></head><body>$&</body>', { n: 1 })).toBe(
        '<head><title>x</title><script type="application/json" id="initial-state">{"n":1}</script></head><body>$&</body>',
      );
    });

    it('treats $ patterns in the state as text', () => {
      const html = '<script type="application/json" id="initial-state"></script>';
      expect(withInitialState(html, { v: "$$ $' $1 $`" })).toBe('<script type="application/json" id="initial-state">{"v":"$$ $\' $1 $`"}</script>');
    });
  });
});
