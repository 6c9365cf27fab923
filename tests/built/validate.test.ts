import { join, relative } from 'node:path';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { htmlFiles } from '../../scripts/html-files';

const dist = join(__dirname, '..', '..', 'dist');
const validator = new HtmlValidate(new FileSystemConfigLoader());


describe('html-validate on every built page', () => {
  for (const file of htmlFiles(dist)) {
    it(`${relative(dist, file)} is valid HTML`, async () => {
      const report = await validator.validateFile(file);
      const messages = report.results.flatMap((r) => r.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.message}`));
      expect(messages).toEqual([]);
    });
  }
});
