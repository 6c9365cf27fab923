import type { APIRoute, GetStaticPaths } from 'astro';
import { uiStrings } from '../../../i18n/ui';
import { embedTitles } from '../../../i18n/site';
import { asLocale, locales } from '../../../i18n/locales';
import { embeddableViews, embedPath } from '../../../lib/site/embeds';
import { iframeSnippet } from '../../../lib/site/embed-code';

/** One static oEmbed document per embeddable view and language. */
export const getStaticPaths: GetStaticPaths = () => locales.flatMap((lang) => embeddableViews.map((v) => ({ params: { lang, view: v.key } })));

/** The oEmbed "rich" response for the embed's default view. */
export const GET: APIRoute = ({ params, site }) => {
  const locale = asLocale(params.lang);
  const view = embeddableViews.find((v) => v.key === params.view)!;
  const origin = site ?? new URL('http://127.0.0.1:4321');
  const src = new URL(embedPath(locale, view.key), origin).href;
  const body = {
    version: '1.0',
    type: 'rich',
    title: embedTitles[locale][view.key],
    provider_name: uiStrings(locale).siteName,
    provider_url: new URL(`/${locale}/`, origin).href,
    html: iframeSnippet(src, view, embedTitles[locale][view.key]),
    width: view.width,
    height: view.height,
    cache_age: 86400,
  };
  return new Response(`${JSON.stringify(body, null, 2)}\n`, { headers: { 'Content-Type': 'application/json' } });
};
