import { describe, expect, it } from 'vitest';
import { cleanTicketText } from '../../src/lib/gaps/normalize/clean-text.ts';
import { CsvRecordReader } from '../../src/lib/gaps/read/csv-records.ts';
import { planColumns } from '../../src/lib/gaps/read/presets.ts';
import { redact } from '../../src/lib/gaps/normalize/redact.ts';
import { analyze } from '../../src/lib/gaps/normalize/analyze.ts';

function readAll(chunks: string[]) {
  const reader = new CsvRecordReader();
  return [...chunks.flatMap((c) => reader.push(c)), ...reader.end()];
}

describe('CSV records', () => {
  it('reads quoted commas, doubled quotes and line breaks, with the line each record starts on', () => {
    const records = readAll(['\uFEFFid,body\r\n1,"a, ""b""\r\nc"\r\n2,plain\r\n']);
    expect(records.map((r) => [r.line, r.fields])).toEqual([
      [1, ['id', 'body']],
      [2, ['1', 'a, "b"\r\nc']],
      [4, ['2', 'plain']],
    ]);
  });

  it('gives the same records however the input is split into chunks', () => {
    const text = 'id,body\r\n1,"x\r\ny"\r\n2,"z"""\r\n3,w';
    const whole = readAll([text]).map((r) => [r.line, r.fields]);
    for (let cut = 1; cut < text.length; cut++) expect(readAll([text.slice(0, cut), text.slice(cut)]).map((r) => [r.line, r.fields])).toEqual(whole);
  });

  it('reports an unclosed quote at the end and a stray quote, with their lines', () => {
    expect(readAll(['a,b\n1,x"y\n2,"open']).filter((r) => r.error).map((r) => [r.line, r.error!.code])).toEqual([
      [2, 'CSV_QUOTE_IN_FIELD'],
      [3, 'CSV_UNCLOSED_QUOTE'],
    ]);
  });
});

describe('export presets', () => {
  it('detects Jira and reads its repeated Labels columns together', () => {
    const plan = planColumns(['Summary', 'Issue key', 'Description', 'Labels', 'Labels']);
    expect(plan.preset).toBe('jira-service-management');
    expect(plan.columns.tags).toEqual([3, 4]);
    expect(plan.columns.subject).toEqual([0]);
  });

  it('falls back to a generic shape and honours --map overrides', () => {
    expect(planColumns(['title', 'message']).preset).toBe('generic');
    expect(planColumns(['Onderwerp', 'Bericht'], { subject: ['Onderwerp'], body: ['Bericht'] }).columns).toMatchObject({ subject: [0], body: [1] });
  });
});

describe('ticket text', () => {
  it('keeps what the customer wrote, without HTML, quoted history or signature', () => {
    const text = cleanTicketText('<p>Where is my parcel?</p><p>Kind regards,<br>Sam</p>\n\nOn Mon, 12 Oct 2026, Support wrote:\n> old');
    expect(text).toBe('Where is my parcel?');
  });

  it('redacts e-mails, international phones, card numbers that pass Luhn, order numbers and long digit runs', () => {
    const out = redact('Mail jan@example.nl or ruslan@пример.рф, call +31 6 12345678 / +44 20 7946 0958, card 4111 1111 1111 1111, not 1234 5678 9012 3456, order LK-123456, iban 123456789012', { orderPattern: /LK-\d{6}/ });
    expect(out).toBe('Mail [email] or [email], call [phone] / [phone], card [card], not [number], order [order], iban [number]');
  });

  it('reduces text to stemmed topic words', () => {
    expect(analyze('Hi, I need help: my refunds were cancelled [email]')).toEqual(['refund', 'cancel']);
  });
});

describe('language column', () => {
  it('reads codes and the names helpdesks write (HubSpot: "German", "Dutch")', async () => {
    const { languageCode } = await import('../../src/lib/gaps/normalize/tickets.ts');
    expect(['en-GB', 'pt_BR', 'RU', 'German', 'dutch', 'Chinese', 'Korean'].map(languageCode)).toEqual(['en', 'pt', 'ru', 'de', 'nl', 'zh', 'ko']);
  });
});

describe('languages', () => {
  it('stems Russian across word forms', async () => {
    const { analyze } = await import('../../src/lib/gaps/normalize/analyze.ts');
    expect(analyze('Где мой заказ?', 'ru')).toEqual(['заказ']);
    expect(analyze('статус заказа', 'ru')).toContain('заказ');
    expect(analyze('возврата денег', 'ru')).toContain('возврат');
  });

  it('strips Korean particles and compares Telugu by trigrams', async () => {
    const { analyze, detectLanguage } = await import('../../src/lib/gaps/normalize/analyze.ts');
    expect(analyze('주문을 취소하고 싶어요', 'ko')).toContain('주문');
    expect(analyze('비밀번호가 기억나지 않아요', 'ko')).toContain('비밀번호');
    const te = analyze('వాపసు', 'te');
    expect(te.length).toBeGreaterThan(0);
    expect(analyze('నా వాపసు ఎప్పుడు', 'te')).toEqual(expect.arrayContaining(te));
    expect([detectLanguage('주문'), detectLanguage('заказ'), detectLanguage('వాపసు'), detectLanguage('order')]).toEqual(['ko', 'ru', 'te', 'en']);
  });
});

