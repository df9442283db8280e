/**
 * The only thing the collector keeps of a browser: a coarse device class, so a support lead
 * can see that feedback from phones differs, without a user agent that could single anyone out.
 */
import type { DEVICE_CLASSES } from '../../schema.ts';

export type DeviceClass = (typeof DEVICE_CLASSES)[number];

export function deviceClass(userAgent: string | undefined): DeviceClass {
  const ua = userAgent ?? '';
  if (/iPad|Tablet|PlayBook|Silk|Kindle|Android(?!.*Mobile)/i.test(ua)) return 'tablet';
  if (/Mobi|iPhone|iPod|Android.*Mobile|Windows Phone/i.test(ua)) return 'phone';
  return 'desktop';
}
