import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * The order of the browser test files: vitest's own (the longest first, by the times of the last
 * run), except that the files auditing every page of a build come first even when there is no
 * last run, as on a clean clone in CI. Vitest then orders by file size, which puts those
 * audits, small files that open a hundred pages, last, and one worker ran them alone at the end
 * while the other had finished.
 */
export class AuditsFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]) {
    const sorted = await super.sort(files);
    const audit = (file: TestSpecification) => /\/every-page[^/]*\.test\.ts$/.test(file.moduleId);
    return [...sorted.filter(audit), ...sorted.filter((file) => !audit(file))];
  }
}
