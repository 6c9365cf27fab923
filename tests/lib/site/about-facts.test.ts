import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCopyright, projectNotice } from '../../../src/lib/site/project-notice';
import { resolveContact } from '../../../src/lib/site/contact';

describe('parseCopyright(text)', () => {
  it('reads the year and the holder of the first copyright line', () => {
    expect(parseCopyright('MIT License\n\nCopyright (c) 2026 The contributors of X\n\nPermission …')).toEqual({ line: 'Copyright (c) 2026 The contributors of X', year: '2026', holder: 'The contributors of X' });
    expect(parseCopyright('Copyright © 2024–2026 Someone')?.year).toBe('2024–2026');
  });

  it('gives nothing for a text without one', () => {
    expect(parseCopyright('Permission is hereby granted')).toBeUndefined();
  });
});

describe('projectNotice(root)', () => {
  it('reads the project\'s own licence, which names its makers and year', () => {
    expect(projectNotice().line).toMatch(/^Copyright \(c\) \d{4} /);
  });

  it('stops the build when the licence has no copyright line', () => {
    const dir = mkdtempSync(join(tmpdir(), 'notice-'));
    writeFileSync(join(dir, 'LICENSE'), 'Permission is hereby granted');
    expect(() => projectNotice(dir)).toThrow(/no copyright line/);
  });
});

describe('resolveContact(PUBLIC_CONTACT_URL)', () => {
  it('gives nothing when unset or empty', () => {
    expect(resolveContact(undefined)).toBeUndefined();
    expect(resolveContact('  ')).toBeUndefined();
  });

  it('accepts an e-mail address or an https page, and shows it without its scheme', () => {
    expect(resolveContact('mailto:corrections@example.org')).toEqual({ href: 'mailto:corrections@example.org', text: 'corrections@example.org' });
    expect(resolveContact('https://example.org/contact')).toEqual({ href: 'https://example.org/contact', text: 'example.org/contact' });
  });

  it('refuses anything else, so a typo never ships as a broken link', () => {
    for (const bad of ['corrections@example.org', 'mailto:nobody', 'http://example.org/', 'javascript:alert(1)', 'https://u:p@example.org/']) {
      expect(() => resolveContact(bad), bad).toThrow(/PUBLIC_CONTACT_URL/);
    }
  });
});
