// Atom 1.0 feeds of new procurement: one per LAO (/lao/<id>/feed.xml) and one for the whole site
// (/feed.xml). An entry is a procurement project, filed under its announcement date or, without one,
// its first contract's signing date; projects with neither are left out (a feed is read newest first,
// and an undated entry has no place in it). The endpoints read the data; everything here is pure.
import { provinceLabel } from '../geo/provinces.ts';
import { sumBaht } from '../parse/amount.ts';
import { METHOD_NAMES } from '../procurement/methods.ts';
import type { ProcurementProject } from '../schema/procurement.ts';
import { procurementPath } from './anchors.ts';
import { formatBahtExact, formatDate, formatFiscalYear, url } from './format.ts';
import type { UiKey } from './i18n.ts';
import { contractVendors } from './procurement-view.ts';

/** Entries per feed: a reader polls often and wants what is new; the full record is in the downloads. */
export const FEED_ENTRY_LIMIT = 50;

/**
 * The origin of absolute links when the build is not given the site's address (PRONGSAI_SITE). Atom
 * ids and links must be absolute; `.invalid` is reserved (RFC 2606), so no one else can own it and a
 * reader shows plainly that the address was not configured.
 */
export const PLACEHOLDER_ORIGIN = 'https://prongsai.invalid';

/** Path of an LAO's feed, and of the whole site's. */
export const laoFeedPath = (laoId: string): string => `/lao/${laoId}/feed.xml`;
export const SITE_FEED_PATH = '/feed.xml';

