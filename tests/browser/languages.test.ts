import { describe, expect, inject, it } from 'vitest';
import { useBrowser } from './support/fixtures';
import { SitePage } from './support/site-page';

const browser = useBrowser();

async function openPage(path: string) {
  const site = new SitePage(await browser.newPage(), inject('siteUrl'));
  await site.open(path);
  return site;
}

describe('languages', () => {
  it('serves Dutch at the root, with Dutch interface text', async () => {
    const site = await openPage('');
    expect(await site.language()).toBe('nl');
    await expect(site.heading().textContent()).resolves.toBe('Leiderschap van leraren');
    expect(await site.page.getByRole('link', { name: 'Ga naar inhoud' }).count()).toBe(1);
  });

  it('serves English under /en/, with English interface text', async () => {
    const site = await openPage('en/');
    expect(await site.language()).toBe('en');
    await expect(site.heading().textContent()).resolves.toBe('Teacher leadership');
    expect(await site.page.getByRole('link', { name: 'Skip to content' }).count()).toBe(1);
  });

  it('shows a module with its reading time, audiences and learning goals', async () => {
    const site = await openPage('modules/wat-is-teacher-leadership/');
    await expect(site.heading().textContent()).resolves.toBe('Wat is teacher leadership?');
    const meta = site.page.locator('.module-meta');
    await expect(meta.textContent()).resolves.toMatch(/Leestijd:?\s*5 minuten/);
    await expect(meta.getByRole('heading', { name: 'Leerdoelen' }).count()).resolves.toBe(1);
    expect(await meta.getByRole('listitem').count()).toBe(3);
    expect(await site.page.getByRole('navigation', { name: 'Hoofdnavigatie' }).count()).toBe(1);
  });

  it('switches from a Dutch module to its English twin and back', async () => {
    const site = await openPage('modules/wat-is-teacher-leadership/');
    await site.switchLanguage('English');
    expect(new URL(site.page.url()).pathname).toBe('/en/modules/wat-is-teacher-leadership/');
    await expect(site.heading().textContent()).resolves.toBe('What is teacher leadership?');
    await site.switchLanguage('Nederlands');
    expect(new URL(site.page.url()).pathname).toBe('/modules/wat-is-teacher-leadership/');
  });
});
