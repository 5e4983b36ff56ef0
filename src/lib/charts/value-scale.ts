// A horizontal value axis for bars whose values are written at the bar end: the scale leaves room on
// the right for the longest positive value's text and on the left for the longest negative one's.
import { scaleLinear } from 'd3';
import { estimateTextWidth } from './text-fit.ts';

export interface ValueScaleOptions {
  /** Leftmost x a bar or its value text may use. */
  left: number;
  /** Rightmost x a bar or its value text may use. */
  right: number;
  /** Font size of the value texts, to estimate their width. */
  fontSize: number;
  /** Space between a bar end and its value text. */
  gap: number;
}

export interface BarPlacement {
  /** Left edge of the bar. */
  x: number;
  /** Bar width, never negative; 0 for a zero value. */
  width: number;
  /** Where the value text starts (anchor "start") or ends (anchor "end"). */
  textX: number;
  textAnchor: 'start' | 'end';
}

export interface ValueScale {
  /** x of the value 0. */
  zeroX: number;
  place(value: number): BarPlacement;
}

/** Only finite values may be passed, each with the text that will be written at its bar end. */
export function valueScale(entries: readonly { value: number; text: string }[], options: ValueScaleOptions): ValueScale {
  const { left, right, fontSize, gap } = options;
  const roomFor = (keep: (v: number) => boolean) =>
    Math.max(0, ...entries.filter((e) => keep(e.value)).map((e) => estimateTextWidth(e.text, fontSize) + gap));
  const negativeRoom = roomFor((v) => v < 0);
  const positiveRoom = roomFor((v) => v >= 0);

  const values = entries.map((e) => e.value);
  const min = Math.min(0, ...values);
  let max = Math.max(0, ...values);
  if (min === max) max = 1; // all zero (or no values): a degenerate domain would put 0 mid-range

  const start = left + negativeRoom;
  const end = Math.max(start + 1, right - positiveRoom);
  const x = scaleLinear().domain([min, max]).range([start, end]);
  const zeroX = x(0);

  return {
    zeroX,
    place(value) {
      const at = x(value);
      const negative = value < 0;
      return {
        x: Math.min(zeroX, at),
        width: Math.abs(at - zeroX),
        textX: negative ? at - gap : at + gap,
        textAnchor: negative ? 'end' : 'start',
      };
    },
  };
}
