import { describe, expect, it } from 'vitest';
import { isAutomaticReply } from '../../../src/lib/gaps/normalize/automatic-replies.ts';

describe('automatic replies', () => {
  it('knows the subjects mail programs write, in several languages and after Re:/AW:', () => {
    for (const subject of [
      'Automatic reply: Your order LK-123456 has shipped',
      'RE: Out of Office: Refund',
      'Out of office',
      'AW: Automatische Antwort: Ihre Rücksendung',
      'Abwesenheitsnotiz: Bestellung',
      'Réponse automatique : votre commande',
      '자동 회신: 주문 확인',
      '自动回复：您的订单',
      'Автоответ: заказ',
      'Undeliverable: Your refund is on its way',
      'Delivery Status Notification (Failure)',
      'Mail delivery failed: returning message to sender',
    ]) expect(isAutomaticReply(subject, 'Some text'), subject).toBe(true);
  });

  it('knows a message that opens by saying no person wrote it', () => {
    expect(isAutomaticReply(undefined, 'Thank you for your email. I am out of the office until 3 January with limited access to email.')).toBe(true);
    expect(isAutomaticReply('Your return', 'Hello, this is an automated response: we received your message.')).toBe(true);
    expect(isAutomaticReply('', 'This message was sent automatically. Please do not reply.')).toBe(true);
  });

  it('keeps a customer who mentions one, or whose subject only starts the same way', () => {
    expect(isAutomaticReply('Automatic reply but no answer', 'I got an automatic reply a week ago and nothing since. Where is my refund?')).toBe(false);
    expect(isAutomaticReply('Out of office hours support?', 'Can I call you in the evening?')).toBe(false);
    expect(isAutomaticReply('Delivery next week', "I'm out of the office next week, can you deliver on Monday?")).toBe(false);
    expect(isAutomaticReply('Delivery failure', 'The courier says delivery failed, what now?')).toBe(false);
    expect(isAutomaticReply('부재중 배송', '부재중에 택배가 왔어요')).toBe(false);
    expect(isAutomaticReply(undefined, 'Where is my parcel?')).toBe(false);
  });
});
