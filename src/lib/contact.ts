/**
 * Words for contact channels: opening hours and honest first-response times, in the
 * customer's language (Intl for weekday names and numbers).
 */
import type { ContactChannel, Weekday } from '../schema.ts';
import { t, tPlural } from './i18n.ts';

const WEEK: readonly Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
// 2024-01-01 was a Monday: a fixed reference week for Intl weekday names.
const weekdayName = (day: Weekday, locale: string) =>
  new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(2024, 0, 1 + WEEK.indexOf(day))));

/** ["mon","tue","wed","thu","fri"] → "Monday–Friday"; ["mon","wed"] → "Monday, Wednesday". */
export function describeDays(days: readonly Weekday[], locale: string): string {
  const sorted = [...new Set(days)].sort((a, b) => WEEK.indexOf(a) - WEEK.indexOf(b));
  const runs: Weekday[][] = [];
  for (const day of sorted) {
    const run = runs.at(-1);
    if (run && WEEK.indexOf(day) === WEEK.indexOf(run.at(-1)!) + 1) run.push(day);
    else runs.push([day]);
  }
  const list = new Intl.ListFormat(locale, { style: 'long', type: 'unit' });
  return list.format(
    runs.map((run) => (run.length >= 3 ? `${weekdayName(run[0]!, locale)}–${weekdayName(run.at(-1)!, locale)}` : run.map((d) => weekdayName(d, locale)).join(', '))),
  );
}

/** Localised name of the time zone, e.g. "Central European Time" — or the zone id when Intl has none. */
export function timeZoneLabel(timeZone: string, locale: string, at = new Date()): string {
  const part = new Intl.DateTimeFormat(locale, { timeZone, timeZoneName: 'longGeneric' }).formatToParts(at).find((p) => p.type === 'timeZoneName');
  return part?.value ?? timeZone;
}

// The same block is on every page: build its wording once per channel and language.
const memo = new Map<string, string>();
function once(key: string, make: () => string): string {
  let value = memo.get(key);
  if (value === undefined) memo.set(key, (value = make()));
  return value;
}

export function describeHours(channel: ContactChannel, locale: string, timeZone: string): string {
  return once(`hours|${locale}|${timeZone}|${JSON.stringify(channel.hours)}`, () => t(locale, 'contact.hours', {
    days: describeDays(channel.hours.days, locale),
    opens: channel.hours.opens,
    closes: channel.hours.closes,
    zone: timeZoneLabel(timeZone, locale),
  }));
}

export function describeFirstResponse(channel: ContactChannel, locale: string): string {
  const { within, unit } = channel.firstResponse;
  return once(`response|${locale}|${within}|${unit}`, () => t(locale, 'contact.firstResponse', { time: tPlural(locale, `contact.within.${unit}`, within) }));
}

export function contactHref(channel: ContactChannel): string {
  switch (channel.type) {
    case 'email':
      return `mailto:${channel.value}`;
    case 'phone':
      return `tel:${channel.value.replace(/[^\d+]/g, '')}`;
    case 'chat':
      return channel.value;
  }
}
