/**
 * The timeline's picture while a zoom or pan goes on: a canvas laid over the SVG draws the moved
 * scene (`lib/timeline/preview`) on every frame, while the SVG's marks, badges, ticks and
 * overview window are hidden with one attribute and left alone. Thousands of SVG marks cost a
 * repaint of the whole chart when any of them moves; one canvas redraw does not. The marks stay
 * in the DOM (transparent, so a focused mark keeps its focus) until the view settles and the
 * SVG is laid out again; `end` then takes the canvas away.
 */
import { mainActorIds } from '../lib/encoding/actors';
import { metrics } from '../lib/timeline/layout';
import type { PreviewScene } from '../lib/timeline/preview';
import { TICK_FONT_SIZE } from '../lib/timeline/ticks';
import type { TimelineMarkers } from '../lib/timeline/render-svg';
import type { TimelineLayout } from '../lib/timeline/types';

/** The handle of one timeline's preview canvas. */
export interface TimelinePreview {
  /** Draws `scene` over the SVG of `layout` (and hides the SVG's moving parts); `highlight`: an event drawn as focused. */
  draw(scene: PreviewScene, layout: TimelineLayout, highlight?: string): void;
  /** Hides the canvas and shows the SVG's parts again. */
  end(): void;
}

interface Palette {
  actor: Map<string, string>;
  bg: string;
  fg: string;
  muted: string;
  rule: string;
  focus: string;
  font: string;
}

/** Gives the SVG in `frame` a preview canvas (made on first use), drawing the marks with the build's marker paths. */
export function createTimelinePreview(svg: SVGSVGElement, frame: HTMLElement, markers: TimelineMarkers): TimelinePreview {
  const shapes = new Map<string, Path2D>();
  const shapeOf = (actor: string) => {
    let path = shapes.get(actor);
    if (!path) shapes.set(actor, (path = new Path2D(markers.mark[actor] ?? markers.mark.west)));
    return path;
  };
  let canvas: HTMLCanvasElement | undefined;
  let palette: Palette | undefined;
  let scale = 1;
  /** How far (in the SVG's pixels) the canvas starts below the SVG's top: it covers only the part in the viewport. */
  let offsetY = 0;
  let active = false;

  /** At the start of a preview: reads the geometry and colours first, then sizes the canvas and hides the SVG's parts. */
  const start = (layout: TimelineLayout) => {
    const style = getComputedStyle(svg);
    const rect = svg.getBoundingClientRect();
    const frameRect = frame.getBoundingClientRect();
    const v = (name: string) => style.getPropertyValue(name).trim();
    palette = { actor: new Map(mainActorIds.map((id) => [id, v(`--actor-${id}`)])), bg: v('--bg'), fg: v('--fg'), muted: v('--fg-muted'), rule: v('--rule'), focus: v('--focus'), font: style.fontFamily };
    const dpr = window.devicePixelRatio || 1;
    scale = rect.width / layout.width;
    if (!canvas) {
      canvas = document.createElement('canvas');
      canvas.className = 'tl-preview';
      canvas.setAttribute('aria-hidden', 'true');
      frame.append(canvas);
    }
    // Only the part of the chart in the viewport: fewer pixels to clear and hand on every frame.
    const top = Math.max(rect.top, 0);
    const height = Math.max(1, Math.min(rect.bottom, window.innerHeight) - top);
    offsetY = (top - rect.top) / scale;
    canvas.width = Math.round(rect.width * dpr);
    canvas.height = Math.round(height * dpr);
    canvas.style.width = `${rect.width}px`;
    canvas.style.height = `${height}px`;
    canvas.style.left = `${rect.left - frameRect.left}px`;
    canvas.style.top = `${top - frameRect.top}px`;
    canvas.hidden = false;
    svg.setAttribute('data-preview', '');
    active = true;
  };

  const draw = (scene: PreviewScene, layout: TimelineLayout, highlight?: string) => {
    if (!active) start(layout);
    const ctx = canvas!.getContext('2d')!;
    const p = palette!;
    const dpr = canvas!.width / (layout.width * scale);
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.clearRect(0, 0, canvas!.width, canvas!.height);
    ctx.setTransform(scale * dpr, 0, 0, scale * dpr, 0, -offsetY * scale * dpr);

    ctx.lineWidth = 1;
    ctx.font = `${TICK_FONT_SIZE}px ${p.font}`;
    ctx.fillStyle = p.muted;
    for (const t of scene.ticks) {
      ctx.strokeStyle = t.major ? p.muted : p.rule;
      ctx.beginPath();
      ctx.moveTo(t.x, layout.axisY);
      ctx.lineTo(t.x, layout.plot.bottom);
      ctx.stroke();
      ctx.fillText(t.label, t.labelX, layout.axisY - 6);
    }
    const o = layout.overview;
    ctx.strokeStyle = p.fg;
    ctx.lineWidth = 2;
    ctx.strokeRect(scene.window.x0, o.y, Math.max(2, scene.window.x1 - scene.window.x0), o.height);

    // Marks and labels moved past the plot's edges are cut there, as the settled SVG keeps them inside.
    ctx.save();
    ctx.beginPath();
    ctx.rect(layout.plot.left, layout.axisY, layout.plot.right - layout.plot.left, layout.plot.bottom - layout.axisY);
    ctx.clip();
    ctx.lineWidth = 1.5;
    ctx.font = `${metrics.labelFontSize}px ${p.font}`;
    for (const m of scene.marks) {
      const colour = p.actor.get(m.actor) ?? p.fg;
      const background = m.origin === 'background';
      ctx.fillStyle = background ? p.bg : colour;
      ctx.strokeStyle = colour;
      if (m.precision !== 'day') {
        const h = m.precision === 'month' ? 4 : 8;
        ctx.globalAlpha = m.precision === 'vague' ? 0.5 : 1;
        ctx.beginPath();
        ctx.roundRect(m.x0, m.y - h / 2, Math.max(0, m.x1 - m.x0), h, 2);
        ctx.fill();
        ctx.stroke();
        ctx.globalAlpha = 1;
      }
      const path = shapeOf(m.actor);
      ctx.translate(m.x0, m.y);
      ctx.fill(path);
      if (m.id === highlight) {
        ctx.strokeStyle = p.focus;
        ctx.lineWidth = 3;
      }
      ctx.stroke(path);
      ctx.lineWidth = 1.5;
      ctx.translate(-m.x0, -m.y);
      if (m.label) {
        ctx.fillStyle = p.fg;
        (m.label.lines ?? [m.label.text]).forEach((line, i) => ctx.fillText(line, m.label!.x, m.label!.y + 12 + i * metrics.labelHeight));
      }
    }

    ctx.lineWidth = 1;
    ctx.font = `${metrics.clusterFontSize}px ${p.font}`;
    ctx.textAlign = 'center';
    for (const c of scene.clusters) {
      const { x, y, width, height, text } = c.label;
      ctx.fillStyle = p.bg;
      ctx.strokeStyle = p.muted;
      ctx.beginPath();
      ctx.roundRect(x, y, width, height, height / 2);
      ctx.fill();
      ctx.stroke();
      ctx.fillStyle = p.fg;
      ctx.fillText(text, x + width / 2, y + height - 4);
    }
    ctx.restore();
    ctx.textAlign = 'start';
  };

  return {
    draw,
    end() {
      if (!active) return;
      active = false;
      svg.removeAttribute('data-preview');
      if (canvas) canvas.hidden = true;
    },
  };
}
