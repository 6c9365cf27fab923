/**
 * Fills a sentence template's `{name}` slots with values ("{count} events" → "12 events"). A
 * slot without a value stays as written, so a missing value shows instead of vanishing.
 * Templates rather than functions, so a client can receive its language's strings as JSON.
 */
export function fill(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (slot, name: string) => (name in values ? String(values[name]) : slot));
}
