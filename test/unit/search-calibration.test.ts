import { describe, expect, it } from 'vitest';
import { calibrationQuestion } from '../../src/lib/search/calibration.ts';

describe('the questions search is calibrated on', () => {
  it("leaves out the title's words its article never uses again", () => {
    const article = { title: '주문 상태는 각각 무슨 뜻인가요?', body: '주문 상태는 결제 확인, 발송 준비, 배송 중으로 바뀝니다.' };
    expect(calibrationQuestion(article, [], 'ko')).toBe('주문 상태');
  });

  it('keeps a word the article uses in another form', () => {
    const article = { title: 'My item stopped working or broke: is it under warranty?', body: 'A broken item is repaired or replaced for two years.' };
    expect(calibrationQuestion(article, [], 'en')).toBe('item broke');
  });

  it('keeps a synonym phrase together when the article uses each of its words', () => {
    const article = { title: 'How do I create an account?', body: 'To create your account, choose a password.' };
    expect(calibrationQuestion(article, [['create account', 'sign up']], 'en')).toBe('create account');
  });

  it('asks the whole title when the article uses none of its words', () => {
    const article = { title: 'Roadwise guarantee', body: 'Every repair is covered for a year.' };
    expect(calibrationQuestion(article, [], 'en')).toBe('Roadwise guarantee');
  });
});
