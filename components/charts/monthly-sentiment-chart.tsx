import { scaleBand, scaleLinear } from 'd3-scale';
import { stack } from 'd3-shape';
import { monthFormatter, type MonthCounts } from '@/lib/insights';
import { SENTIMENT_META, SENTIMENTS } from '@/lib/sentiment';
import { siteConfig } from '@/site.config';
import { ScrollTable, STICKY_FIRST_COLUMN } from './scroll-table';
import { SentimentLegend } from './sentiment-legend';
import { patternFill, SentimentPatternDefs } from './sentiment-patterns';

const formatMonth = monthFormatter(siteConfig);

interface MonthlySentimentChartProps {
  id: string;
  title: string;
  months: MonthCounts[];
  /** A small trend for tag and author pages: no gridlines, fewer labels, the table for screen readers only. */
  compact?: boolean;
}

/**
 * How many months apart the labels are, so at most `fit` fit in a row. A label ("Aug 2026" at
 * 12 px) is about 55 px wide: four fit in the 288 px a 320 px phone leaves the chart, eight in 600.
 */
const labelStride = (months: number, fit: number) => Math.max(1, Math.ceil(months / fit));

/** Labels near an edge line up with it instead of centring on their bar and being cut off. */
function labelPosition(start: number, width: number): { x: string; anchor: 'start' | 'middle' | 'end' } {
  const centre = start + width / 2;
  if (centre < 12) return { x: `${start}%`, anchor: 'start' };
  if (centre > 88) return { x: `${start + width}%`, anchor: 'end' };
  return { x: `${centre}%`, anchor: 'middle' };
}

/**
 * Stacked bars of verdicts per month, drawn on the server as SVG (no charting code reaches the
 * browser), each verdict in its colour and texture, with the same numbers in a table. The SVG has
 * no viewBox: across it positions are percentages, down it pixels, so the chart fills any width
 * while its text stays 12 px on a phone instead of shrinking with a scaled drawing.
 */
export function MonthlySentimentChart({ id, title, months, compact = false }: MonthlySentimentChartProps) {
  if (months.length === 0) return <p className="text-muted">No analyst verdicts yet.</p>;
  const height = compact ? 140 : 260;
  const margin = { top: 16, bottom: 24 };
  const x = scaleBand<string>()
    .domain(months.map((row) => row.month))
    .range([compact ? 0 : 8, 100])
    .padding(0.2);
  const y = scaleLinear()
    .domain([0, Math.max(...months.map((row) => row.total), 1)])
    .nice()
    .range([height - margin.bottom, margin.top]);
  const series = stack<MonthCounts, (typeof SENTIMENTS)[number]>()
    .keys(SENTIMENTS)
    .value((row, key) => row.counts[key])(months);
  const narrowStride = labelStride(months.length, 4);
  const wideStride = compact ? narrowStride : labelStride(months.length, 8);
  const summary = months.map((row) => `${formatMonth(row.month)}: ${row.total}`).join(', ');

  return (
    <figure className="space-y-3">
      <figcaption className="sr-only">{title}</figcaption>
      <svg width="100%" height={height} className="block" role="img" aria-labelledby={`${id}-title ${id}-desc`} data-chart="months">
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>
          Articles with an analyst verdict per month. {summary}. {compact ? 'A table for screen readers' : 'The table below'} gives each verdict&rsquo;s count.
        </desc>
        <SentimentPatternDefs chartId={id} />
        {compact
          ? null
          : y.ticks(4).map((tick) => (
              <g key={tick}>
                <line x1="0" x2="100%" y1={y(tick)} y2={y(tick)} className="stroke-rule" />
                {/* Above its gridline at the left, clear of the bars, which start at 8%. */}
                <text x="0" y={y(tick) - 4} className="fill-muted text-[12px]">
                  {tick}
                </text>
              </g>
            ))}
        {series.map((layer) => (
          <g key={layer.key} fill={patternFill(id, layer.key)} data-sentiment={layer.key}>
            {layer.map((point) =>
              point[1] > point[0] ? (
                <rect
                  key={point.data.month}
                  x={`${x(point.data.month)}%`}
                  y={y(point[1])}
                  width={`${x.bandwidth()}%`}
                  height={y(point[0]) - y(point[1])}
                  className="stroke-paper"
                  strokeWidth={1}
                />
              ) : null,
            )}
          </g>
        ))}
        {months.map((row, index) => {
          const onNarrow = index % narrowStride === 0;
          const onWide = index % wideStride === 0;
          if (!onNarrow && !onWide) return null;
          const { x: labelX, anchor } = labelPosition(x(row.month)!, x.bandwidth());
          const visibility = onNarrow && onWide ? '' : onNarrow ? 'sm:hidden' : 'max-sm:hidden';
          return (
            <text key={row.month} x={labelX} y={height - 6} textAnchor={anchor} className={`fill-muted text-[12px] ${visibility}`} data-month-label>
              {formatMonth(row.month)}
            </text>
          );
        })}
      </svg>
      <SentimentLegend chartId={id} />
      {compact ? (
        // sr-only on a wrapper: a table lays out at its content's width whatever width it is given,
        // and an sr-only table that wide widened the page on a phone.
        <div className="sr-only">
          <table>
            <MonthTableRows title={title} months={months} />
          </table>
        </div>
      ) : (
        <ScrollTable label={`${title}: table`} minWidth="min-w-[24rem]" hintUntil="min-[26rem]:hidden">
          <MonthTableRows title={title} months={months} />
        </ScrollTable>
      )}
    </figure>
  );
}

function MonthTableRows({ title, months }: { title: string; months: MonthCounts[] }) {
  return (
    <>
      <caption className="sr-only">{title}: articles per month by analyst verdict</caption>
      <thead>
        <tr className="border-b border-rule text-left text-muted">
          <th scope="col" className={`py-1 pr-3 font-semibold ${STICKY_FIRST_COLUMN}`}>
            Month
          </th>
          {SENTIMENTS.map((sentiment) => (
            <th key={sentiment} scope="col" className="py-1 pr-3 text-right font-semibold">
              {SENTIMENT_META[sentiment].label}
            </th>
          ))}
          <th scope="col" className="py-1 pr-2 text-right font-semibold">
            Total
          </th>
        </tr>
      </thead>
      <tbody>
        {months.map((row) => (
          <tr key={row.month} className="border-b border-rule last:border-0" data-month={row.month}>
            <th scope="row" className={`py-1 pr-3 text-left font-normal whitespace-nowrap ${STICKY_FIRST_COLUMN}`}>
              {formatMonth(row.month)}
            </th>
            {SENTIMENTS.map((sentiment) => (
              <td key={sentiment} className="py-1 pr-3 text-right tabular-nums" data-sentiment={sentiment}>
                {row.counts[sentiment]}
              </td>
            ))}
            <td className="py-1 pr-2 text-right tabular-nums">{row.total}</td>
          </tr>
        ))}
      </tbody>
    </>
  );
}
