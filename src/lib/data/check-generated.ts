import type { z } from 'astro/zod';

/**
 * Checks a generated file's content against its schema and returns the parsed value. A file
 * that does not match stops the build with the file's path and every reason, each with the
 * path inside the file ("src/generated/data/events.json: 3.date.start: Invalid date"), so a
 * stale or hand-edited file never reaches a page half right.
 */
export function checkGenerated<S extends z.ZodTypeAny>(file: string, schema: S, content: unknown): z.output<S> {
  const parsed = schema.safeParse(content);
  if (parsed.success) return parsed.data;
  const reasons = parsed.error.issues.slice(0, 10).map((issue) => `${file}: ${issue.path.length > 0 ? `${issue.path.join('.')}: ` : ''}${issue.message}`);
  const more = parsed.error.issues.length > 10 ? `\n(and ${parsed.error.issues.length - 10} more)` : '';
  throw new Error(`${file} does not match its schema; run \`npm run data\` again:\n${reasons.join('\n')}${more}`);
}
