/** The collector's limits, and why. */

/** One event is a few hundred bytes; a 2,000-character comment in any script is under 8 KB. */
export const MAX_BODY_BYTES = 16 * 1024;

/**
 * Events per client: a burst of 30, then 5 a second. A customer sends a handful per page
 * (a search settling, a result opened, one vote); a script sending hundreds is not a customer.
 */
export const RATE_BURST = 30;
export const RATE_PER_SECOND = 5;
