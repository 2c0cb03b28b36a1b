interface Props {
  values: readonly number[];
  /** What the line says, in words: read instead of the drawing. */
  label: string;
}

const STEP = 5;
const HEIGHT = 24;

/**
 * A topic's quarters as tiny bars on the axis every topic shares, so rows compare at a glance.
 * Each row scales to its own peak; the peak is written beside it.
 */
export function Sparkline({ values, label }: Props) {
  const max = Math.max(1, ...values);
  const width = Math.max(values.length * STEP, STEP);
  return (
    <svg
      role="img"
      aria-label={label}
      width={width}
      height={HEIGHT}
      viewBox={`0 0 ${width} ${HEIGHT}`}
      className="sparkline"
    >
      <line x1="0" x2={width} y1={HEIGHT - 0.5} y2={HEIGHT - 0.5} className="sparkline-base" />
      {values.map((v, i) =>
        v > 0 ? (
          <rect
            key={i}
            x={i * STEP}
            y={HEIGHT - 1 - (v / max) * (HEIGHT - 2)}
            width={STEP - 1}
            height={(v / max) * (HEIGHT - 2)}
          />
        ) : null,
      )}
    </svg>
  );
}
