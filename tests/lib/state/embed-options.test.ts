import { describe, expect, it } from 'vitest';
import { defaultEmbedOptions, parseEmbedOptions, withEmbedOptions } from '../../../src/lib/state/embed-options';

describe('parseEmbedOptions(search)', () => {
  it('reads a fixed theme and hidden controls', () => {
    expect(parseEmbedOptions('?theme=light&controls=0').options).toEqual({ theme: 'light', controls: false });
    expect(parseEmbedOptions('?theme=dark&controls=1').options).toEqual({ theme: 'dark', controls: true });
  });

  it('falls back to the defaults for broken values and says why', () => {
    const { options, params } = parseEmbedOptions('?theme=%3Cscript%3E&controls=no');
    expect(options).toEqual(defaultEmbedOptions);
    expect(params.theme).toEqual({ status: 'invalid', raw: '<script>', reason: 'expected auto, light or dark' });
    expect(params.controls).toMatchObject({ status: 'invalid', raw: 'no' });
    expect(parseEmbedOptions('').params).toEqual({ theme: { status: 'missing' }, controls: { status: 'missing' } });
  });
});

describe('withEmbedOptions(search, options)', () => {
  it('writes only what differs from the defaults, after the view\'s own parameters, replacing earlier options', () => {
    expect(withEmbedOptions('?date=2023-11-27&focus=usa&theme=dark', { theme: 'light', controls: false })).toBe('?date=2023-11-27&focus=usa&theme=light&controls=0');
    expect(withEmbedOptions('?layers=places,exodus&controls=0', defaultEmbedOptions)).toBe('?layers=places,exodus');
    expect(withEmbedOptions('', defaultEmbedOptions)).toBe('');
  });
});
