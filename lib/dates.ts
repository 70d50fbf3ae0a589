import { siteConfig } from '@/site.config';

const longDate = new Intl.DateTimeFormat(siteConfig.locale.replace('_', '-'), {
  dateStyle: 'long',
  timeZone: siteConfig.timeZone,
});

/** "25 November 2026" style, in the site's time zone so every build prints the same day. */
export function formatDate(iso: string): string {
  return longDate.format(new Date(iso));
}

/** "March 4 – 18, 2026", or one date when both fall on the same day: what an archive page covers. */
export function formatDateRange(fromIso: string, toIso: string): string {
  return longDate.formatRange(new Date(fromIso), new Date(toIso));
}
