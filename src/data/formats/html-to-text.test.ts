import { describe, expect, it } from 'vitest';
import { htmlToText } from './html-to-text';

describe('htmlToText', () => {
  it.each([
    ['<p>One</p><p>Two</p>', 'One Two'],
    ['Tom &amp; Jerry &lt;3 &#8220;hi&#x201D; &nbsp;', 'Tom & Jerry <3 “hi”'],
    ['<script>alert(1)</script>Safe', 'Safe'],
    ['<a href="javascript:alert(1)">link</a>', 'link'],
    ['&lt;img src=x onerror=alert(1)&gt;', '<img src=x onerror=alert(1)>'],
    ['&#0; &#xD800; &bogus;', '&#0; &#xD800; &bogus;'],
    ['  spaced\n\tout  ', 'spaced out'],
  ])('%j → %j', (html, text) => {
    expect(htmlToText(html)).toBe(text);
  });
});