/** Characters XML 1.0 forbids anywhere (C0 controls but tab, LF and CR; lone surrogates; U+FFFE/U+FFFF): removed. */
const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** Text made safe for XML content and attribute values: markup characters escaped, forbidden characters dropped. */
export function escapeXml(text: string): string {
  return text.replace(NOT_XML, '').replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

/** An absolute URL of a site path, under the base: ('https://x.org', '/lao/1/') → 'https://x.org/base/lao/1/'. */
export function absoluteUrl(origin: string, path: string): string {
  return new URL(url(path), origin).href;
}

/** A date of the data as an Atom timestamp: Thai dates are days in Asia/Bangkok (UTC+7, no daylight saving). */
export function atomTimestamp(isoDate: string): string {
  return `${isoDate}T00:00:00+07:00`;
}

export interface FeedLao {
  id: string;
  name: string;
  province: string;
}

/** A procurement project with the date it is filed under. */
export interface FeedItem {
  lao: FeedLao;
  project: ProcurementProject;
  date: string;
  dateKind: 'announced' | 'signed';
}

/** The date a project is filed under: its announcement, else its first contract's signing; null when it has neither. */
export function projectDate(project: ProcurementProject): Pick<FeedItem, 'date' | 'dateKind'> | null {
  if (project.announcedDate) return { date: project.announcedDate, dateKind: 'announced' };
  const signed = project.contracts.map((c) => c.signedDate).filter((d): d is string => d !== null).sort()[0];
  return signed ? { date: signed, dateKind: 'signed' } : null;
}

const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Newest first; ties by LAO id, then project id, so the order never depends on the input's. */
export function newestFirst(a: FeedItem, b: FeedItem): number {
  return byText(b.date, a.date) || byText(a.lao.id, b.lao.id) || byText(a.project.id, b.project.id);
}

/** The dated projects of one LAO, newest first, at most `limit`. */
export function newestItems(lao: FeedLao, projects: Iterable<ProcurementProject>, limit = FEED_ENTRY_LIMIT): FeedItem[] {
  const items: FeedItem[] = [];
  for (const project of projects) {
    const dated = projectDate(project);
    if (dated) items.push({ lao, project, ...dated });
  }
  return items.sort(newestFirst).slice(0, limit);
}

export interface FeedSource {
  id: string;
  /**
   * No project of the LAO is filed later than this (the downloads index's latest announcement or
   * signing date); null when none has a date; undefined when not known, so the LAO must be read.
   */
  latestDate: string | null | undefined;
}

/**
 * The newest dated projects across many LAOs, reading as few LAOs as possible: LAOs are read from the
 * latest `latestDate` down, and reading stops once `limit` items are held and the next LAO's latest
 * date is before the last of them (an equal date may still win on the LAO id, so it is read).
 */
export function newestAcross(sources: readonly FeedSource[], read: (id: string) => { lao: FeedLao; projects: Iterable<ProcurementProject> }, limit = FEED_ENTRY_LIMIT): FeedItem[] {
  // LAOs of unknown date first: they must be read whatever the others hold.
  const rank = (s: FeedSource) => s.latestDate ?? '\uffff';
  const order = sources.filter((s) => s.latestDate !== null).sort((a, b) => byText(rank(b), rank(a)) || byText(a.id, b.id));
  let best: FeedItem[] = [];
  for (const source of order) {
    const last = best[limit - 1];
    if (last && source.latestDate && source.latestDate < last.date) break;
    const { lao, projects } = read(source.id);
    best = [...best, ...newestItems(lao, projects, limit)].sort(newestFirst).slice(0, limit);
  }
  return best;
}

export interface AtomPerson {
  name: string;
  uri?: string;
}

export interface AtomEntry {
  id: string;
  title: string;
  link: string;
  updated: string;
  author: AtomPerson;
  summary: string;
}

export interface AtomFeed {
  id: string;
  title: string;
  subtitle: string;
  /** The feed's own URL. */
  self: string;
  /** The page the feed is about. */
  alternate: string;
  updated: string;
  author: AtomPerson;
  icon: string;
  entries: readonly AtomEntry[];
}

/** Text in the feed's language: a translator such as translator('th'). */
export type FeedText = (key: UiKey, vars?: Record<string, string | number>) => string;

/** The amount a reader wants first: the contracts' value, else the agreed price, else the budget. */
function amountPart(project: ProcurementProject, t: FeedText): string {
  if (project.contracts.some((c) => c.value !== null)) return `${t('feed.contractValue')} ${formatBahtExact(sumBaht(project.contracts.map((c) => c.value)))}`;
  if (project.agreedPrice !== null) return `${t('proc.agreedPrice')} ${formatBahtExact(project.agreedPrice)}`;
  if (project.budget !== null) return `${t('proc.budget')} ${formatBahtExact(project.budget)}`;
  return t('feed.noAmount');
}

const SHOWN_VENDORS = 3;

/** One line in Thai: who, which year, how, how much, from whom, when. */
export function entrySummary(item: FeedItem, t: FeedText): string {
  const { lao, project: p } = item;
  const vendors = contractVendors(p.contracts).map(([, name]) => name);
  const method = p.method ? METHOD_NAMES[p.method].th : p.methodText;
  return [
    `${lao.name} ${provinceLabel(lao.province, 'th')}`,
    formatFiscalYear(p.fiscalYear, 'th'),
    method,
    amountPart(p, t),
    vendors.length
      ? `${t('common.vendor')}: ${vendors.slice(0, SHOWN_VENDORS).join(', ')}${vendors.length > SHOWN_VENDORS ? ` ${t('feed.moreVendors', { n: vendors.length - SHOWN_VENDORS })}` : ''}`
      : null,
    `${t(item.dateKind === 'announced' ? 'proc.announced' : 'proc.signed')} ${formatDate(item.date, 'th')}`,
  ].filter((part): part is string => Boolean(part)).join(' · ');
}

/** A project as an entry: its id and link are the absolute URL of its row on its LAO-year page. */
export function procurementEntry(item: FeedItem, origin: string, t: FeedText): AtomEntry {
  const link = absoluteUrl(origin, procurementPath(item.project));
  return {
    id: link,
    title: item.project.name,
    link,
    updated: atomTimestamp(item.date),
    author: { name: item.lao.name, uri: absoluteUrl(origin, `/lao/${item.lao.id}/`) },
    summary: entrySummary(item, t),
  };
}

/** A feed's `updated`: its newest entry's, or, with none, the latest date in the data (`fallbackDate`). */
export function feedUpdated(entries: readonly AtomEntry[], fallbackDate: string | null): string {
  return entries[0]?.updated ?? atomTimestamp(fallbackDate ?? '1970-01-01');
}

function person(tag: string, p: AtomPerson, indent: string): string {
  return `${indent}<${tag}><name>${escapeXml(p.name)}</name>${p.uri ? `<uri>${escapeXml(p.uri)}</uri>` : ''}</${tag}>\n`;
}

const element = (tag: string, text: string, indent: string): string => `${indent}<${tag}>${escapeXml(text)}</${tag}>\n`;
const link = (rel: string, type: string, href: string, indent: string): string => `${indent}<link rel="${rel}" type="${type}" href="${escapeXml(href)}"/>\n`;

/** The feed as an Atom 1.0 document in Thai. */
export function atomXml(feed: AtomFeed): string {
  let xml = '<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="th">\n';
  xml += element('id', feed.id, '  ') + element('title', feed.title, '  ') + element('subtitle', feed.subtitle, '  ');
  xml += link('self', 'application/atom+xml', feed.self, '  ') + link('alternate', 'text/html', feed.alternate, '  ');
  xml += element('updated', feed.updated, '  ') + person('author', feed.author, '  ');
  xml += '  <generator>Prongsai</generator>\n' + element('icon', feed.icon, '  ');
  for (const e of feed.entries) {
    xml += '  <entry>\n';
    xml += element('id', e.id, '    ') + element('title', e.title, '    ') + link('alternate', 'text/html', e.link, '    ');
    xml += element('updated', e.updated, '    ') + person('author', e.author, '    ') + element('summary', e.summary, '    ');
    xml += '  </entry>\n';
  }
  return `${xml}</feed>\n`;
}

export interface FeedOptions {
  /** Site origin (Astro.site), or PLACEHOLDER_ORIGIN. */
  origin: string;
  t: FeedText;
  /** The latest date in the whole import (meta.json), for a feed with no entries. */
  fallbackDate: string | null;
}

/** The icon a reader shows beside a feed (see public/). */
const FEED_ICON = '/icon-192.png';

/** One LAO's feed: its newest procurement. */
export function laoFeedXml(lao: FeedLao, projects: Iterable<ProcurementProject>, options: FeedOptions): string {
  const { origin, t } = options;
  const self = absoluteUrl(origin, laoFeedPath(lao.id));
  const page = absoluteUrl(origin, `/lao/${lao.id}/`);
  const entries = newestItems(lao, projects).map((item) => procurementEntry(item, origin, t));
  return atomXml({
    id: self, self, alternate: page,
    title: t('feed.titleLao', { lao: lao.name }),
    subtitle: t('feed.subtitle', { n: FEED_ENTRY_LIMIT }),
    updated: feedUpdated(entries, options.fallbackDate),
    author: { name: lao.name, uri: page },
    icon: absoluteUrl(origin, FEED_ICON),
    entries,
  });
}

/** The whole site's feed, from items already chosen by newestAcross. */
export function siteFeedXml(items: readonly FeedItem[], options: FeedOptions): string {
  const { origin, t } = options;
  const self = absoluteUrl(origin, SITE_FEED_PATH);
  const home = absoluteUrl(origin, '/');
  const entries = items.map((item) => procurementEntry(item, origin, t));
  return atomXml({
    id: self, self, alternate: home,
    title: t('feed.titleSite', { site: t('site.name') }),
    subtitle: t('feed.subtitle', { n: FEED_ENTRY_LIMIT }),
    updated: feedUpdated(entries, options.fallbackDate),
    author: { name: t('site.name'), uri: home },
    icon: absoluteUrl(origin, FEED_ICON),
    entries,
  });
}
