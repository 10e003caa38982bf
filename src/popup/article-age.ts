/** "3 days old", "2 years old": how old an article is, for the popup's header. */
export function articleAge(published: string, now: number): string {
  const ms = now - Date.parse(published);
  if (Number.isNaN(ms)) return 'date unknown';
  if (ms < 0) return 'dated in the future';
  const days = Math.floor(ms / 86_400_000);
  if (days < 1) return 'today';
  if (days < 31) return `${days} day${days === 1 ? '' : 's'} old`;
  const months = Math.floor(days / 30.44);
  if (months < 12) return `${months} month${months === 1 ? '' : 's'} old`;
  const years = Math.floor(days / 365.25);
  return `${years} year${years === 1 ? '' : 's'} old`;
}
