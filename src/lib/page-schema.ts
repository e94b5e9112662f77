import { z } from 'astro/zod';
import { contentMapIds } from './content-map';

/** Who a module is written for. The ids stay Dutch in both languages; labels are UI strings. */
export const audiences = ['leraar', 'schoolleider', 'lerarenopleider'] as const;
export type Audience = (typeof audiences)[number];

/** A course module: everything a teacher educator needs to decide whether to assign it. */
const moduleFrontmatter = z.object({
  kind: z.literal('module'),
  description: z.string().min(1),
  goals: z.array(z.string().min(1)).min(1),
  minutes: z.number().int().positive(),
  audiences: z.array(z.enum(audiences)).min(1),
  covers: z.array(z.enum(contentMapIds)).min(1),
});

/** Any other page (home, glossary, about): only Starlight's own fields. */
const otherPageFrontmatter = z.object({
  kind: z.literal('page'),
});

/**
 * Extends Starlight's frontmatter. Every page says what `kind` it is, so that a module
 * that lacks a field fails the build with a message naming the file and the field.
 */
export const pageFrontmatter = z.discriminatedUnion('kind', [moduleFrontmatter, otherPageFrontmatter]);
