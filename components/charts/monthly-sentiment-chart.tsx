import { scaleBand, scaleLinear } from 'd3-scale';
import { stack } from 'd3-shape';
import type { MonthCounts } from '@/lib/insights';
import { SENTIMENT_META, SENTIMENTS } from '@/lib/sentiment';
import { SENTIMENT_FILL } from './sentiment-colors';
import { SentimentLegend } from './sentiment-legend';

const monthLabel = new Intl.DateTimeFormat('en-US', { month: 'short', year: '2-digit', timeZone: 'UTC' });
const formatMonth = (month: string) => monthLabel.format(new Date(`${month}-01T00:00:00Z`));

interface MonthlySentimentChartProps {
  id: string;
  title: string;
  months: MonthCounts[];
  /** A small trend for tag and author pages: no gridlines, fewer labels. */
  compact?: boolean;
}

/**
 * Stacked bars of verdicts per month, drawn on the server as SVG (no charting code reaches the
 * browser), with the same numbers in a table for screen readers and anyone who prefers figures.
 */
export function MonthlySentimentChart({ id, title, months, compact = false }: MonthlySentimentChartProps) {
  if (months.length === 0) return <p className="text-muted">No analyst verdicts yet.</p>;
  const width = compact ? 360 : 720;
  const height = compact ? 120 : 260;
  const margin = compact ? { top: 8, right: 4, bottom: 20, left: 4 } : { top: 12, right: 8, bottom: 28, left: 32 };
  const max = Math.max(...months.map((row) => row.total), 1);
  const x = scaleBand<string>()
    .domain(months.map((row) => row.month))
    .range([margin.left, width - margin.right])
    .padding(0.2);
  const y = scaleLinear().domain([0, max]).nice().range([height - margin.bottom, margin.top]);
  const series = stack<MonthCounts, (typeof SENTIMENTS)[number]>()
    .keys(SENTIMENTS)
    .value((row, key) => row.counts[key])(months);
  const labelEvery = Math.ceil(months.length / (compact ? 4 : 12));
  const summary = months.map((row) => `${formatMonth(row.month)}: ${row.total}`).join(', ');

  return (
    <figure className="space-y-3">
      <figcaption className="sr-only">{title}</figcaption>
      <svg viewBox={`0 0 ${width} ${height}`} className="h-auto w-full" role="img" aria-labelledby={`${id}-title ${id}-desc`}>
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>Articles with an analyst verdict per month. {summary}. The table below gives each verdict's count.</desc>
        {compact
          ? null
          : y.ticks(4).map((tick) => (
              <g key={tick}>
                <line x1={margin.left} x2={width - margin.right} y1={y(tick)} y2={y(tick)} className="stroke-rule" />
                <text x={margin.left - 6} y={y(tick)} dy="0.32em" textAnchor="end" className="fill-muted text-[11px]">
                  {tick}
                </text>
              </g>
            ))}
        {series.map((layer) => (
          <g key={layer.key} className={SENTIMENT_FILL[layer.key]}>
            {layer.map((point) => (
              <rect
                key={point.data.month}
                x={x(point.data.month)}
                y={y(point[1])}
                width={x.bandwidth()}
                height={Math.max(0, y(point[0]) - y(point[1]))}
              />
            ))}
          </g>
        ))}
        {months.map((row, index) =>
          index % labelEvery === 0 ? (
            <text
              key={row.month}
              x={(x(row.month) ?? 0) + x.bandwidth() / 2}
              y={height - margin.bottom + 16}
              textAnchor="middle"
              className="fill-muted text-[11px]"
            >
              {formatMonth(row.month)}
            </text>
          ) : null,
        )}
      </svg>
      <SentimentLegend />
      <div className={compact ? 'sr-only' : 'overflow-x-auto'}>
        <table className="w-full text-sm">
          <caption className="sr-only">{title}: articles per month by analyst verdict</caption>
          <thead>
            <tr className="border-b border-rule text-left text-muted">
              <th scope="col" className="py-1 pr-3 font-semibold">Month</th>
              {SENTIMENTS.map((sentiment) => (
                <th key={sentiment} scope="col" className="py-1 pr-3 text-right font-semibold">
                  {SENTIMENT_META[sentiment].label}
                </th>
              ))}
              <th scope="col" className="py-1 text-right font-semibold">Total</th>
            </tr>
          </thead>
          <tbody>
            {months.map((row) => (
              <tr key={row.month} className="border-b border-rule last:border-0" data-month={row.month}>
                <th scope="row" className="py-1 pr-3 text-left font-normal">{formatMonth(row.month)}</th>
                {SENTIMENTS.map((sentiment) => (
                  <td key={sentiment} className="py-1 pr-3 text-right tabular-nums" data-sentiment={sentiment}>
                    {row.counts[sentiment]}
                  </td>
                ))}
                <td className="py-1 text-right tabular-nums">{row.total}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}
