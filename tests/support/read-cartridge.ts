import { strFromU8, unzipSync } from 'fflate';
import { SaxesParser } from 'saxes';

/** An XML element as the tests read it: namespace, local name, attributes by qualified name, text, children. */
export interface XmlElement {
  uri: string;
  name: string;
  attributes: Record<string, string>;
  text: string;
  children: XmlElement[];
}

/** Parses XML with a real, namespace-aware parser; throws on anything not well-formed. */
export function parseXml(xml: string): XmlElement {
  const parser = new SaxesParser({ xmlns: true });
  const stack: XmlElement[] = [];
  let root: XmlElement | null = null;
  parser.on('error', (error) => {
    throw error;
  });
  parser.on('opentag', (tag) => {
    const element: XmlElement = {
      uri: tag.uri,
      name: tag.local,
      attributes: Object.fromEntries(Object.values(tag.attributes).map((a) => [a.name, a.value])),
      text: '',
      children: [],
    };
    stack.at(-1)?.children.push(element);
    root ??= element;
    stack.push(element);
  });
  parser.on('text', (text) => {
    const current = stack.at(-1);
    if (current) current.text += text;
  });
  parser.on('closetag', () => stack.pop());
  parser.write(xml).close();
  if (!root) throw new Error('no root element');
  return root;
}

/** The children of an element with a local name. */
export const childrenNamed = (element: XmlElement, name: string) =>
  element.children.filter((child) => child.name === name);

/** The one child with a local name; throws if there is none or more than one. */
export function childNamed(element: XmlElement, name: string): XmlElement {
  const found = childrenNamed(element, name);
  if (found.length !== 1) throw new Error(`<${element.name}> has ${found.length} <${name}>`);
  return found[0]!;
}

export interface ReadItem {
  title: string;
  /** The resource's type, `imswl_xmlv1p1` or `webcontent`. */
  type: string;
  /** The resource's file, parsed. */
  file: XmlElement;
  /** A web link's URL. */
  url?: string;
}

/**
 * Opens a `.imscc` with fflate, parses its manifest and every file it names, and returns the
 * manifest with the organization's items in order. Throws where the cartridge breaks CC 1.1's
 * structure as these tests check it: a missing file, an item without its resource.
 */
export function readCartridge(bytes: Uint8Array) {
  const files = unzipSync(bytes);
  const text = (path: string) => {
    const file = files[path];
    if (!file) throw new Error(`the cartridge has no ${path}`);
    return strFromU8(file);
  };
  const manifest = parseXml(text('imsmanifest.xml'));
  const metadata = childNamed(manifest, 'metadata');
  const organization = childNamed(childNamed(manifest, 'organizations'), 'organization');
  const resources = childrenNamed(childNamed(manifest, 'resources'), 'resource');
  const items = childNamed(organization, 'item').children.map((item): ReadItem => {
    const resource = resources.find(
      (candidate) => candidate.attributes['identifier'] === item.attributes['identifierref'],
    );
    if (!resource) throw new Error(`no resource for item ${item.attributes['identifier']}`);
    const file = parseXml(text(childNamed(resource, 'file').attributes['href'] ?? ''));
    const type = resource.attributes['type'] ?? '';
    const url = type === 'imswl_xmlv1p1' ? childNamed(file, 'url').attributes['href'] : undefined;
    return { title: childNamed(item, 'title').text, type, file, url };
  });
  return {
    files: Object.keys(files),
    manifest,
    schema: childNamed(metadata, 'schema').text,
    schemaVersion: childNamed(metadata, 'schemaversion').text,
    organization,
    resources,
    items,
  };
}
