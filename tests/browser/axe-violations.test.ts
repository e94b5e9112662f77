import { expect, it } from 'vitest';
import { useBrowser } from './support/fixtures';
import { smallTargets } from './support/target-size';
import { axeViolations, openPage } from './support/widget-page';

// The audit every other test relies on must itself find what it is there to find.
const browser = useBrowser();

it('axeViolations and smallTargets name what a page breaks, and only inside the part they are asked about', async () => {
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

  // On the same page: smallTargets names targets under 24×24 px that are too close together, not inline links or spaced ones.
  expect(await smallTargets(page, 'vier-vormen-sorteren'), 'the widget as built').toEqual([]);
  await page.evaluate(() => {
    const part = document.createElement('div');
    part.id = 'targets';
    const button = (text: string, style: string) => {
      const element = document.createElement('button');
      element.textContent = text;
      element.setAttribute('style', `all: unset; display: inline-block; width: 16px; height: 16px; ${style}`);
      return element;
    };
    const sentence = document.createElement('p');
    const link = document.createElement('a');
    link.href = '#targets';
    link.textContent = 'a link';
    sentence.append('Text with ', link, ' inside.');
    part.append(button('x', ''), button('y', ''), button('z', 'margin-left: 40px'), sentence);
    document.querySelector('main')!.prepend(part);
  });
  expect(await smallTargets(page, '#targets')).toEqual(['button "x" 16×16', 'button "y" 16×16']);
});
