/**
 * A `heading-level` attribute as an ARIA level: an integer from 2 to 6, else `fallback` (2), so that
 * on a page whose only heading is its `h1`, a widget's headings skip no level. Render headings as
 * `role="heading" aria-level=${level}` (the timeline's and the badge's panel do).
 */
export function headingLevel(value: number | string | null | undefined, fallback = 2): number {
  const level = Number(value);
  return Number.isInteger(level) && level >= 2 && level <= 6 ? level : fallback;
}
