/**
 * Applies the embed's own options from its address: a fixed colour scheme (`?theme=light` or
 * `dark`) and hidden controls (`?controls=0`, which `Embed.astro`'s styles read from
 * `data-controls` on the root). Broken values change nothing: the embed stays as the reader's
 * settings make it, with its controls.
 */
import { parseEmbedOptions } from '../lib/state/embed-options';
import { forceColorScheme } from './color-scheme';

const { options } = parseEmbedOptions(location.search);
if (options.theme !== 'auto') forceColorScheme(options.theme);
if (!options.controls) document.documentElement.dataset.controls = 'off';
