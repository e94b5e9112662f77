/**
 * The `sessionStorage` key under which a kit's presentation keeps where it was (the shape is in
 * `presenter-position.ts`). On its own so that `start.ts` can look for it without the rest.
 */
export const positionKey = (kit: string) => `leiderschap-van-leraren:presenteren:${kit}`;