describe('report builder', async () => {
  const { placeOnThreads } = await import('./gaps/on-threads.ts');
  const { ReportBuilder } = await import('../../src/lib/gaps/build-report.ts');
  const { toTicket } = await import('../../src/lib/gaps/normalize/tickets.ts');
  const articles = [
    { id: 'shipping/track-your-parcel', key: 'shipping/track-your-parcel', sections: [], locale: 'en', category: 'shipping', title: 'Where is my parcel?', description: 'Follow the tracking link in your shipping email.', keywords: ['track parcel', 'where is my order'], tags: ['tracking'], headings: ['Track your parcel'], body: 'Open the tracking link we email when your parcel ships.' },
    { id: 'returns/refund-timing', key: 'returns/refund-timing', sections: [], locale: 'en', category: 'returns', title: 'When do I get my refund?', description: 'Refunds are paid within 5 business days of your return arriving.', keywords: ['money back'], tags: ['refund'], headings: ['Refund times'], body: 'We refund to your original payment method.' },
  ];
  const asks = ['Where is my parcel? I need the tracking link.', 'When do I get my refund for the return?', 'Do you offer gift wrapping for a wedding present?', 'Can I pay with loyalty points at checkout?', 'Is the stoneware dishwasher safe?', 'Do you sell replacement lids for the teapot?'];
  const tickets = Array.from({ length: 600 }, (_, i) => toTicket({ id: `T${i}`, file: 'f.csv', line: i + 2, body: `${asks[i % 6]} Customer ${i}.`, created: `2026-${String((i % 3) + 9).padStart(2, '0')}-02` }, {})!);
  const build = (calibration: number, list = tickets) => {
    const builder = new ReportBuilder(articles, { calibration });
    for (const t of list) builder.add(t);
    return builder.finish({ files: ['f.csv'], rowsRead: 600, rejected: [], duplicates: 0 });
  };

  it('gives the same topics whether tickets are held whole or folded in as they arrive', () => {
    const whole = build(10_000);
    const streamed = build(60);
    const summary = (r: typeof whole) => r.topics.map((t) => [t.status, t.tickets, t.ticketIds.length, t.matches[0]?.article]);
    expect(summary(streamed)).toEqual(summary(whole));
    expect(streamed.coverage).toEqual(whole.coverage);
    expect(whole.coverage.ticketsCovered).toBe(200);
    expect(whole.topics.filter((t) => t.status === 'missing').map((t) => t.tickets)).toEqual([100, 100, 100, 100]);
  });

  it('gives the same report when worker threads place the tickets after calibration and send back totals', () => {
    // Later gift-wrapping tickets add words, so a topic's words depend on tickets past calibration too.
    const drifting = tickets.map((t, i) => (i >= 300 && i % 6 === 2 ? toTicket({ id: t.id, file: 'f.csv', line: t.line, body: `Can you add a silk ribbon to the gift wrapping? Customer ${i}.`, created: '2026-11-02' }, {})! : t));
    const alone = build(60, drifting);
    const main = placeOnThreads(new ReportBuilder(articles, { calibration: 60 }), () => new ReportBuilder(articles), drifting, 25);
    const split = main.finish({ files: ['f.csv'], rowsRead: 600, rejected: [], duplicates: 0 });
    expect(split).toEqual(alone);
    expect(split.topics.find((t) => t.ticketIds.includes('T302'))?.tickets).toBe(100);
  });

  it('counts every ticket once, with its month, across topics', () => {
    const report = build(40);
    expect(report.topics.reduce((n, t) => n + t.tickets, 0) + report.longTail.tickets).toBe(600);
    expect(new Set([...report.topics.flatMap((t) => t.ticketIds), ...report.longTail.ticketIds]).size).toBe(600);
    expect(Object.values(report.topics[0]!.trend).reduce((a, b) => a + b, 0)).toBe(report.topics[0]!.tickets);
  });
});

