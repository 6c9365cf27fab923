import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as homeViews from '../../src/i18n/home-views';
import * as kit from '../../src/i18n/kit';
import * as map from '../../src/i18n/map';
import * as pages from '../../src/i18n/pages';
import * as relations from '../../src/i18n/relations';
import * as story from '../../src/i18n/story';
import * as teach from '../../src/i18n/teach';
import * as timeline from '../../src/i18n/timeline';
import * as ui from '../../src/i18n/ui';
import * as worksheets from '../../src/i18n/worksheets';

/** Keys whose strings are someone else's words (the article's, a source's), not the site's. */
const quotedKeys = new Set(['quote', 'translation', 'phrase', 'headline', 'citation', 'citations', 'text_de_source', 'headlineSource']);

/** Every string in `value` written in the site's own voice, with where it is. */
function ownVoice(value: unknown, where: string, out: [string, string][] = []): [string, string][] {
  if (typeof value === 'string') out.push([where, value]);
  else if (Array.isArray(value)) value.forEach((v, i) => ownVoice(v, `${where}[${i}]`, out));
  else if (value && typeof value === 'object') {
    for (const [key, v] of Object.entries(value)) if (!quotedKeys.has(key)) ownVoice(v, `${where}.${key}`, out);
  }
  return out;
}

const data = ['actors', 'events', 'relations', 'places', 'story'].flatMap((name) => ownVoice(JSON.parse(readFileSync(`src/generated/data/${name}.json`, 'utf8')), name));
const copy = Object.entries({ homeViews, kit, map, pages, relations, story, teach, timeline, ui, worksheets }).flatMap(([name, module]) => ownVoice(module, `i18n.${name}`));
const texts = [...data, ...copy];

/** The text without its quotations: what stands in quotation marks is the source's, and attributed. */
const unquoted = (text: string) => text.replace(/„[^“]*“|“[^”]*”|"[^"]*"|‘[^’]*’/g, '…');

describe('the site\'s own wording', () => {
  it('keeps loaded words in quotation marks, never in its own voice', () => {
    const loaded = /(?<!\p{L})(separatist\p{L}*|Separatist\p{L}*|breakaway|abtrünnig\p{L}*|Führer\p{L}*|Anführer\p{L}*|ban|Abwanderung)(?!\p{L})/iu;
    const offenders = texts.filter(([, text]) => loaded.test(unquoted(text))).map(([where, text]) => `${where}: ${text}`);
    expect(offenders).toEqual([]);
  });

  it('renders "Assistant Secretary of State" the same way everywhere', () => {
    const offenders = texts
      .filter(([where]) => !where.endsWith('.term'))
      .filter(([, text]) => /Assistant Secretary of State(?! (for European and Eurasian Affairs|für europäische und eurasische Angelegenheiten))/.test(text))
      .map(([where, text]) => `${where}: ${text}`);
    expect(offenders).toEqual([]);
  });

  it('finds the words it looks for', () => {
    expect(unquoted('Baku calls this a “ban”.')).not.toMatch(/ban/);
    expect(texts.length).toBeGreaterThan(300);
  });
});
