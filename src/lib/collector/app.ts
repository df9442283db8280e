/**
 * The event collector as an HTTP app (Hono): one POST route that takes a feedback or search
 * event as JSON (application/json, or text/plain as navigator.sendBeacon sends it) or as the
 * plain feedback form an article shows without JavaScript, checks it against the shared
 * schemas, redacts personal data with the gap report's redaction, and stores it.
 *
 * Answers, always short JSON and never a stack trace: 204 stored; 303 back to the article for
 * the plain form; 400 invalid (with the field and what was expected); 403 from an origin that
 * is not allowed; 413 too large; 429 too many from one client (Retry-After); 503 the database
 * cannot take writes (logged once per outage).
 *
 * Hono for routing, CORS (preflight included) and the body limit (it counts a streamed body,
 * not only Content-Length); the rest is ours.
 */
import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { cors } from 'hono/cors';
import type { z } from 'zod';
import { helpcenterEventSchema, type HelpcenterEvent } from '../../schema.ts';
import { createCountryPicker } from '../gaps/normalize/countries.ts';
import { redact } from '../gaps/normalize/redact.ts';
import { PHONE_COUNTRIES_TRIED } from '../gaps/tuning.ts';
import { deviceClass } from './device.ts';
import { MAX_BODY_BYTES } from './limits.ts';
import type { RateLimiter } from './rate-limit.ts';
import { StoreUnavailable, type EventStore } from './store.ts';


export interface CollectorOptions {
  store: Pick<EventStore, 'addFeedback' | 'addSearch'>;
  /** The route, e.g. "/api/events" (the site's `collector` setting). */
  path: string;
  /** Origins allowed besides the collector's own (the help center's URL when it is served elsewhere). */
  allowedOrigins?: readonly string[];
  /** Requests per client; none: no limit (benchmarks). */
  rateLimiter?: RateLimiter;
  /** The client's key for the rate limit (its address, never stored). */
  clientOf?: (c: Context) => string;
  log?: (line: string) => void;
  now?: () => Date;
  /**
   * The help center's countries (normalize/countries.ts `siteCountries`): with the event's
   * language, where phone numbers written without a country code are looked for.
   */
  countries?: readonly string[];
}

type Problem = { status: 400; field: string | null; message: string };

export function createCollector(options: CollectorOptions): Hono {
  const app = new Hono();
  const log = options.log ?? ((line: string) => console.error(line));
  const now = options.now ?? (() => new Date());
  const allowed = new Set(options.allowedOrigins ?? []);
  const countriesFor = createCountryPicker(options.countries ?? [], PHONE_COUNTRIES_TRIED);
  let failing = false;

  const ownOrigin = (c: Context) => {
    const url = new URL(c.req.url);
    return `${url.protocol}//${c.req.header('host') ?? url.host}`;
  };
  const originAllowed = (c: Context, origin: string | undefined) => !origin || origin === ownOrigin(c) || allowed.has(origin);

  app.use(
    options.path,
    cors({ origin: (origin, c) => (originAllowed(c, origin) ? origin : null), allowMethods: ['POST'], allowHeaders: ['Content-Type'], maxAge: 86_400 }),
  );
  app.use(options.path, async (c, next) => {
    if (!originAllowed(c, c.req.header('origin'))) return c.json({ error: 'forbidden', message: `Events from ${c.req.header('origin')} are not accepted here.` }, 403);
    if (options.rateLimiter) {
      const verdict = options.rateLimiter.take(options.clientOf?.(c) ?? 'anyone', now().getTime());
      if (!verdict.allowed) {
        c.header('Retry-After', String(verdict.retryAfter));
        return c.json({ error: 'too-many', message: `Too many events; try again in ${verdict.retryAfter} s.` }, 429);
      }
    }
    return next();
  });
  app.use(options.path, bodyLimit({ maxSize: MAX_BODY_BYTES, onError: (c) => c.json({ error: 'too-large', message: `An event is at most ${MAX_BODY_BYTES} bytes.` }, 413) }));

  app.post(options.path, async (c) => {
    const isForm = (c.req.header('content-type') ?? '').startsWith('application/x-www-form-urlencoded');
    const parsed = isForm ? fromForm(await c.req.parseBody(), allowed) : fromJson(await c.req.text());
    if ('status' in parsed) return isForm ? formProblem(c, parsed) : c.json({ error: 'invalid', field: parsed.field, message: parsed.message }, 400);
    const { event, back } = parsed;
    const receivedAt = now().toISOString();
    const device = deviceClass(c.req.header('user-agent'));
    try {
      const countries = countriesFor(event.locale, undefined);
      if (event.type === 'helpcenter:feedback') options.store.addFeedback({ ...event, ...(event.comment ? { comment: redact(event.comment, { countries }) } : {}), receivedAt, device });
      else options.store.addSearch({ ...event, query: redact(event.query, { countries }), receivedAt, device });
      if (failing) log('collector: the database takes events again.');
      failing = false;
    } catch (error) {
      if (!(error instanceof StoreUnavailable)) throw error;
      if (!failing) log(`collector: cannot store events (${error.message}); answering 503 until it can. Check the disk and the database file's permissions.`);
      failing = true;
      return c.json({ error: 'unavailable', message: 'Events cannot be stored right now.' }, 503);
    }
    return back ? c.redirect(`${back}#feedback-thanks`, 303) : c.body(null, 204);
  });

  app.all(options.path, (c) => c.json({ error: 'method', message: 'Send events with POST.' }, 405, { Allow: 'POST, OPTIONS' }));
  app.notFound((c) => c.json({ error: 'not-found', message: `Events go to ${options.path}.` }, 404));
  app.onError((error, c) => {
    log(`collector: ${error instanceof Error ? error.message : String(error)}`);
    return c.json({ error: 'internal', message: 'The event could not be handled.' }, 500);
  });
  return app;
}

