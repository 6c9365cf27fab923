/**
 * What an embed's address can say about the embed itself, besides the view's state: a fixed
 * colour scheme (`?theme=light` keeps a pupil's dark mode out of a projected lesson) and whether
 * the view's interactive controls show (`?controls=0`). Parsed like the view state: never throws,
 * a broken value falls back to the default and is reported, and only what differs from the
 * defaults is written.
 */
import type { ParamResult } from './view-state';


/** The embed's colour scheme: the reader's (`auto`), or fixed. */
export type EmbedTheme = 'auto' | 'light' | 'dark';

/** The options of an embed. */
export interface EmbedOptions {
  theme: EmbedTheme;
  /** Whether the view shows its interactive controls (zoom, filters, slider, layer switches). */
  controls: boolean;
}

/** The default embed: the reader's colour scheme, with its controls. */
export const defaultEmbedOptions: Readonly<EmbedOptions> = Object.freeze({ theme: 'auto', controls: true });

/** One parameter, read against the values it may take (each with what it means). */
function read<T>(query: URLSearchParams, key: string, values: Record<string, T>, reason: string): ParamResult<T> {
  const raw = query.get(key);
  if (raw === null) return { status: 'missing' };
  return Object.hasOwn(values, raw) ? { status: 'valid', value: values[raw]! } : { status: 'invalid', raw: raw.slice(0, 200), reason };
}

/** Parses the embed options of a query string; unknown or broken values give the defaults, reported in `params`. */
export function parseEmbedOptions(search: string): { options: EmbedOptions; params: { theme: ParamResult<EmbedTheme>; controls: ParamResult<boolean> } } {
  const query = new URLSearchParams(search);
  const theme = read<EmbedTheme>(query, 'theme', { auto: 'auto', light: 'light', dark: 'dark' }, 'expected auto, light or dark');
  const controls = read(query, 'controls', { 0: false, 1: true }, 'expected 0 or 1');
  return {
    options: { theme: theme.status === 'valid' ? theme.value : defaultEmbedOptions.theme, controls: controls.status === 'valid' ? controls.value : defaultEmbedOptions.controls },
    params: { theme, controls },
  };
}

/**
 * The query string `search` (a view's state) with `options` in place of any embed options it had:
 * the view's parameters first, as they were, then the options that differ from the defaults.
 */
export function withEmbedOptions(search: string, options: EmbedOptions): string {
  const query = new URLSearchParams(search);
  query.delete('theme');
  query.delete('controls');
  if (options.theme !== defaultEmbedOptions.theme) query.set('theme', options.theme);
  if (options.controls !== defaultEmbedOptions.controls) query.set('controls', options.controls ? '1' : '0');
  const text = query.toString().replace(/%2C/g, ',');
  return text ? `?${text}` : '';
}
