import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConsultationStatus } from '@/api/schemas';
import type { QuarterCount } from '@/api/schemas/profiles';
import { formatNumber } from '@/lib/i18n/format';
import { useLanguage } from '@/lib/i18n/use-language';
import { ChartSvg } from '@/components/chart-svg';
import { CountLink } from '@/components/count-link';
import { consultationsOf, type Subject } from '../links';
import { busiestQuarter, niceMax, quarterLabel } from './chart-scale';

/** Stacked from the bottom: what happened first, then what is hoped for, then what fell through. */
const stack: readonly ConsultationStatus[] = ['held', 'planned', 'postponed', 'cancelled'];
/** Drawn larger than the view box, so its small print stays legible. */
const BAR = 18;
const GAP = 6;
const PLOT = 110;
const TOP = 8;
const LEFT = 34;
const BOTTOM = 30;

/** Fills per status: a colour and a texture, so the chart reads in greyscale and print too. */
const fills: Record<ConsultationStatus, string> = {
  held: 'solid',
  planned: 'hatch',
  postponed: 'dots',
  cancelled: 'cross',
};

function Patterns({ prefix }: { prefix: string }) {
  return (
    <defs>
      <pattern
        id={`${prefix}-hatch`}
        width="6"
        height="6"
        patternUnits="userSpaceOnUse"
        patternTransform="rotate(45)"
      >
        <rect width="6" height="6" fill="#fff" />
        <line x1="0" y1="0" x2="0" y2="6" stroke="var(--planned)" strokeWidth="3" />
      </pattern>
      <pattern id={`${prefix}-dots`} width="5" height="5" patternUnits="userSpaceOnUse">
        <rect width="5" height="5" fill="#fff" />
        <circle cx="2.5" cy="2.5" r="1.6" fill="var(--postponed)" />
      </pattern>
      <pattern id={`${prefix}-cross`} width="6" height="6" patternUnits="userSpaceOnUse">
        <rect width="6" height="6" fill="#fff" />
        <path d="M0 0L6 6M6 0L0 6" stroke="var(--cancelled)" strokeWidth="1.2" />
      </pattern>
    </defs>
  );
}

const fillOf = (status: ConsultationStatus, prefix: string) =>
  fills[status] === 'solid' ? `var(--${status})` : `url(#${prefix}-${fills[status]})`;

/** A legend swatch: the same fill as the bars, outlined. */
function Swatch({ status, prefix }: { status: ConsultationStatus; prefix: string }) {
  return (
    <svg width="14" height="14" aria-hidden="true" focusable="false" className="swatch">
      <rect
        x="0.5"
        y="0.5"
        width="13"
        height="13"
        fill={fillOf(status, prefix)}
        stroke={`var(--${status})`}
      />
    </svg>
  );
}

interface Props {
  quarters: QuarterCount[];
  subject: Subject;
  name: string;
}

/**
 * Consultations per quarter as stacked bars by status, hand-drawn in SVG, with the same numbers
 * in a table whose every figure opens those consultations.
 */
export function QuarterChart({ quarters, subject, name }: Props) {
  const { t } = useTranslation('participants');
  const { t: tc } = useTranslation();
  const language = useLanguage();
  const prefix = `qc${useId().replace(/[^a-zA-Z0-9]/g, '')}`;
  const headingId = `${prefix}-heading`;
  if (!quarters.length) {
    return (
      <section className="profile-chart" aria-labelledby={headingId}>
        <h2 id={headingId}>{t('chart.heading')}</h2>
        <p className="muted">{t('chart.none')}</p>
      </section>
    );
  }
  const label = (period: string) => quarterLabel(period, tc);
  const top = niceMax(Math.max(...quarters.map((q) => q.total)));
  const width = LEFT + quarters.length * (BAR + GAP) + GAP;
  const height = TOP + PLOT + BOTTOM;
  const y = (value: number) => TOP + PLOT - (value / top) * PLOT;
  const busiest = busiestQuarter(quarters);
  const total = quarters.reduce((sum, q) => sum + q.total, 0);
  const first = quarters[0]?.period ?? '';
  const last = quarters.at(-1)?.period ?? '';

  return (
    <section className="profile-chart" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('chart.heading')}</h2>
      <figure className="quarter-chart">
        <ChartSvg
          id={prefix}
          width={width}
          height={height}
          bench="profile-chart"
          title={t('chart.title', { name })}
          description={t('chart.summary', {
            first: label(first),
            last: label(last),
            count: total,
            busiest: busiest ? label(busiest.period) : '',
            busiestCount: busiest?.total ?? 0,
          })}
        >
          <Patterns prefix={prefix} />
          {[0, ...(Number.isInteger(top / 2) ? [top / 2] : []), top].map((tick) => (
            <g key={tick} className="chart-grid">
              <line x1={LEFT - 4} x2={width} y1={y(tick)} y2={y(tick)} />
              <text x={LEFT - 6} y={y(tick) + 4} textAnchor="end">
                {formatNumber(tick, language)}
              </text>
            </g>
          ))}
          {quarters.map((q, index) => {
            const x = LEFT + GAP + index * (BAR + GAP);
            let base = 0;
            const parts = stack.filter((s) => q.counts[s] > 0);
            return (
              <g key={q.period} className="chart-bar">
                <title>
                  {`${label(q.period)}: ${formatNumber(q.total, language)}${
                    parts.length
                      ? ` — ${parts.map((s) => `${formatNumber(q.counts[s], language)} ${tc(`status.${s}`)}`).join(', ')}`
                      : ''
                  }`}
                </title>
                {parts.map((s) => {
                  const top = y(base + q.counts[s]);
                  const bottom = y(base);
                  base += q.counts[s];
                  return (
                    <rect
                      key={s}
                      x={x}
                      y={top}
                      width={BAR}
                      height={Math.max(bottom - top, 0)}
                      fill={fillOf(s, prefix)}
                      stroke={`var(--${s})`}
                      strokeWidth="1"
                    />
                  );
                })}
                {q.period.endsWith('Q1') || (index === 0 && Number(q.period.slice(6)) <= 2) ? (
                  <text x={x} y={TOP + PLOT + 26} className="chart-year">
                    {q.period.slice(0, 4)}
                  </text>
                ) : null}
                <text
                  x={x + BAR / 2}
                  y={TOP + PLOT + 12}
                  textAnchor="middle"
                  className="chart-quarter"
                >
                  {q.period.slice(5)}
                </text>
              </g>
            );
          })}
        </ChartSvg>
        <ul className="chart-legend">
          {stack.map((s) => (
            <li key={s}>
              <Swatch status={s} prefix={prefix} /> {tc(`status.${s}`)}
            </li>
          ))}
        </ul>
      </figure>
      <details className="chart-table">
        <summary>{t('chart.showTable')}</summary>
        <table>
          <caption>{t('chart.tableCaption', { name })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('chart.quarter')}</th>
              {stack.map((s) => (
                <th key={s} scope="col" className="num">
                  {tc(`status.${s}`)}
                </th>
              ))}
              <th scope="col" className="num">
                {t('chart.total')}
              </th>
            </tr>
          </thead>
          <tbody>
            {quarters.map((q) => (
              <tr key={q.period}>
                <th scope="row">{label(q.period)}</th>
                {stack.map((s) => (
                  <td key={s} className="num">
                    <CountLink count={q.counts[s]} to={consultationsOf(subject, { from: q.from, to: q.to, status: s })} />
                  </td>
                ))}
                <td className="num">
                  <CountLink count={q.total} to={consultationsOf(subject, { from: q.from, to: q.to })} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </section>
  );
}
