import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';

/**
 * An integration that only works on the finished build (the search vocabulary, the offline
 * worker): `step` gets the build's folder as a path, and Astro's logger, whose lines show
 * under `name`.
 */
export function afterBuild(
  name: string,
  step: (root: string, logger: AstroIntegrationLogger) => Promise<void>,
): AstroIntegration {
  return {
    name,
    hooks: { 'astro:build:done': ({ dir, logger }) => step(fileURLToPath(dir), logger) },
  };
}
