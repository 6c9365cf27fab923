/**
 * The relations on the live map: the lines between the four states at the view state's date (or
 * its selected event's), as the graph shows them, with their labels; the legend's key of the
 * relations and its heading follow the date.
 */
import { mapRelationsAt } from '../../lib/map/features';
import { relationsDateOf } from '../../lib/map/live-view';
import { labelHtml } from '../../lib/map/marker-markup';
import { formatDay } from '../../lib/format/dates';
import { asLocale } from '../../lib/locale';
import { toLatLng, type LiveMapContext } from './live-context';

/** Returns the function that draws the relations at the date `ctx.state` names; it does nothing while that date is drawn, and says whether it drew. */
export function relationsDrawer(ctx: LiveMapContext): () => boolean {
  const { L, config, host } = ctx;
  const layer = ctx.layers.relations;
  const plain = { interactive: false } as const;
  const locale = asLocale(document.documentElement.lang);
  let drawn = '';
  // The HTML already names the default date; the first date formatter costs a long task.
  let headingDate = config.date;
  return () => {
    const date = relationsDateOf(ctx.state, config.eventDates, config.date);
    if (date === drawn) return false;
    drawn = date;
    layer.clearLayers();
    const shown = mapRelationsAt(config.relationSpans, date);
    for (const r of shown) {
      const line = L.polyline(r.line.map((p) => toLatLng(ctx, p)), { ...plain, className: r.beyondEvidence ? 'map-relation is-beyond' : 'map-relation', dashArray: r.dash || undefined });
      line.on('add', () => {
        const path = line.getElement() as SVGElement | undefined;
        path?.style.setProperty('stroke', `var(${r.toneVariable})`);
        path?.setAttribute('data-id', r.id);
      });
      line.addTo(layer);
      const mid = r.line[Math.floor(r.line.length / 2)]!;
      L.marker(toLatLng(ctx, mid), { ...plain, keyboard: false, icon: L.divIcon({ className: 'map-label map-relation-label-live', html: labelHtml(r.label), iconSize: undefined }) }).addTo(layer);
    }
    const ids = new Set(shown.map((r) => r.id));
    for (const li of host.querySelectorAll<HTMLElement>('[data-relation]')) li.hidden = !ids.has(li.dataset.relation ?? '');
    const none = host.querySelector<HTMLElement>('[data-map-no-relations]');
    if (none) none.hidden = ids.size > 0;
    if (date === headingDate) return true;
    headingDate = date;
    const heading = config.strings.relationsOn.replace('{date}', formatDay(date, locale));
    for (const el of host.querySelectorAll<HTMLElement>('[data-map-relations-on]')) el.textContent = `${heading}${el.dataset.suffix ?? ''}`;
    return true;
  };
}
