import type { ReactNode } from 'react';

/** Charts are drawn in their own units and shown this much larger. */
const SCALE = 1.4;

export interface ChartSvgProps {
  /** A prefix for the ids of the title and the description. */
  id: string;
  width: number;
  height: number;
  /** What the chart shows, and what it says, in words: read by screen readers as one image. */
  title: string;
  description: string;
  /** Names the chart for the benchmark scripts. */
  bench?: string;
  children: ReactNode;
}

/** An SVG chart that is one image to assistive technology, with a title and a description in words. */
export function ChartSvg({ id, width, height, title, description, bench, children }: ChartSvgProps) {
  return (
    <svg
      role="img"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-desc`}
      viewBox={`0 0 ${width} ${height}`}
      width={width * SCALE}
      height={height * SCALE}
      className="chart-svg"
      data-bench={bench}
    >
      <title id={`${id}-title`}>{title}</title>
      <desc id={`${id}-desc`}>{description}</desc>
      {children}
    </svg>
  );
}
