import { describe, expect, it } from 'vitest';
import type { ContactChannel } from '../../src/schema.ts';
import { contactHref, describeDays, describeFirstResponse, describeHours } from '../../src/lib/contact.ts';

const email: ContactChannel = { type: 'email', value: 'support@shop.example', hours: { days: ['mon', 'tue', 'wed', 'thu', 'fri'], opens: '08:00', closes: '18:00' }, firstResponse: { within: 1, unit: 'business-days' } };
const phone: ContactChannel = { ...email, type: 'phone', value: '+31 30 799 4100', firstResponse: { within: 5, unit: 'minutes' } };

describe('contact channel wording', () => {
  it('collapses consecutive weekdays into a range', () => {
    expect(describeDays(['mon', 'tue', 'wed', 'thu', 'fri'], 'en')).toBe('Monday–Friday');
    expect(describeDays(['sat', 'mon'], 'en')).toBe('Monday, Saturday');
  });

  it('states opening hours with the time zone', () => {
    expect(describeHours(email, 'en', 'Europe/Amsterdam')).toMatch(/^Monday–Friday, 08:00–18:00 \(.+\)$/);
  });

  it('states the first-response time with correct plurals', () => {
    expect(describeFirstResponse(email, 'en')).toBe('First reply: within 1 business day');
    expect(describeFirstResponse(phone, 'en')).toBe('First reply: within 5 minutes');
  });

  it('links each channel the way devices open it', () => {
    expect(contactHref(email)).toBe('mailto:support@shop.example');
    expect(contactHref(phone)).toBe('tel:+31307994100');
  });
});
