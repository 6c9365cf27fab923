import { describe, expect, it } from 'vitest';
import { drawingAlonePage } from '../../scripts/bench/drawing-alone';

const built = [
  '<!DOCTYPE html><html lang="de"><head><style>.a{fill:red}</style><script type="module" src="/x.js"></script></head>',
  '<body><header>Kopf</header><svg class="icon" aria-hidden="true"><path d="M0 0"/></svg>',
  '<svg xmlns="http://www.w3.org/2000/svg" class="tl-svg wide" viewBox="0 0 10 10"><text>1988</text></svg>',
  '<ol><li>Liste</li></ol><style>.b{fill:blue}</style></body></html>',
].join('');

describe('drawingAlonePage', () => {
  it('keeps only the chosen SVG, in a main, with the page language', () => {
    const page = drawingAlonePage(built, { svgClass: 'tl-svg', withStyles: false });
    expect(page).toContain('<html lang="de">');
    expect(page).toContain('<main><svg xmlns="http://www.w3.org/2000/svg" class="tl-svg wide" viewBox="0 0 10 10"><text>1988</text></svg></main>');
    expect(page).not.toMatch(/Kopf|Liste|icon|<script|<style/);
  });
  it('brings every inline style of the page when asked, and no script', () => {
    const page = drawingAlonePage(built, { svgClass: 'tl-svg', withStyles: true });
    expect(page).toContain('<style>.a{fill:red}</style><style>.b{fill:blue}</style></head>');
    expect(page).not.toContain('<script');
  });
  it('matches the class as a whole word only', () => {
    expect(() => drawingAlonePage(built, { svgClass: 'tl', withStyles: false })).toThrow('no <svg class="tl">');
  });
  it('refuses an SVG it cannot cut out whole', () => {
    const nested = '<html><body><svg class="tl-svg"><svg><rect/></svg></svg></body></html>';
    expect(() => drawingAlonePage(nested, { svgClass: 'tl-svg', withStyles: false })).toThrow('holds another <svg>');
    expect(() => drawingAlonePage('<svg class="tl-svg"><rect/>', { svgClass: 'tl-svg', withStyles: false })).toThrow('never closed');
  });
});
