/**
 * The props of `StoryView.astro`: the story's steps with their words, dates, sources and the
 * graph drawn on each step's date, the embed code, and the stepper's configuration.
 */
import type { Locale } from '../lib/locale';
import { dataset } from '../lib/data/dataset';
import { storyRows, type StoryRow } from '../lib/story/rows';
import { buildRelationGraphModel } from '../lib/graph/graph-model';
import { highlightEdges, renderGraphSvg, stripInteractiveParts } from '../lib/graph/render-graph-svg';
import { embedPath, embeddableViews } from '../lib/site/embeds';
import { iframeSnippet } from '../lib/site/embed-code';
import { pageUrl } from '../lib/site/pages';
import { storyStrings } from '../i18n/story';
import { uiStrings } from '../i18n/ui';
import { kit } from '../i18n/kit';
import { embedTitles } from '../i18n/site';

/** One step as the list shows it: its row, its count ("Step 3 of 13"), its sources link and its drawing. */
export interface StoryStepView extends StoryRow {
  count: string;
  sourcesHref: string;
  drawing: { title: string; svg: string };
}

/** What the story component shows. */
export interface StoryView {
  /** The story's own words (headings, buttons, labels). */
  labels: (typeof storyStrings)[Locale];
  quote: { translationLabel: string; credit: string; showTranslation: boolean };
  embedPanel: { intro: string; snippetLabel: string; linkLabel: string; snippet: string; href: string };
  total: number;
  /** "Step 1 of 13", before the script takes over. */
  firstCount: string;
  steps: StoryStepView[];
  /** The stepper's configuration, as JSON safe inside a `<script>` element. */
  configJson: string;
}

/** What `StoryView.astro` shows in `locale`; `site` is the address the embed code points at. */
export function storyView(locale: Locale, site: URL): StoryView {
  const s = storyStrings[locale];
  const t = uiStrings(locale);
  const k = kit[locale];
  const rows = storyRows(dataset.story.steps, dataset.events, locale, { reporter: s.reporter, background: s.background, precision: t.precision });
  const total = rows.length;
  const countOf = (n: number) => s.progress.replace('{n}', String(n)).replace('{total}', String(total));
  const sources = pageUrl(locale, 'sources/');
  const steps = rows.map((row) => {
    const model = buildRelationGraphModel({ ...dataset, locale, date: row.graphDate });
    const svg = renderGraphSvg(model.layout, { title: model.title, description: model.strings.svgDescriptionCompact }, `story-${row.number}`);
    return { ...row, count: countOf(row.number), sourcesHref: `${sources}#${row.sourcesAnchor}`, drawing: { title: model.title, svg: stripInteractiveParts(highlightEdges(svg, row.pairEdges)) } };
  });
  const spec = embeddableViews.find((v) => v.key === 'story')!;
  const embedSrc = new URL(embedPath(locale, 'story'), site).href;
  const config = {
    // The client builds each step's patch (`stepViewPatch`): JSON would drop the keys a step clears.
    steps: dataset.story.steps.map((step, i) => ({ title: rows[i]!.title, view: step.view, number: step.number })),
    progress: s.progress,
    announce: s.announce,
    embedSrc,
  };
  return {
    labels: s,
    quote: { translationLabel: t.translationLabel, credit: t.quoteCredit, showTranslation: !t.readsArticleLanguage },
    embedPanel: { intro: k.embedIntro, snippetLabel: k.snippetLabel, linkLabel: k.embedLink, snippet: iframeSnippet(embedSrc, spec, embedTitles[locale].story), href: embedPath(locale, 'story') },
    total,
    firstCount: countOf(1),
    steps,
    configJson: JSON.stringify(config).replace(/</g, '\\u003c'),
  };
}
