/**
 * Just enough of the CSS cascade to draw a view's SVG outside a browser with the page's own
 * stylesheets, as the link previews are drawn at build time: the rules whose media query holds for
 * a light screen of a given width, each with its specificity and its place in the sheet, and the
 * values with their custom properties and `currentColor` resolved. Selectors are matched by the
 * caller (css-select over the parsed page). Pure: strings in, data out.
 */

/** One declaration of a rule: `fill: var(--fg) !important`. */
export interface Declaration {
  name: string;
  value: string;
  important: boolean;
}

/** A style rule for one selector (a rule with a selector list gives one per selector). */
export interface StyleRule {
  selector: string;
  /** [ids, classes/attributes/pseudo-classes, types], compared in that order. */
  specificity: [number, number, number];
  /** Its place among all rules: later wins at equal specificity. */
  order: number;
  declarations: Declaration[];
}

/** What media queries are asked about: the screen the drawing is imagined on. */
export interface MediaEnvironment {
  width: number;
  scheme: 'light' | 'dark';
  /** Whether scripts run: a drawing taken from the built HTML is the one drawn without them. */
  scripting: boolean;
}

/** Splits `text` at `separator` where it is outside parentheses and quotes. */
function splitOutside(text: string, separator: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quote = '';
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quote) {
      if (c === quote && text[i - 1] !== '\\') quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === separator && depth === 0) {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(text.slice(start));
  return parts.map((p) => p.trim()).filter(Boolean);
}

/** The declarations of a block or a `style` attribute; custom properties keep their case. */
export function parseDeclarations(block: string): Declaration[] {
  return splitOutside(block, ';').flatMap((part) => {
    const colon = part.indexOf(':');
    if (colon < 1) return [];
    const raw = part.slice(colon + 1).trim();
    const important = /!\s*important$/i.test(raw);
    const name = part.slice(0, colon).trim();
    return [{ name: name.startsWith('--') ? name : name.toLowerCase(), value: raw.replace(/!\s*important$/i, '').trim(), important }];
  });
}

/** Whether one media query (`screen and (min-width: 40rem)`) holds in `env`; anything unknown does not. */
function queryMatches(query: string, env: MediaEnvironment): boolean {
  let q = query.trim().toLowerCase();
  const negated = q.startsWith('not ');
  if (negated) q = q.slice(4);
  q = q.replace(/^only /, '');
  const holds = q.split(/\s+and\s+/).every((part) => {
    if (part === 'screen' || part === 'all') return true;
    const feature = /^\(\s*([a-z-]+)\s*(?::\s*([^)]+))?\)$/.exec(part.trim());
    if (!feature) return false;
    const [, name, value = ''] = feature;
    const px = (v: string) => (v.endsWith('rem') || v.endsWith('em') ? parseFloat(v) * 16 : parseFloat(v));
    if (name === 'prefers-color-scheme') return value.trim() === env.scheme;
    if (name === 'scripting') return (value.trim() === 'none') !== env.scripting;
    if (name === 'min-width') return env.width >= px(value.trim());
    if (name === 'max-width') return env.width <= px(value.trim());
    return false;
  });
  return negated ? !holds : holds;
}

/** Whether a media query list holds in `env` (any of its queries). */
export function mediaMatches(list: string, env: MediaEnvironment): boolean {
  return splitOutside(list, ',').some((q) => queryMatches(q, env));
}

