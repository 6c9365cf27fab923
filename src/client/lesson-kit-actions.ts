/**
 * The lesson kit's actions, loaded when a reader first opens one of its panels: keeps the embed code and citation in step with the view's state (the page's
 * query string), copies them, loads the preview on demand, and makes the downloads from what
 * is on the page: the view's image for a slide (16:9 or square, `slide-image.ts`) as SVG and
 * PNG, with its title, date, legend, source and address drawn in, and the rows shown as CSV and JSON.
 */
import { formatCitation } from '../lib/kit/citation';
import { describeViewForAltText, type AltTextStrings, type KitView } from '../lib/kit/alt-text';
import { rowsToCsv, selectRows, type KitData } from '../lib/kit/rows';
import { embedUrlForPage, iframeSnippet, resizeHelperSnippet } from '../lib/site/embed-code';
import { parseEmbedOptions, withEmbedOptions } from '../lib/state/embed-options';
import { formatDay, isCalendarDay } from '../lib/format/dates';
import { asLocale, type Locale } from '../lib/locale';
import { asSlideFormat } from '../lib/kit/slide';
import { drawSlide, type SlideSvg } from './slide-image';

function todayIso(): string {
  const now = new Date();
  return new Date(Date.UTC(now.getFullYear(), now.getMonth(), now.getDate())).toISOString().slice(0, 10);
}

