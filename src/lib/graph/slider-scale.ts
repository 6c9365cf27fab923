/**
 * Where the graph's snap dates sit on its date slider: in time, not one step apart. The data run
 * from 1988 to 2024, and most of its dates fall in 2023, so a single linear track would crowd the
 * report's months into its last few per cent. The track is broken once: the background before
 * `breakDate` takes the first part, the report's period from `breakDate` on the rest, each drawn
 * linearly in time, with a small gap at the break.
 */

/** The slider's track in whole units, from 0 to this. */
export const SLIDER_MAX = 1000;

/** How the track is shared between the background and the report's period. */
export interface SliderScaleOptions {
  /** The first day of the report's period (ISO day). */
  breakDate: string;
  /** The share of the track the background before `breakDate` takes (0–1). */
  backgroundShare: number;
  /** Units left empty at the break, so the reader sees the axis change pace there. */
  gap: number;
}

/** The graph's track: 1988–2022 on a quarter of it, 2023 and after on the rest. */
export const defaultSliderScale: SliderScaleOptions = { breakDate: '2023-01-01', backgroundShare: 0.25, gap: 20 };

const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

/**
 * The position (0 … SLIDER_MAX, whole units) of each of `dates` (sorted ISO days, no repeats):
 * strictly increasing, the first at 0 and the last at SLIDER_MAX. Without dates on both sides of
 * the break, the whole track is one linear stretch of time.
 */
export function sliderPositions(dates: readonly string[], options: SliderScaleOptions = defaultSliderScale): number[] {
  if (dates.length === 0) return [];
  if (dates.length === 1) return [0];
  const first = day(dates[0] as string);
  const last = day(dates[dates.length - 1] as string);
  const cut = day(options.breakDate);
  const broken = first < cut && last > cut;
  const split = Math.round(SLIDER_MAX * options.backgroundShare);
  const place = (t: number): number => {
    if (!broken) return ((t - first) / (last - first)) * SLIDER_MAX;
    if (t < cut) return ((t - first) / (cut - first)) * (split - options.gap);
    return split + ((t - cut) / (last - cut)) * (SLIDER_MAX - split);
  };
  const positions: number[] = [];
  for (const iso of dates) {
    const previous = positions[positions.length - 1];
    const p = Math.round(place(day(iso)));
    positions.push(previous === undefined ? p : Math.max(previous + 1, p));
  }
  // Days closer than a unit push later ones on; the last still ends the track.
  for (let i = positions.length - 1, top = SLIDER_MAX; i >= 0 && (positions[i] as number) > top; i--, top--) positions[i] = top;
  return positions;
}

/** The snap index whose position is nearest to `value` (the earlier one on a tie). */
export function nearestPositionIndex(positions: readonly number[], value: number): number {
  let best = 0;
  for (let i = 1; i < positions.length; i++) {
    if (Math.abs((positions[i] as number) - value) < Math.abs((positions[best] as number) - value)) best = i;
  }
  return best;
}

/** Where the break lies on the track, in per cent, for its label; undefined when the track is not broken. */
export function breakPercent(dates: readonly string[], options: SliderScaleOptions = defaultSliderScale): number | undefined {
  const cut = day(options.breakDate);
  if (dates.length < 2 || day(dates[0] as string) >= cut || day(dates[dates.length - 1] as string) <= cut) return undefined;
  return options.backgroundShare * 100;
}
