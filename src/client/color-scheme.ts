/**
 * Sets the page's colour scheme whatever the reader's system prefers: the site's dark palette lives
 * in `@media (prefers-color-scheme: dark)` rules, which this switches off for `light` and on for
 * `dark`. Used by an embed whose code fixes its theme, and by the image export, which is always light.
 */
export function forceColorScheme(scheme: 'light' | 'dark'): () => void {
  const switched: [MediaList, string][] = [];
  for (const sheet of document.styleSheets) {
    let rules: CSSRuleList;
    try {
      rules = sheet.cssRules;
    } catch {
      // A style sheet this page may not read (another origin) keeps its rules.
      continue;
    }
    // The site writes its dark rules at the top level of its style sheets (global.css, the encoding's, the components').
    for (const rule of rules) {
      if (rule instanceof CSSMediaRule && /prefers-color-scheme:\s*dark/.test(rule.media.mediaText)) {
        switched.push([rule.media, rule.media.mediaText]);
        rule.media.mediaText = scheme === 'light' ? 'not all' : 'all';
      }
    }
  }
  const root = document.documentElement.style;
  const before = root.colorScheme;
  root.colorScheme = scheme;
  return () => {
    for (const [media, text] of switched) media.mediaText = text;
    root.colorScheme = before;
  };
}