describe('languages without a translation of every article', async () => {
  const { loadArticles } = await import('../../src/lib/gaps/match/load-articles.ts');
  const { buildGlossary } = await import('../../src/lib/gaps/match/glossary.ts');
  const { Matching } = await import('../../src/lib/gaps/match/matching.ts');
  const articles = loadArticles('content');

  it('learns which words translate which from the translated articles, section by section', () => {
    const ko = buildGlossary(articles, 'ko', 'en');
    const ru = buildGlossary(articles, 'ru', 'en');
    expect(ko.get('교환')).toContain('exchang');
    expect(ko.get('비밀번호')).toContain('password');
    expect(ru.get(analyze('заказ', 'ru')[0]!)).toContain('order');
    expect(ru.get(analyze('обменять', 'ru')[0]!)).toContain('exchang');
  });

  it('answers a ticket in its own language first, and through the glossary when only the English article exists', async () => {
    const { decideTopic } = await import('../../src/lib/gaps/decide/answers.ts');
    const { TermStats } = await import('../../src/lib/gaps/cluster/term-stats.ts');
    const matching = new Matching(articles);
    const decide = (text: string) => {
      const terms = analyze(text, 'ko');
      const stats = TermStats.from([terms, terms], matching.indexFor('ko'));
      return decideTopic({ termCounts: new Map(terms.map((t) => [t, 1])), weight: 1 }, 'ko', stats, matching);
    };
    expect(decide('비밀번호 재설정 링크가 안 와요')).toMatchObject({ status: 'covered', article: 'ko/account/reset-password' });
    // No Korean article about exchanges of size or colour exists (only the English one).
    expect(decide('사이즈 교환 색상 교환')).toMatchObject({ status: 'translation-missing', article: 'returns/exchange-an-item' });
    expect(matching.isStandIn('returns/exchange-an-item', 'ko')).toBe(true);
    expect(matching.isStandIn('returns/exchange-an-item', 'en')).toBe(false);
  });
});

describe('draft articles', async () => {
  const { slugFor } = await import('../../src/lib/gaps/scaffold.ts');
  it('names drafts with a URL-safe slug, and gives titles without Latin letters a unique one', () => {
    expect(slugFor('Do you offer gift wrapping?')).toBe('do-you-offer-gift-wrapping');
    expect(slugFor('Café crème: où est ma commande ?')).toBe('cafe-creme-ou-est-ma-commande');
    expect(slugFor('선물 포장 되나요?', 'new-ko-t004')).toBe('new-ko-t004');
  });
});

describe('typo correction', async () => {
  const { Speller, withinOneEdit } = await import('../../src/lib/gaps/match/spelling.ts');
  const { Matching } = await import('../../src/lib/gaps/match/matching.ts');
  const { analyze } = await import('../../src/lib/gaps/normalize/analyze.ts');
  const speller = new Speller([['ship', 9], ['deliveri', 5], ['invoic', 4], ['download', 3], ['card', 2], ['cart', 2]]);

  it('reads a misspelt word as the known word one edit away', () => {
    // letter added, dropped, changed, two swapped
    expect(speller.correct('shgip')).toBe('ship');
    expect(speller.correct('delieri')).toBe('deliveri');
    expect(speller.correct('invoicr')).toBe('invoic');
    expect(speller.correct('downolad')).toBe('download');
  });

  it('leaves words alone when a correction would be a guess', () => {
    expect(speller.correct('carx')).toBe('carx'); // too short to tell
    expect(speller.correct('whipp')).toBe('whipp'); // the first letter differs
    expect(speller.correct('penalti')).toBe('penalti'); // nothing near
    expect(new Speller([['cards', 2], ['carts', 2]]).correct('carks')).toBe('carks'); // two equally likely readings
    expect(withinOneEdit('parcel', 'parcle')).toBe(true);
    expect(withinOneEdit('parcel', 'pracle')).toBe(false);
  });

  it('never corrects a real English word into an article\'s word ("point" is not a typo of "print")', () => {
    const article = { id: 'mobile/esim', key: 'mobile/esim', sections: [], locale: 'en', category: 'mobile', title: 'How do I set up an eSIM?', description: 'Scan the code from your printout.', keywords: [], tags: ['print'], headings: [], body: 'Print the QR code or show it on another screen.' };
    const matching = new Matching([article]);
    expect(matching.spell(analyze('at what point does the code expire'), 'en')).toContain('point');
    expect(matching.spell(analyze('can I prnit the code'), 'en')).toContain('print');
    // Without a dictionary (a speller on its own) the same word would be read as a typo.
    expect(new Speller([['print', 3]]).correct('point')).toBe('print');
    expect(new Speller([['print', 3]], (word) => word === 'point').correct('point')).toBe('point');
  });

  it('corrects a ticket full of typos towards the articles\' words', () => {
    const article = { id: 'billing/download-invoice', key: 'billing/download-invoice', sections: [], locale: 'en', category: 'billing', title: 'How do I download my invoice?', description: 'Invoices are in your account under Orders.', keywords: [], tags: [], headings: [], body: 'Open the order and click Download invoice.' };
    const other = { ...article, id: 'shipping/track', key: 'shipping/track', title: 'Where is my parcel?', description: 'Follow the tracking link.', body: 'Open the tracking link in the shipping email.' };
    const matching = new Matching([article, other]);
    const terms = matching.spell(analyze('downolad my invoicr please'), 'en');
    expect(terms).toEqual(['download', 'invoic']);
  });

  it('keeps "customer" and "customs" apart', () => {
    expect(analyze('customer service')).not.toContain(analyze('customs duties')[0]);
  });
});
