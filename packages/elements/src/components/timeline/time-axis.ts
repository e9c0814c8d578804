import { parseEdtf } from '@iranwire/rapprochement-data';

/** Where each event sits on the slides' time axis (0 to 1), and which stretches are shortened. */
export interface AxisLayout {
  positions: number[];
  /** Gaps drawn shorter than their length, as [from, to] positions: the axis shows them dashed. */
  breaks: Array<[number, number]>;
}

const DAY = 86_400_000;
/** A gap this many times the story's median gap (and over a month) is shortened to a break. */
const LONG_GAP = 20;
/** A break's drawn length, as a share of the rest of the axis. */
const BREAK_SHARE = 0.12;

/**
 * Lays events out in proportion to time, except that a gap far longer than the story's usual pace
 * (1979 before a story of winter 1997–98) is drawn as a fixed-length break, so the reader still sees
 * where the gaps are without the story's weeks crowding into one end. `dates` are in order.
 */
export function axisLayout(dates: readonly string[]): AxisLayout {
  const starts = dates.map((edtf) => {
    const { year, month, day } = parseEdtf(edtf).start;
    return Date.UTC(year, month - 1, day);
  });
  const gaps = starts.slice(1).map((start, i) => Math.max(0, start - starts[i]!));
  const sorted = gaps.filter((gap) => gap > 0).sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)] ?? 0;
  const isLong = (gap: number) => gap > LONG_GAP * median && gap > 30 * DAY;
  const regular = gaps.filter((gap) => !isLong(gap)).reduce((sum, gap) => sum + gap, 0);
  const breakLength = regular > 0 ? regular * BREAK_SHARE : 1;
  const drawn = gaps.map((gap) => (isLong(gap) ? breakLength : gap));
  const total = drawn.reduce((sum, gap) => sum + gap, 0);
  if (total === 0) {
    // One event, or all on one day: spread them evenly.
    const step = 1 / (dates.length + 1);
    return { positions: dates.map((_, i) => (i + 1) * step), breaks: [] };
  }
  const positions = [0];
  const breaks: Array<[number, number]> = [];
  drawn.forEach((gap, i) => {
    const from = positions[i]!;
    const to = from + gap / total;
    positions.push(to);
    if (isLong(gaps[i]!)) breaks.push([from, to]);
  });
  return { positions, breaks };
}
