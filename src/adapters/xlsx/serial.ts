/** Excel's 1900 date system: serial 25569 is 1970-01-01; serials keep ten decimals (what a Date's milliseconds hold). */
export const EPOCH_SERIAL = 25569;
export const MS_PER_DAY = 86_400_000;

/** Milliseconds since 1970 (UTC) → serial. */
export function msToSerial(ms: number): number {
  return Math.round((ms / MS_PER_DAY + EPOCH_SERIAL) * 1e10) / 1e10;
}

export function dateToSerial(d: Date): number {
  return msToSerial(d.getTime());
}
