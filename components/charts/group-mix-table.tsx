import Link from '@/components/link';
import { formatNetTone, type GroupMix } from '@/lib/insights';
import { SENTIMENT_META, SENTIMENTS } from '@/lib/sentiment';
import { ScrollTable, STICKY_FIRST_COLUMN } from './scroll-table';
import { SentimentLegend } from './sentiment-legend';
import { SentimentMixBar } from './sentiment-mix-bar';

/** Each group's verdict mix as a textured bar, beside the counts it is drawn from. */
export function GroupMixTable({ id, caption, groupLabel, groups }: { id: string; caption: string; groupLabel: string; groups: GroupMix[] }) {
  return (
    <div className="space-y-3">
      <SentimentLegend chartId={id} />
      <ScrollTable label={caption} minWidth="min-w-[36rem]" hintUntil="min-[38rem]:hidden">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr className="border-b border-rule text-left text-muted">
            <th scope="col" className={`py-2 pr-3 font-semibold ${STICKY_FIRST_COLUMN}`}>
              {groupLabel}
            </th>
            <th scope="col" className="w-2/5 py-2 pr-3 font-semibold">
              Mix
            </th>
            {SENTIMENTS.map((sentiment) => (
              <th key={sentiment} scope="col" className="py-2 pr-3 text-right font-semibold">
                {SENTIMENT_META[sentiment].label}
              </th>
            ))}
            <th scope="col" className="py-2 pr-2 text-right font-semibold">
              Net tone
            </th>
          </tr>
        </thead>
        <tbody>
          {groups.map((group, index) => (
            <tr key={group.path} className="border-b border-rule last:border-0" data-group={group.name}>
              <th scope="row" className={`py-2 pr-3 text-left font-semibold ${STICKY_FIRST_COLUMN}`}>
                <Link href={group.path} className="text-ink hover:underline">
                  {group.name}
                </Link>
              </th>
              <td className="py-2 pr-3">
                <SentimentMixBar id={`${id}-${index}`} mix={group} label={group.name} />
              </td>
              {SENTIMENTS.map((sentiment) => (
                <td key={sentiment} className="py-2 pr-3 text-right tabular-nums" data-sentiment={sentiment}>
                  {group.counts[sentiment]}
                </td>
              ))}
              <td className="py-2 pr-2 text-right tabular-nums">{formatNetTone(group.netTone)}</td>
            </tr>
          ))}
        </tbody>
      </ScrollTable>
    </div>
  );
}
