/** The labels `<condities-scan>` uses (`conditionsScan.*`), besides those every rating scan has. */
export const conditionsScanKeys = ['rated', 'resetDone', 'resetKept'] as const;
export type ConditionsScanLabel = (typeof conditionsScanKeys)[number];
