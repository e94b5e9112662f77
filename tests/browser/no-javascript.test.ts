import { describe, expect, inject, it } from 'vitest';
import { useBrowser } from './support/fixtures';
import { SitePage } from './support/site-page';

const browser = useBrowser();

describe('without JavaScript', () => {
  it('a module shows its goals, text, figures and reflection questions', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const site = new SitePage(await context.newPage(), inject('siteUrl'));
    await site.open('modules/wat-is-teacher-leadership/');
    const { page } = site;
    expect(await page.getByRole('heading', { name: 'Leerdoelen' }).isVisible()).toBe(true);
    expect(
      await page.getByRole('heading', { name: 'Reikwijdte: hoe ver de invloed reikt' }).isVisible(),
    ).toBe(true);
    expect(await page.getByRole('figure').first().isVisible()).toBe(true);
    const questions = page.getByRole('region', { name: 'Reflectievragen' }).getByRole('listitem');
    expect(await questions.count()).toBeGreaterThanOrEqual(2);
    expect(await questions.first().isVisible()).toBe(true);
  });
});
