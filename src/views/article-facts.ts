/** The props of `ArticleFacts.astro`: the original article in brief, every word in place. */
import type { Locale } from '../lib/locale';
import type { ArticleMeta } from '../lib/schema/article';
import { dataset } from '../lib/data/dataset';
import { formatDay } from '../lib/format/dates';
import { articleFacts } from '../i18n/about';

/** A copy of the article the site links: its address, the link's words and the note on its host. */
export interface ArticleCopyView {
  href: string;
  label: string;
  note: string;
}

/** What the box says about the article the site is built from. */
export interface ArticleFactsView {
  heading: string;
  headline: ArticleMeta['headline'];
  published: string;
  /** "Published on 28 November 2023 in Washington", in the page's language. */
  publishedText: string;
  /** Each credit as "role: name (place)". */
  credits: string[];
  english: ArticleCopyView;
  german: ArticleCopyView;
  citeLabel: string;
  citeAs: string;
}

const hostOf = (url: string) => new URL(url).hostname.replace(/^www\./, '');

/** What `ArticleFacts.astro` shows, in `locale`. */
export function articleFactsView(locale: Locale): ArticleFactsView {
  const s = articleFacts[locale];
  const { article } = dataset.manifest;
  return {
    heading: s.heading,
    headline: article.headline,
    published: article.published,
    publishedText: s.published(formatDay(article.published, locale), article.dateline),
    credits: article.credits.map((c) => `${c.role[locale]}: ${c.name}${c.place ? ` (${c.place})` : ''}`),
    english: { href: article.headlineSource, label: s.englishCopy, note: s.englishCopyNote(hostOf(article.headlineSource)) },
    german: { href: article.translationCopy, label: s.germanCopy, note: s.germanCopyNote(hostOf(article.translationCopy)) },
    citeLabel: s.reutersUrl,
    citeAs: article.citeAs,
  };
}
