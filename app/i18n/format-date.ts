/** A calendar date (YYYY-MM-DD) in the worker's language, e.g. "15 January 2026". */
export function formatDate(isoDate: string, lng: string): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return isoDate;
  // A UK service: plain "en" means British English dates, not American ones.
  const locale = lng === 'en' ? 'en-GB' : lng;
  try {
    return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
  } catch {
    return isoDate;
  }
}
