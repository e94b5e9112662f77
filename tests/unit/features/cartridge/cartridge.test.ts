import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  CC_NAMESPACE,
  WEB_LINK_NAMESPACE,
  cartridgeFiles,
  type Cartridge,
} from '../../../../src/features/cartridge/cartridge';
import { zipCartridge } from '../../../../src/features/cartridge/zip-cartridge';
import { childNamed, childrenNamed, readCartridge } from '../../../support/read-cartridge';

const hostile = `Ēén "opdracht" & 'quotes' <b>vet</b> ]]>`;

const cartridge: Cartridge = {
  title: hostile,
  lang: 'nl',
  items: [
    {
      kind: 'page',
      title: hostile,
      paragraphs: [
        { text: 'Regel één\nRegel <twee>' },
        { text: 'Open', href: 'https://example.org/opdracht/#a=x&y' },
      ],
    },
    { kind: 'link', title: 'Vier vormen', url: 'https://example.org/modules/vier-vormen/' },
    { kind: 'link', title: 'De paradox & meer', url: 'https://example.org/modules/de-paradox/?a=1&b="2"' },
  ],
};

const read = () => readCartridge(zipCartridge(cartridgeFiles(cartridge)));

describe('a Common Cartridge', () => {
  it('has a CC 1.1 manifest: schema, version, namespace and the title in its metadata', () => {
    const { manifest, schema, schemaVersion } = read();
    expect(manifest.name).toBe('manifest');
    expect(manifest.uri).toBe(CC_NAMESPACE);
    expect(schema).toBe('IMS Common Cartridge');
    expect(schemaVersion).toBe('1.1.0');
    const general = childNamed(
      childNamed(childNamed(childNamed(manifest, 'metadata'), 'lom'), 'general'),
      'title',
    );
    expect(childNamed(general, 'string').text).toBe(hostile);
  });

  it('holds one rooted organization whose root item lists every resource in order, each with its file', () => {
    const { organization, resources, items, files } = read();
    expect(organization.attributes['structure']).toBe('rooted-hierarchy');
    expect(childrenNamed(organization, 'item')).toHaveLength(1);
    expect(items.map((item) => [item.title, item.type])).toEqual([
      [hostile, 'webcontent'],
      ['Vier vormen', 'imswl_xmlv1p1'],
      ['De paradox & meer', 'imswl_xmlv1p1'],
    ]);
    expect(resources).toHaveLength(3);
    for (const resource of resources) {
      expect(files).toContain(childNamed(resource, 'file').attributes['href']);
    }
    expect(files).toHaveLength(4);
  });

  it('writes each web link as well-formed imswl XML with its absolute URL, quotes and ampersands intact', () => {
    const links = read().items.filter((item) => item.type === 'imswl_xmlv1p1');
    for (const link of links) {
      expect(link.file.uri).toBe(WEB_LINK_NAMESPACE);
      expect(link.file.name).toBe('webLink');
      expect(childNamed(link.file, 'url').attributes['target']).toBe('_blank');
      expect(new URL(link.url ?? '').protocol).toBe('https:');
    }
    expect(links.map((link) => [childNamed(link.file, 'title').text, link.url])).toEqual([
      ['Vier vormen', 'https://example.org/modules/vier-vormen/'],
      ['De paradox & meer', 'https://example.org/modules/de-paradox/?a=1&b="2"'],
    ]);
  });

  it('writes the page as text, never as markup, with its link', () => {
    const page = read().items[0]!.file;
    const body = childNamed(page, 'body');
    expect(childNamed(body, 'h1').text).toBe(hostile);
    expect(childNamed(childNamed(page, 'head'), 'title').text).toBe(hostile);
    expect(childNamed(body, 'h1').children).toEqual([]);
    const [text, link] = childrenNamed(body, 'p');
    expect(text!.text).toBe('Regel één\nRegel <twee>');
    expect(childNamed(link!, 'a').attributes['href']).toBe('https://example.org/opdracht/#a=x&y');
  });

  afterEach(() => vi.useRealTimers());

  it('gives byte-identical files for the same cartridge, whenever it is made', () => {
    vi.useFakeTimers({ now: new Date('2026-03-01T10:00:00Z') });
    const earlier = zipCartridge(cartridgeFiles(cartridge));
    vi.setSystemTime(new Date('2026-11-20T17:31:12Z'));
    const first = zipCartridge(cartridgeFiles(cartridge));
    const second = zipCartridge(cartridgeFiles(structuredClone(cartridge)));
    expect(Buffer.from(second).equals(Buffer.from(first))).toBe(true);
    expect(Buffer.from(earlier).equals(Buffer.from(first))).toBe(true);
    const other = zipCartridge(cartridgeFiles({ ...cartridge, title: 'Anders' }));
    expect(Buffer.from(other).equals(Buffer.from(first))).toBe(false);
  });
});
