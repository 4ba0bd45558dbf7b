let last = 0;

/**
 * Timestamps as ISO 8601 UTC text, which sorts in time order. Strictly increasing within a
 * process, so two saves in the same millisecond still order as they happened.
 */
export function now(): string {
  last = Math.max(Date.now(), last + 1);
  return new Date(last).toISOString();
}
