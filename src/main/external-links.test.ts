import { describe, expect, it } from 'vitest';
import { isExternalWebLink } from './external-links';

describe('links handed to the system browser', () => {
  it.each(['https://www.reuters.com/article/x', 'http://world.kbs.co.kr/service/news_view.htm?lang=e&Seq_Code=157813'])(
    'opens %s',
    (url) => {
      expect(isExternalWebLink(url)).toBe(true);
    },
  );

  it.each([
    'file:///etc/passwd',
    'javascript:alert(1)',
    'app://tidemark/index.html',
    'smb://host/share',
    'https://user:pw@example.com/',
    'not a url',
    'https://',
  ])('refuses %s', (url) => {
    expect(isExternalWebLink(url)).toBe(false);
  });
});
