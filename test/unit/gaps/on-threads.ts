import type { ReportBuilder } from '../../../src/lib/gaps/build-report.ts';
import type { Ticket } from '../../../src/lib/gaps/normalize/tickets.ts';

/**
 * Feeds `tickets` as a big export goes: `main` until its calibration freezes, then two
 * workers (`worker()` makes each, as a worker thread builds its own) place them in batches of
 * `batch` and hand back their totals. What crosses between threads is copied, as postMessage
 * does. Returns `main`, ready to finish.
 */
export function placeOnThreads(main: ReportBuilder, worker: () => ReportBuilder, tickets: readonly Ticket[], batch: number): ReportBuilder {
  let next = 0;
  while (!main.placement()) main.add(tickets[next++]!);
  const workers = [worker(), worker()];
  for (const w of workers) w.thaw(structuredClone(main.placement()!));
  for (let n = 0; next < tickets.length; n++) {
    const w = workers[n % 2]!;
    for (const t of tickets.slice(next, next + batch)) w.add(t);
    next += batch;
    main.merge(structuredClone(w.takeTotals()));
  }
  return main;
}
