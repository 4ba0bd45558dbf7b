/** Timestamps are ISO 8601 UTC text, which sorts in time order. */
export function now(): string {
  return new Date().toISOString();
}
