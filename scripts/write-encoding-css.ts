/**
 * Writes `src/generated/style/encoding.css` from the visual encoding (`src/lib/encoding/`):
 * the actors' and tones' colours as custom properties, the tone classes and the kinds' strokes.
 * The site's stylesheet imports it, so CSS and scripts take the colours from one table.
 */
import { mkdirSync, readFileSync, existsSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { encodingCss } from '../src/lib/encoding/stylesheet';

const file = join(dirname(new URL(import.meta.url).pathname), '..', 'src', 'generated', 'style', 'encoding.css');
const css = encodingCss();
mkdirSync(dirname(file), { recursive: true });
// Unchanged output is left alone, so the build's caches keep it.
if (!existsSync(file) || readFileSync(file, 'utf8') !== css) writeFileSync(file, css);
console.log(`encoding: wrote src/generated/style/encoding.css (${css.length} bytes)`);
