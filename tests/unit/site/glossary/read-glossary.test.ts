import { describe, expect, it } from 'vitest';
import { readGlossary } from '../../../../src/site/glossary/read-glossary';

const glossary = `---
title: Begrippenlijst
---

Inleiding met een [link](/modules/x/).

<dl class="begrippen">

<dt id="gunnen">Gunnen <span class="begrip-vertaling">(Engels: <i lang="en">granting</i>)</span></dt>
<dd>

Een ander de ruimte geven: ‘ga je gang’. Lees meer in [Aan de slag](/modules/aan-de-slag/).

</dd>

<dt id="role-based"><span lang="en">Role-based teacher leadership</span> <span class="begrip-vertaling">(Nederlands: formeel)</span></dt>
<dd>

De verkenning van Snoek e.a. (2019) noemt *een formele* rol? Ja.

</dd>

<dt id="lof">LerarenOntwikkelFonds (LOF) <span class="begrip-vertaling">(Engels: fonds)</span></dt>
<dd>

Een fonds zonder punt aan het eind

</dd>

</dl>
`;

describe('readGlossary', () => {
  const entries = readGlossary(glossary);

  it('reads each dt id with its term, the text before the translation and a bracketed abbreviation', () => {
    expect(entries.map(({ id, term }) => [id, term])).toEqual([
      ['gunnen', 'Gunnen'],
      ['role-based', 'Role-based teacher leadership'],
      ['lof', 'LerarenOntwikkelFonds'],
    ]);
  });

  it("takes the dd's first sentence as plain text, not stopping at an abbreviation", () => {
    expect(entries.map(({ definition }) => definition)).toEqual([
      'Een ander de ruimte geven: ‘ga je gang’.',
      'De verkenning van Snoek e.a. (2019) noemt een formele rol?',
      'Een fonds zonder punt aan het eind',
    ]);
  });

  it('finds nothing on a page without a definition list', () => {
    expect(readGlossary('# Geen lijst\n\nAlleen tekst.\n')).toEqual([]);
  });
});
