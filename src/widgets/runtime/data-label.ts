/**
 * A label an element's component handed over in `data-labels`, by key. One it did not hand over
 * is a fault of the markup: said in the console, and `undefined` for the caller to stand in for.
 */
export function dataLabel(
  element: HTMLElement,
  labels: Partial<Record<string, string>>,
  key: string,
): string | undefined {
  const text = labels[key];
  if (text === undefined) console.error(`<${element.localName}> lacks the label "${key}" in data-labels`);
  return text;
}
