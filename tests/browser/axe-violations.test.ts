import { expect, it } from 'vitest';
import { useBrowser } from './support/fixtures';
import { axeViolations, openPage } from './support/widget-page';

// The audit every other test relies on must itself find what it is there to find.
const browser = useBrowser();

it('axeViolations names the rules a page breaks, and only inside the part it is asked about', async () => {
  const { page } = await openPage(browser, 'modules/vier-vormen/');
  expect(await axeViolations(page), 'the page as built').toEqual([]);

  await page.evaluate(() => {
    const broken = document.createElement('p');
    broken.id = 'broken';
    broken.style.color = '#ddd';
    broken.style.background = '#fff';
    broken.textContent = 'Grey on white';
    const image = document.createElement('img');
    image.src = 'data:image/gif;base64,R0lGODlhAQABAAAAACw=';
    broken.append(image);
    document.querySelector('main')!.prepend(broken);
  });
  const found = await axeViolations(page);
  expect(found.map((violation) => violation.split(':')[0])).toEqual(
    expect.arrayContaining(['color-contrast', 'image-alt']),
  );
  expect(
    found.find((violation) => violation.startsWith('image-alt')),
    'says where',
  ).toMatch(/^image-alt: .*img/);
  expect(await axeViolations(page, 'vier-vormen-sorteren'), 'inside the widget only').toEqual([]);
});
