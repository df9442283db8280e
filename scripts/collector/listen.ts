/**
 * The collector as a Node request handler, for `npm run collector` and for `npm start`, which
 * serves it beside the static site (same origin, so the sample's "/api/events" works as is).
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { getRequestListener } from '@hono/node-server';
import { getConnInfo } from '@hono/node-server/conninfo';
import { createCollector } from '../../src/lib/collector/app.ts';
import { RATE_BURST, RATE_PER_SECOND } from '../../src/lib/collector/limits.ts';
import { RateLimiter } from '../../src/lib/collector/rate-limit.ts';
import { EventStore } from '../../src/lib/collector/store.ts';

export interface CollectorSetup {
  /** Route, e.g. "/api/events". */
  path: string;
  /** SQLite file. */
  database: string;
  /** Origins allowed besides the collector's own. */
  allowedOrigins?: string[];
  /** False: no rate limit (load benchmarks). */
  rateLimit?: boolean;
  /** The help center's countries, for phone numbers without a country code. */
  countries?: readonly string[];
}

export interface NodeCollector {
  path: string;
  store: EventStore;
  handle: (request: IncomingMessage, response: ServerResponse) => void;
}

export function nodeCollector(setup: CollectorSetup): NodeCollector {
  const store = new EventStore(setup.database);
  const app = createCollector({
    store,
    path: setup.path,
    allowedOrigins: setup.allowedOrigins,
    countries: setup.countries,
    rateLimiter: setup.rateLimit === false ? undefined : new RateLimiter({ perSecond: RATE_PER_SECOND, burst: RATE_BURST }),
    clientOf: (c) => getConnInfo(c).remote.address ?? 'unknown',
  });
  return { path: setup.path, store, handle: getRequestListener(app.fetch) };
}
