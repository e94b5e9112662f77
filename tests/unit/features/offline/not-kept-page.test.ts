import { describe, expect, it } from 'vitest';
import { notKeptPage } from '../../../../src/features/offline/not-kept-page';

describe('the page for a page not kept offline', () => {
  it('is a page in the asked language with its words as text and a link home', () => {
    const words = { title: 'Niet bewaard <b>', text: 'Tekst & "meer"', home: 'Naar de startpagina' };
    const html = notKeptPage(words, 'nl', '/teacher-leadership/');
    expect(html).toContain('<html lang="nl">');
    expect(html).toContain('<title>Niet bewaard &lt;b&gt;</title>');
    expect(html).toContain('<h1>Niet bewaard &lt;b&gt;</h1>');
    expect(html).toContain('<p>Tekst &amp; &quot;meer&quot;</p>');
    expect(html).toContain('<a href="/teacher-leadership/">Naar de startpagina</a>');
  });
});
