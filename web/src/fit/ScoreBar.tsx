/** A horizontal bar for a value in [0, 1]; the number stays next to it, the bar only helps the eye. */
export function ScoreBar({ value, tone = 'score', max = 1 }: { value: number; tone?: string; max?: number }) {
  const share = max > 0 ? Math.min(1, Math.max(0, value / max)) : 0;
  return (
    <span className={`score-bar tone-${tone}`} aria-hidden="true">
      <span className="score-bar-fill" style={{ width: `${share * 100}%` }} />
    </span>
  );
}
