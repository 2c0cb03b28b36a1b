import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '@/lib/i18n/format';
import { useLanguage } from '@/lib/i18n/use-language';
import { ChartSvg } from '@/components/chart-svg';
import { CountLink } from '@/components/count-link';
import { consultationsOfTopic } from './links';
import { quarterSpan } from './topic-tree';
import { peakOf, quarterLabel } from './trend-text';

/** Drawn larger than the view box, so its small print stays legible. */
const BAR = 20;
const GAP = 6;
const PLOT = 120;
const TOP = 16;
const LEFT = 8;
const BOTTOM = 30;

interface Props {
  topicId: string;
  name: string;
  axis: string[];
  values: number[];
}

/**
 * A topic's consultations per quarter (with its subtopics), drawn as bars with the count written
 * above each, and the same numbers in a table whose figures open those consultations.
 */
export function TopicTrendChart({ topicId, name, axis, values }: Props) {
  const { t } = useTranslation('topics');
  const { t: tc } = useTranslation();
  const language = useLanguage();
  const prefix = `tt${useId().replace(/[^a-zA-Z0-9]/g, '')}`;
  const headingId = `${prefix}-heading`;
  const max = Math.max(1, ...values);
  const width = LEFT * 2 + axis.length * (BAR + GAP);
  const height = TOP + PLOT + BOTTOM;
  const peak = peakOf(values, axis);
  const total = values.reduce((a, b) => a + b, 0);
  return (
    <section className="topic-trend-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('topic.trend')}</h2>
      {!peak ? (
        <p className="muted">{t('topic.noTrend')}</p>
      ) : (
        <>
          <figure className="topic-trend-chart">
            <ChartSvg
              id={prefix}
              width={width}
              height={height}
              bench="topic-trend"
              title={t('topic.chartTitle', { name })}
              description={t('topic.chartSummary', {
                from: quarterLabel(axis[0] ?? '', tc),
                to: quarterLabel(axis.at(-1) ?? '', tc),
                count: total,
                peak: peak.count,
                peakQuarter: quarterLabel(peak.period, tc),
              })}
            >
              <line
                x1={LEFT}
                x2={width - LEFT}
                y1={TOP + PLOT + 0.5}
                y2={TOP + PLOT + 0.5}
                className="chart-axis"
              />
              {axis.map((period, i) => {
                const v = values[i] ?? 0;
                const x = LEFT + GAP / 2 + i * (BAR + GAP);
                const h = (v / max) * PLOT;
                return (
                  <g key={period}>
                    <title>{`${quarterLabel(period, tc)}: ${formatNumber(v, language)}`}</title>
                    {v > 0 && (
                      <rect
                        x={x}
                        y={TOP + PLOT - h}
                        width={BAR}
                        height={h}
                        className={period === peak.period ? 'bar bar-peak' : 'bar'}
                      />
                    )}
                    {v > 0 && (
                      <text
                        x={x + BAR / 2}
                        y={TOP + PLOT - h - 3}
                        textAnchor="middle"
                        className="chart-value"
                      >
                        {formatNumber(v, language)}
                      </text>
                    )}
                    <text
                      x={x + BAR / 2}
                      y={TOP + PLOT + 12}
                      textAnchor="middle"
                      className="chart-quarter"
                    >
                      {period.slice(5)}
                    </text>
                    {(period.endsWith('Q1') || (i === 0 && Number(period.slice(6)) <= 2)) && (
                      <text x={x} y={TOP + PLOT + 26} className="chart-year">
                        {period.slice(0, 4)}
                      </text>
                    )}
                  </g>
                );
              })}
            </ChartSvg>
            <figcaption className="muted">
              {t('topic.chartCaption', {
                peak: peak.count,
                peakQuarter: quarterLabel(peak.period, tc),
              })}
            </figcaption>
          </figure>
          <details className="chart-table">
            <summary>{t('topic.showTable')}</summary>
            <table>
              <caption>{t('topic.tableCaption', { name })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('topic.quarter')}</th>
                  <th scope="col" className="num">
                    {t('topic.consultations')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {axis.map((period, i) => {
                  const v = values[i] ?? 0;
                  return (
                    <tr key={period}>
                      <th scope="row">{quarterLabel(period, tc)}</th>
                      <td className="num">
                        <CountLink count={v} to={consultationsOfTopic(topicId, quarterSpan(period))} />
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </details>
        </>
      )}
    </section>
  );
}