/** A selector's specificity, counted from its text (`:where()` counts nothing, `:is()` and `:not()` their contents). */
export function specificity(selector: string): [number, number, number] {
  const s = selector.replace(/"[^"]*"|'[^']*'/g, '""').replace(/:where\((?:[^()]|\([^()]*\))*\)/g, '');
  const ids = (s.match(/#[\w-]+/g) ?? []).length;
  const attributes = (s.match(/\[[^\]]*\]/g) ?? []).length;
  const rest = s.replace(/\[[^\]]*\]/g, '');
  const classes = (rest.match(/\.[\w-]+/g) ?? []).length + (rest.match(/:(?!is\(|not\(|has\()[\w-]+/g) ?? []).length;
  const types = (rest.match(/(^|[\s>+~(,])[a-zA-Z][\w-]*/g) ?? []).length;
  return [ids, classes + attributes, types];
}

/** Compares two rules as the cascade does: specificity, then order. */
export function compareRules(a: Pick<StyleRule, 'specificity' | 'order'>, b: Pick<StyleRule, 'specificity' | 'order'>): number {
  for (let i = 0; i < 3; i++) if (a.specificity[i] !== b.specificity[i]) return a.specificity[i]! - b.specificity[i]!;
  return a.order - b.order;
}

/**
 * The style rules of `css` that hold in `env`, in their order: those inside `@media` blocks whose
 * query holds, and none inside other at-rules (`@font-face`, `@keyframes`, `@supports`).
 */
export function parseStylesheet(css: string, env: MediaEnvironment, firstOrder = 0): StyleRule[] {
  const text = css.replace(/\/\*[\s\S]*?\*\//g, '');
  const rules: StyleRule[] = [];
  let order = firstOrder;
  const walk = (from: number, to: number) => {
    let i = from;
    while (i < to) {
      const open = text.indexOf('{', i);
      if (open < 0 || open >= to) return;
      let depth = 1;
      let close = open + 1;
      for (; close < to && depth > 0; close++) {
        if (text[close] === '{') depth++;
        else if (text[close] === '}') depth--;
      }
      // Statements such as `@import …;` before the block are not part of its prelude.
      const prelude = text.slice(i, open).split(';').pop()!.trim();
      if (prelude.startsWith('@media')) {
        if (mediaMatches(prelude.slice(6), env)) walk(open + 1, close - 1);
      } else if (!prelude.startsWith('@')) {
        const declarations = parseDeclarations(text.slice(open + 1, close - 1));
        for (const selector of splitOutside(prelude, ',')) rules.push({ selector, specificity: specificity(selector), order: order++, declarations });
      }
      i = close;
    }
  };
  walk(0, text.length);
  return rules;
}

/**
 * `value` with every `var(--name, fallback)` replaced from `custom` (or its fallback) and
 * `currentColor` by `color`; undefined where a variable is missing and has no fallback.
 */
export function resolveValue(value: string, custom: ReadonlyMap<string, string>, color: string | undefined, depth = 0): string | undefined {
  if (depth > 8) return undefined;
  let out = '';
  let i = 0;
  for (;;) {
    const at = value.indexOf('var(', i);
    if (at < 0) break;
    let level = 1;
    let end = at + 4;
    for (; end < value.length && level > 0; end++) {
      if (value[end] === '(') level++;
      else if (value[end] === ')') level--;
    }
    const inner = value.slice(at + 4, end - 1);
    const comma = splitOutside(inner, ',');
    const name = comma[0]!.trim();
    const fallback = inner.includes(',') ? inner.slice(inner.indexOf(',') + 1).trim() : undefined;
    const found = custom.get(name) ?? fallback;
    if (found === undefined) return undefined;
    const resolved = resolveValue(found, custom, color, depth + 1);
    if (resolved === undefined) return undefined;
    out += value.slice(i, at) + resolved;
    i = end;
  }
  out += value.slice(i);
  return color ? out.replace(/\bcurrentcolor\b/gi, color) : out;
}

/** The weight and size a `font` shorthand sets (`700 10px/1 sans-serif`); empty where it sets none (`inherit`). */
export function expandFont(value: string): Record<string, string> {
  const tokens = value.trim().split(/\s+/);
  const at = tokens.findIndex((t) => /^[\d.]+(px|rem|em|%)(\/\S+)?$/.test(t));
  if (at < 0) return {};
  const weight = tokens.slice(0, at).find((t) => /^(\d{3}|bold|normal|lighter|bolder)$/.test(t));
  return { 'font-size': tokens[at]!.split('/')[0]!, 'font-weight': weight ?? 'normal' };
}
