import { describe, expect, it } from 'vitest';
import { cleanTicketText, withoutGreeting } from '../../../../src/lib/gaps/normalize/clean-text.ts';

describe('the salutation a message opens with', () => {
  it('is not part of what the customer asks', () => {
    expect(withoutGreeting('Good morning, how long does a switch take?')).toBe('how long does a switch take?');
    expect(withoutGreeting('Good afternoon,\nMy new tenants moved in on Monday.')).toBe('My new tenants moved in on Monday.');
    expect(withoutGreeting('Hi there! my bill is wrong')).toBe('my bill is wrong');
    expect(withoutGreeting('Hello Northfield team,\nI moved last week')).toBe('I moved last week');
    expect(withoutGreeting('Dear Sir or Madam, please close my account')).toBe('please close my account');
    expect(withoutGreeting('Hello Ms Okafor,\nthe meter is outside')).toBe('the meter is outside');
    expect(withoutGreeting('Morning all, power is out on our street')).toBe('power is out on our street');
  });

  it('goes only when it is a greeting: a question that starts with the same word keeps it', () => {
    expect(withoutGreeting('Morning delivery, is it possible?')).toBe('Morning delivery, is it possible?');
    expect(withoutGreeting('hi I want to know about my bill.')).toBe('hi I want to know about my bill.');
    expect(withoutGreeting('My meter says good morning, then goes blank')).toBe('My meter says good morning, then goes blank');
  });

  it('stays when it is the whole message', () => {
    expect(withoutGreeting('Good afternoon')).toBe('Good afternoon');
    expect(cleanTicketText('Hello!')).toBe('Hello!');
  });

  it('is gone from a cleaned e-mail, with its signature', () => {
    expect(cleanTicketText('<p>Good morning,</p><p>Is my tariff fixed?</p><p>Kind regards,<br>Sam</p>')).toBe('Is my tariff fixed?');
  });
});
