import { siteConfig } from '@/site.config';
import { formatDate } from './dates';
import type { DatedNote } from './story-notes';

const timeOfDay = new Intl.DateTimeFormat(siteConfig.locale.replace('_', '-'), {
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
  timeZone: siteConfig.timeZone,
  timeZoneName: 'short',
});

/** "14 June 2026", or "14 June 2026, 09:30 UTC" when the author gave a time: a timeline needs the hour. */
export function formatNoteTime(note: Pick<DatedNote, 'date' | 'timed'>): string {
  const day = formatDate(note.date);
  return note.timed ? `${day}, ${timeOfDay.format(new Date(note.date))}` : day;
}