function validate(input: unknown): { event: HelpcenterEvent } | Problem {
  const result = helpcenterEventSchema.safeParse(input);
  if (result.success) return { event: result.data };
  const issue = result.error.issues[0] as z.core.$ZodIssue;
  const field = issue.path.length ? issue.path.join('.') : issue.code === 'unrecognized_keys' ? (issue as { keys?: string[] }).keys?.join(', ') ?? null : null;
  const message = issue.code === 'unrecognized_keys' ? 'is not a field of this event.' : issue.message;
  return { status: 400, field, message };
}

function fromJson(text: string): { event: HelpcenterEvent; back?: undefined } | Problem {
  let input: unknown;
  try {
    input = JSON.parse(text);
  } catch {
    return { status: 400, field: null, message: 'The body is not JSON: send one event as a JSON object.' };
  }
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return { status: 400, field: null, message: 'Send one event as a JSON object.' };
  return validate(input);
}

/**
 * The article's plain feedback form (no JavaScript): helpful=yes|no, an optional reason and
 * comment, and `return`, where the customer is sent back to: the article's path, or its full
 * URL on an allowed origin (a help center served by another host).
 */
function fromForm(body: Record<string, string | File | (string | File)[]>, allowedOrigins: ReadonlySet<string>): { event: HelpcenterEvent; back: string } | Problem {
  const text = (name: string) => (typeof body[name] === 'string' ? (body[name] as string).trim() : '');
  if (!('type' in body)) return { status: 400, field: null, message: 'is not an event: send one as JSON (Content-Type: application/json or text/plain), or the feedback form of an article.' };
  const back = text('return');
  // A path on this site or a page of an allowed origin: never an open redirect.
  if (!/^\/(?![/\\])[^\s]*$/.test(back) && !onAllowedOrigin(back, allowedOrigins)) return { status: 400, field: 'return', message: 'must be the path of the article on this site.' };
  const helpful = text('helpful');
  if (helpful !== 'yes' && helpful !== 'no') return { status: 400, field: 'helpful', message: 'must be yes or no.' };
  const input = {
    type: text('type'),
    article: text('article'),
    locale: text('locale'),
    helpful: helpful === 'yes',
    ...(text('reason') && helpful === 'no' ? { reason: text('reason') } : {}),
    // Browsers post a textarea's line breaks as CRLF: counted as the customer typed them.
    ...(text('comment') ? { comment: text('comment').replace(/\r\n/g, '\n') } : {}),
  };
  const checked = validate(input);
  return 'event' in checked ? { event: checked.event, back } : checked;
}

function onAllowedOrigin(url: string, allowedOrigins: ReadonlySet<string>): boolean {
  try {
    const parsed = new URL(url);
    return /^https?:$/.test(parsed.protocol) && allowedOrigins.has(parsed.origin);
  } catch {
    return false;
  }
}

function formProblem(c: Context, problem: Problem) {
  const escape = (s: string) => s.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
  return c.html(`<!doctype html><meta charset="utf-8"><title>Feedback not sent</title><p>Your feedback could not be saved: ${escape(problem.field ?? 'the form')} ${escape(problem.message)}</p><p><a href="/">Back to the help center</a></p>`, 400);
}
