import { describe, expect, inject, it } from 'vitest';
import { useBrowser } from './support/fixtures';
import { subPath } from './support/serve-sites';
import { SitePage } from './support/site-page';

const browser = useBrowser();

describe(`built for ${subPath}`, () => {
  it('follows the home page button to the first module', async () => {
    const site = new SitePage(await browser.newPage(), inject('subPathSiteUrl'));
    await site.open('');
    await site.page.getByRole('link', { name: 'Begin met de eerste module' }).click();
    await expect(site.heading().textContent()).resolves.toBe('Waarom teacher leadership?');
  });

  it('searches under the sub-path', async () => {
    const site = new SitePage(await browser.newPage(), inject('subPathSiteUrl'));
    await site.open('');
    const results = await site.search('reikwijdte');
    const hrefs = await results.evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).pathname));
    expect(hrefs).toContain(`${subPath}modules/wat-is-teacher-leadership/`);
  });
});