function save(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Drives one `<lesson-kit>` element: its embed code, citation, alt text, copy buttons and downloads. */
export class LessonKitController {
  private data: KitData = { columns: [], rows: [] };
  private headers: Record<string, string> = {};
  /** For the graph: the positions of the rows it draws on each date its slider stops at. */
  private drawnByDate: Record<string, number[]> = {};
  private cleanup: (() => void)[] = [];

  constructor(private readonly host: HTMLElement) {}

  /** Reads the kit's data, wires its buttons and fills its fields for the current state. */
  attach(): void {
    try {
      this.data = JSON.parse(this.host.querySelector('[data-kit-data]')?.textContent ?? '{}') as KitData;
    } catch {
      this.data = { columns: [], rows: [] };
    }
    try {
      this.drawnByDate = JSON.parse(this.host.querySelector('[data-kit-drawn]')?.textContent ?? '{}') as Record<string, number[]>;
    } catch {
      this.drawnByDate = {};
    }
    try {
      this.headers = JSON.parse(this.host.querySelector('[data-kit-headers]')?.textContent ?? '{}') as Record<string, string>;
    } catch {
      this.headers = {};
    }
    const onClick = (event: Event) => this.handleClick(event);
    this.host.addEventListener('click', onClick);
    // The views write their state to the query string; read it whenever a panel opens.
    const onState = () => this.refresh();
    this.host.addEventListener('toggle', onState, true);
    this.host.addEventListener('change', onState);
    window.addEventListener('popstate', onState);
    this.cleanup.push(() => this.host.removeEventListener('click', onClick), () => this.host.removeEventListener('change', onState), () => this.host.removeEventListener('toggle', onState, true), () => window.removeEventListener('popstate', onState));
    this.refresh();
  }

  /** Removes the listeners `attach` added. */
  detach(): void {
    this.cleanup.splice(0).forEach((fn) => fn());
  }

  private get locale(): Locale {
    return asLocale(this.host.dataset.locale);
  }

  /** The page's strings for the kit (`data-kit-strings`, from `src/i18n/kit.ts`). */
  private get strings(): { altText: AltTextStrings; citation: string; copied: string } {
    return JSON.parse(this.host.dataset.kitStrings ?? '{}') as { altText: AltTextStrings; citation: string; copied: string };
  }

  private get view(): KitView {
    return (this.host.dataset.view ?? 'timeline') as KitView;
  }

  /** The embed panel's option (`data-kit-option`) of that name. */
  private option(name: string): HTMLInputElement | null {
    return this.host.querySelector<HTMLInputElement>(`[data-kit-option="${name}"]`);
  }

  /** The embed's address: the view's state from the page's address, and the panel's options. */
  private embedUrl(): string {
    // Read through the parser, so a value the panel does not offer falls back to the default.
    const { options } = parseEmbedOptions(`?theme=${this.option('theme')?.value ?? ''}&controls=${this.option('controls')?.checked === false ? 0 : 1}`);
    return embedUrlForPage(this.host.dataset.embedSrc ?? '', location, withEmbedOptions(location.search, options));
  }

  /**
   * Ids of the marks the exported drawing shows: those in the view's SVG (the one the image is made
   * of) that are drawn, not those of its lists or overview, nor marks hidden outside the range.
   */
  private shownIds(): Set<string> | undefined {
    const visual = document.querySelector<HTMLElement>(`[data-kit-visual="${this.view}"]`);
    const svg = visual?.querySelector<SVGSVGElement>(`svg${visual.dataset.kitSvg ?? ''}`);
    if (!svg) return undefined;
    const ids = [...svg.querySelectorAll<Element>('[data-id]')].filter((el) => !el.closest('[hidden], [display="none"], .is-hidden')).map((el) => el.getAttribute('data-id')!);
    return ids.length > 0 ? new Set(ids) : undefined;
  }

  /**
   * The view's date, for views drawn at a date: the one the drawing shows (the graph keeps it up
   * to date), so a date in the address that the view clamped or ignored never reaches the kit.
   */
  private viewDate(): string | undefined {
    const drawn = document.querySelector<HTMLElement>(`[data-kit-visual="${this.view}"]`)?.dataset.kitDate;
    return drawn && isCalendarDay(drawn) ? drawn : undefined;
  }

  /** The rows behind what the view shows now: for the graph, the records it draws on its date. */
  private shownData(): KitData {
    const date = this.view === 'relations' ? this.viewDate() : undefined;
    const drawn = date ? this.drawnByDate[date] : undefined;
    return drawn ? { columns: this.data.columns, rows: drawn.map((i) => this.data.rows[i]).filter((r) => r !== undefined) } : selectRows(this.data, this.shownIds());
  }

  private refresh(): void {
    const width = Number(this.host.dataset.width);
    const height = Number(this.host.dataset.height);
    const narrowGrowth = Number(this.host.dataset.narrowGrowth ?? 0);
    const snippet = this.host.querySelector<HTMLTextAreaElement>('[data-kit-snippet]');
    const url = this.embedUrl();
    if (snippet) snippet.value = iframeSnippet(url, { width, height, narrowGrowth }, this.host.dataset.title ?? '', { responsive: this.option('responsive')?.checked !== false });
    const helper = this.host.querySelector<HTMLTextAreaElement>('[data-kit-helper]');
    if (helper) helper.value = resizeHelperSnippet(new URL(url).origin);
    const link = this.host.querySelector<HTMLAnchorElement>('[data-kit-embed-link]');
    if (link) link.href = url;
    const citation = this.host.querySelector<HTMLTextAreaElement>('[data-kit-citation]');
    if (citation) citation.value = formatCitation({ siteName: this.host.dataset.siteName ?? '', viewTitle: this.host.dataset.title ?? '', url: location.href, accessed: todayIso(), locale: this.locale, template: this.strings.citation });
    const alt = this.host.querySelector<HTMLTextAreaElement>('[data-kit-alt]');
    if (alt) alt.value = describeViewForAltText(this.view, this.shownData().rows, this.locale, this.strings.altText, { date: this.viewDate() });
  }

  private handleClick(event: Event): void {
    const button = (event.target as Element).closest('button');
    if (!button || !this.host.contains(button)) return;
    if (button.dataset.kitCopy) this.copy(button, button.dataset.kitCopy);
    else if (button.dataset.kitLoadPreview !== undefined) this.loadPreview(button);
    else if (button.dataset.kitDownload) void this.download(button.dataset.kitDownload);
  }

  private copy(button: HTMLButtonElement, targetId: string): void {
    const field = document.getElementById(targetId) as HTMLTextAreaElement | null;
    if (!field) return;
    this.refresh();
    const done = () => {
      const label = button.textContent;
      button.textContent = this.strings.copied;
      setTimeout(() => (button.textContent = label), 1500);
    };
    if (navigator.clipboard) navigator.clipboard.writeText(field.value).then(done, () => field.select());
    else field.select();
  }

  private loadPreview(button: HTMLButtonElement): void {
    const frame = document.createElement('iframe');
    frame.src = this.embedUrl();
    frame.title = this.host.dataset.title ?? '';
    frame.height = this.host.dataset.height ?? '600';
    frame.loading = 'lazy';
    button.replaceWith(frame);
  }

  /**
   * What the image shows in time, in words, from the same state as its rows: the graph's date, or
   * the span of the events shown. Never the day of the download, which says nothing about the data.
   */
  private shownWhen(): string | undefined {
    const date = this.view === 'relations' ? this.viewDate() : undefined;
    if (date) return this.host.dataset.imageDate?.replace('{date}', formatDay(date, this.locale));
    const rows = this.shownData().rows.filter((r) => this.view === 'timeline' || r.type === 'event');
    const starts = rows.map((r) => r.start).filter((d): d is string => typeof d === 'string').sort();
    const ends = rows.map((r) => r.end ?? r.start).filter((d): d is string => typeof d === 'string').sort();
    if (!starts[0] || !ends[ends.length - 1]) return undefined;
    return this.host.dataset.imageSpan?.replace('{from}', formatDay(starts[0], this.locale)).replace('{to}', formatDay(ends[ends.length - 1]!, this.locale));
  }

  /** The view's image for a slide of the chosen format (`data-kit-format`), as an SVG document. */
  exportSvg(): SlideSvg | undefined {
    const format = asSlideFormat(this.host.querySelector<HTMLInputElement>('[data-kit-format]:checked')?.value);
    const d = this.host.dataset;
    return drawSlide(this.view, format, { title: d.title ?? '', when: this.shownWhen(), source: d.imageSource ?? '', address: `${d.siteName} · ${location.href}` });
  }

  private async download(kind: string): Promise<void> {
    const name = `nagorno-karabakh-2023-${this.view}`;
    const slideName = `${name}-${asSlideFormat(this.host.querySelector<HTMLInputElement>('[data-kit-format]:checked')?.value) === 'square' ? 'square' : '16x9'}`;
    const data = this.shownData();
    if (kind === 'csv' || kind === 'csv-semicolon') {
      const dialect = kind === 'csv' ? 'comma' : 'semicolon';
      save(new Blob([rowsToCsv(data, { dialect, headers: this.headers })], { type: 'text/csv;charset=utf-8' }), `${name}${dialect === 'semicolon' ? '-excel' : ''}.csv`);
    }
    if (kind === 'json') save(new Blob([`${JSON.stringify(data.rows, null, 2)}\n`], { type: 'application/json' }), `${name}.json`);
    if (kind !== 'svg' && kind !== 'png') return;
    const svg = this.exportSvg();
    if (!svg) return;
    const blob = new Blob([svg.markup], { type: 'image/svg+xml;charset=utf-8' });
    if (kind === 'svg') {
      save(blob, `${slideName}.svg`);
      return;
    }
    const url = URL.createObjectURL(blob);
    const image = new Image();
    image.decoding = 'async';
    await new Promise<void>((resolve, reject) => {
      image.onload = () => resolve();
      image.onerror = () => reject(new Error('could not render the SVG'));
      image.src = url;
    });
    const canvas = document.createElement('canvas');
    canvas.width = svg.width;
    canvas.height = svg.height;
    const context = canvas.getContext('2d')!;
    context.drawImage(image, 0, 0, svg.width, svg.height);
    URL.revokeObjectURL(url);
    const png = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
    if (png) save(png, `${slideName}.png`);
  }
}

