import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { checkGenerated } from '../../../src/lib/data/check-generated';
import { dataEventSchema, dataRelationSchema, dataStorySchema, graphPositionsSchema, manifestSchema } from '../../../src/lib/schema/generated';

const root = join(__dirname, '..', '..', '..');
const read = (path: string): unknown => JSON.parse(readFileSync(join(root, path), 'utf8'));

describe('checkGenerated(file, schema, content)', () => {
  it('accepts the files npm run data wrote', () => {
    expect(() => checkGenerated('events.json', z.array(dataEventSchema), read('src/generated/data/events.json'))).not.toThrow();
    expect(() => checkGenerated('relations.json', z.array(dataRelationSchema), read('src/generated/data/relations.json'))).not.toThrow();
    expect(() => checkGenerated('manifest.json', manifestSchema, read('src/generated/data/manifest.json'))).not.toThrow();
    expect(() => checkGenerated('story.json', dataStorySchema, read('src/generated/data/story.json'))).not.toThrow();
    expect(() => checkGenerated('positions.json', graphPositionsSchema, read('src/generated/graph/positions.json'))).not.toThrow();
  });

  it('names the file, the path inside it and the reason when a record is broken', () => {
    const events = read('src/generated/data/events.json') as Record<string, unknown>[];
    const broken = events.map((e, i) => (i === 2 ? { ...e, date: { ...(e.date as object), start: '2023-13-45' } } : e));
    expect(() => checkGenerated('src/generated/data/events.json', z.array(dataEventSchema), broken)).toThrow(/^src\/generated\/data\/events\.json does not match its schema[^]*\nsrc\/generated\/data\/events\.json: 2\.date\.start: /);
  });

  it('rejects a field the schema does not know, as the pipeline never writes one', () => {
    const relations = read('src/generated/data/relations.json') as Record<string, unknown>[];
    expect(() => checkGenerated('relations.json', z.array(dataRelationSchema), [{ ...relations[0], colour: 'red' }])).toThrow(/relations\.json: 0: Unrecognized key\(s\) in object: 'colour'/);
  });

  it('rejects a relation without the last day it is drawn', () => {
    const [first] = read('src/generated/data/relations.json') as Record<string, unknown>[];
    const { drawnEnd: _dropped, ...rest } = first!;
    expect(() => checkGenerated('relations.json', z.array(dataRelationSchema), [rest])).toThrow(/relations\.json: 0\.drawnEnd: Required/);
  });
});
