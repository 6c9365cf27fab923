import { describe, expect, it } from 'vitest';
import { parseYamlFile } from '../../../src/lib/pipeline/yaml-file';

describe('parseYamlFile(file, text)', () => {
  it('gives the value and the position of every node from one parse', () => {
    const yaml = parseYamlFile('data/x.yaml', '- id: a\n  date: { start: 2023-11-27 }\n- id: b\n');
    expect(yaml.errors).toEqual([]);
    expect(yaml.value).toEqual([{ id: 'a', date: { start: '2023-11-27' } }, { id: 'b' }]);
    expect(yaml.locate([0, 'date', 'start'])).toEqual({ line: 2, col: 18 });
    expect(yaml.locate([1, 'id'])).toEqual({ line: 3, col: 7 });
  });

  it('locates a missing path to its nearest existing parent', () => {
    expect(parseYamlFile('data/x.yaml', '- id: a\n- id: b\n').locate([1, 'title', 'de'])).toEqual({ line: 2, col: 3 });
  });

  it('reports a duplicate key with its line instead of a value', () => {
    const yaml = parseYamlFile('data/x.yaml', '- id: a\n  id: b\n');
    expect(yaml.value).toBeUndefined();
    expect(yaml.errors).toMatchObject([{ file: 'data/x.yaml', line: 2, col: 3 }]);
    expect(yaml.errors[0]!.message).toMatch(/^YAML: Map keys must be unique/);
  });

  it('reports an alias that comes before its anchor at the alias, instead of throwing', () => {
    const yaml = parseYamlFile('data/x.yaml', '- id: a\n  title: *later\n- id: &later b\n');
    expect(yaml.value).toBeUndefined();
    expect(yaml.errors).toMatchObject([{ file: 'data/x.yaml', line: 2, col: 10 }]);
    expect(yaml.errors[0]!.message).toMatch(/^YAML: .*alias/i);
  });
});
