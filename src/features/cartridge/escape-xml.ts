/**
 * Text or an attribute value made safe for XML (and so for the cartridge's XHTML page): the
 * five characters XML gives a meaning are written as entities.
 */
export const escapeXml = (text: string): string =>
  text.replace(
    /[&<>"']/g,
    (char) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot', "'": 'apos' }[char]};`,
  );
