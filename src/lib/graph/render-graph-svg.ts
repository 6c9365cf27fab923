/**
 * The relationship graph as an SVG string, from a `GraphLayout`. Pure, so the build, the
 * snapshot tests and any embed produce the same markup. Every mark carries a `data-id`; the
 * client finds marks by it and only changes classes, styles and attributes.
 */
import { escapeMarkup } from '../text/escape';
import { nodeLabel, type GraphLayout, type PlacedEdge } from './graph-layout';

/** Text the drawing needs, already in the page's language. */
export interface GraphSvgText {
  title: string;
  description: string;
}

/** The classes of an edge group that carry its look (the client sets the same ones). */
export function edgeClasses(edge: Pick<PlacedEdge, 'look'>): string {
  const { look } = edge;
  return ['rg-edge', look.on ? 'is-on' : 'is-off', look.toneClass, `kind-${look.kind}`, look.towardA ? 'to-a' : '', look.towardB ? 'to-b' : '', look.beyond ? 'is-beyond' : ''].filter(Boolean).join(' ');
}

const r1 = (v: number) => Math.round(v * 10) / 10;

/**
 * The tone again as a form, at the middle of a line, for paper and for readers who cannot tell
 * the tone colours apart: a circle with a minus (hostile) or a plus (cooperative), filled for the
 * strongest step, empty for neutral. Which parts show is up to the stylesheet, by the edge's tone
 * class, so the client changes the mark when it changes the class.
 */
export function toneMark(x: number, y: number): string {
  const cx = r1(x);
  const cy = r1(y);
  return `<g class="rg-tm"><circle cx="${cx}" cy="${cy}" r="6.5"/><path class="rg-tm-m" d="M${r1(cx - 3.5)},${cy}h7"/><path class="rg-tm-p" d="M${cx},${r1(cy - 3.5)}v7"/></g>`;
}

function renderEdge(edge: PlacedEdge): string {
  const coords = `x1="${edge.x1}" y1="${edge.y1}" x2="${edge.x2}" y2="${edge.y2}"`;
  return [
    `<g class="${edgeClasses(edge)}" data-id="${escapeMarkup(edge.id)}" data-a="${escapeMarkup(edge.a)}" data-b="${escapeMarkup(edge.b)}">`,
    `<line class="rg-hit" ${coords}/>`,
    `<line class="rg-line" ${coords} style="stroke-width:${edge.look.width}px"/>`,
    `<path class="rg-arrow rg-arrow-b" d="${edge.arrowB}"/>`,
    `<path class="rg-arrow rg-arrow-a" d="${edge.arrowA}"/>`,
    toneMark((edge.x1 + edge.x2) / 2, (edge.y1 + edge.y2) / 2),
    `</g>`,
  ].join('');
}

/**
 * Renders the drawing. `idPrefix` keeps ids unique when two graphs share a page. Without
 * the client it is an image (`role="img"` with title and description); the client turns the
 * marks into buttons.
 */
export function renderGraphSvg(layout: GraphLayout, text: GraphSvgText, idPrefix: string): string {
  const titleId = `${idPrefix}-svg-title`;
  const descId = `${idPrefix}-svg-desc`;
  const nodes = layout.nodes.map((n) => {
    const labelY = n.y + nodeLabel.baseline;
    const lines = n.label.map((line, i) => `<tspan x="${n.x}" y="${labelY + i * nodeLabel.lineHeight}">${escapeMarkup(line)}</tspan>`).join('');
    return `<g class="rg-node" data-id="${escapeMarkup(n.id)}" data-x="${n.x}" data-y="${n.y}"><path class="rg-focus-ring" d="M${n.x - 30},${n.y}a30,30 0 1 0 60,0a30,30 0 1 0 -60,0Z"/><path class="rg-shape" d="${n.d}" transform="translate(${n.x},${n.y})" style="fill:var(--actor-${escapeMarkup(n.id)})"/><text class="rg-label" text-anchor="middle">${lines}</text></g>`;
  });
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" class="rg-svg" viewBox="0 0 ${layout.width} ${layout.height}" role="img" aria-labelledby="${titleId}" aria-describedby="${descId}">`,
    `<title id="${titleId}">${escapeMarkup(text.title)}</title>`,
    `<desc id="${descId}">${escapeMarkup(text.description)}</desc>`,
    `<g class="rg-edges">${layout.edges.map(renderEdge).join('')}</g>`,
    `<g class="rg-nodes">${nodes.join('')}</g>`,
    `</svg>`,
  ].join('\n');
}

/**
 * Marks edges of a rendered drawing as highlighted (`is-event`, the look the live graph gives
 * the pairs of a selected event), by their `data-id`: a drawing made at build time can show the
 * pair that a story step is about.
 */
export function highlightEdges(svg: string, edgeIds: readonly string[]): string {
  const wanted = new Set(edgeIds.map(escapeMarkup));
  return svg.replace(/<g class="(rg-edge[^"]*)" data-id="([^"]*)"/g, (all, classes: string, id: string) => (wanted.has(id) ? `<g class="${classes} is-event" data-id="${id}"` : all));
}

/**
 * A rendered drawing without the parts only the live graph uses (the wide hit lines and the focus
 * rings): a drawing that is only looked at, many times on one page, is lighter without them.
 */
export function stripInteractiveParts(svg: string): string {
  return svg.replace(/<line class="rg-hit"[^>]*\/>/g, '').replace(/<path class="rg-focus-ring"[^>]*\/>/g, '');
}
