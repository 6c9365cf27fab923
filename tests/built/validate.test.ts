import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';

const dist = join(__dirname, '..', '..', 'dist');
const validator = new HtmlValidate(new FileSystemConfigLoader());

function allHtml(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? allHtml(full) : name.endsWith('.html') ? [full] : [];
  });
}

describe('html-validate on every built page', () => {
  for (const file of allHtml(dist)) {
    it(`${relative(dist, file)} is valid HTML`, async () => {
      const report = await validator.validateFile(file);
      const messages = report.results.flatMap((r) => r.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.message}`));
      expect(messages).toEqual([]);
    });
  }
});
