import { siteConfig } from '@/site.config';

const longDate = new Intl.DateTimeFormat(siteConfig.locale.replace('_', '-'), {
  dateStyle: 'long',
  timeZone: siteConfig.timeZone,
});

/** "25 November 2026" style, in the site's time zone so every build prints the same day. */
export function formatDate(iso: string): string {
  return longDate.format(new Date(iso));
}
