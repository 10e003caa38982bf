/** Reading a person's roles at a date (YYYY[-MM[-DD]] dates; partial ones count from their first day). */
import type { Role } from './types.js';

export function padDate(date: string): string {
  const d = date.slice(0, 10);
  if (/^\d{4}$/.test(d)) return `${d}-01-01`;
  if (/^\d{4}-\d{2}$/.test(d)) return `${d}-01`;
  return d;
}

/** `date` (YYYY-MM-DD) lies within the role's span; a role with no end is still held. */
export function roleHeldOn(role: Role, date: string): boolean {
  return padDate(role.from) <= date && (role.to === undefined || padDate(role.to) >= date);
}
