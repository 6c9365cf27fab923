/** The props of `Accounts.astro`: the sides' accounts of one event, with every word in place. */
import type { Locale } from '../lib/locale';
import { dataset } from '../lib/data/dataset';
import { accountsOf } from '../lib/text/accounts';
import { sourcesAnchor } from '../lib/text/describe';
import { nameFormsOf } from '../lib/text/name-forms';
import { uiStrings } from '../i18n/ui';

/** One record of one side's account: its summary, where it is reported, and its sources entry. */
export interface AccountRecordView {
  summary: string;
  originNote: string;
  sourceHref: string;
}

/** The accounts of one event, side by side; `sides` is empty where fewer than two sides give one. */
export interface AccountsView {
  intro: string;
  sourceLabel: string;
  sides: { heading: string; records: AccountRecordView[] }[];
}

/** What `Accounts.astro` shows for the event `eventId`. */
export function accountsView(eventId: string, locale: Locale): AccountsView {
  const t = uiStrings(locale);
  const actors = new Map(dataset.actors.map((a) => [a.id, a]));
  const sides = accountsOf(eventId, dataset.events, dataset.actors).map((account) => ({
    heading: t.accountOf(nameFormsOf(actors.get(account.side), account.side)),
    records: account.records.map((r) => ({
      summary: r.summary[locale],
      originNote: r.origin === 'article' ? t.accountInArticle : t.accountElsewhere,
      sourceHref: `/${locale}/sources/#${sourcesAnchor('event', r.id)}`,
    })),
  }));
  return { intro: t.accountsIntro, sourceLabel: t.accountSource, sides };
}
