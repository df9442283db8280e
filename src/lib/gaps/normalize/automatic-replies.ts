/**
 * Mail that answers mail by itself: out-of-office notices, "automatic reply" acknowledgements
 * and bounces. Every helpdesk that takes e-mail gets them, as tickets of their own, and they
 * are no customer's question: clustered, a week of "I am out of the office until Monday"
 * becomes the biggest "missing" topic of the export. The report sets them apart, counted and
 * listed, out of the topics and out of coverage.
 *
 * Recognised by what mail programs write, never by what a customer might: the subject prefix
 * Outlook, Gmail, Exchange and postmasters put in each language ("Automatic reply:",
 * "Abwesenheitsnotiz:", "자동 회신:", "Undeliverable:"), or a message that opens by saying it
 * was sent automatically. A customer who writes "I got an automatic reply and nothing since"
 * or "I'm out of the office next week, can you deliver on Monday?" is asking something, so a
 * message that merely mentions either is kept.
 */

/**
 * What mail programs put at the start of a subject, lower case, in the languages they ship in.
 * Each must be the whole subject or be followed by a colon, a dash or a bracket ("Automatic
 * reply: Order LK-123456", "Delivery Status Notification (Failure)"): a customer's own subject
 * "Out of office hours support?" or "Automatic reply but no answer" goes on as a question.
 */
const SUBJECT_MARKERS = [
  // Out-of-office and automatic replies.
  'automatic reply', 'auto reply', 'auto-reply', 'autoreply', 'auto response', 'auto-response', 'automated response', 'automatic response',
  'out of office', 'out of the office', 'ooo',
  'automatische antwort', 'abwesenheitsnotiz',
  'réponse automatique', 'reponse automatique', "message d'absence", 'absence du bureau',
  'respuesta automática', 'respuesta automatica', 'fuera de la oficina', 'fuera de oficina',
  'risposta automatica', 'fuori sede', "fuori dall'ufficio", 'fuori ufficio',
  'automatisch antwoord', 'afwezigheidsbericht',
  'resposta automática', 'resposta automatica', 'ausente do escritório', 'fora do escritório',
  'autosvar', 'automatisk svar', 'automatiskt svar', 'automaattinen vastaus', 'automatyczna odpowiedź',
  'автоответ', 'автоматический ответ',
  '자동 회신', '자동회신', '자동 응답', '자동응답',
  '自動応答', '自動返信', '自动回复', '自動回覆',
  // Bounces: a mail that never arrived, returned by the postmaster.
  'undeliverable', 'undelivered mail returned to sender', 'delivery status notification', 'mail delivery failed', 'returned mail', 'failure notice',
  'unzustellbar', 'non remis', 'no se puede entregar', 'onbestelbaar', 'не доставлено',
];
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const SUBJECT = new RegExp(`^(?:${SUBJECT_MARKERS.map(escapeRegExp).join('|')})\\s*(?:[:：\\-–—(\\[]|until\\b|$)`, 'iu');

/** "Re:", "Fwd:", "AW:", "WG:", "TR:", "SV:", "VS:", "Antw:", "Odp:", "R:" before the subject, any number of them. */
const REPLY_PREFIX = /^(?:\s*(?:re|fwd?|aw|wg|tr|sv|vs|antw|odp|rif|r)\s*(?:\[\d+\])?\s*:\s*)+/i;

/** A message that says, in its first words, that no person wrote it. */
const AUTOMATIC_OPENING = /^(?:(?:hello|hi|dear [^,\n]{1,40}|good (?:morning|afternoon|day))[,!]?\s+)?(?:this is an? (?:automatic|automated|auto-generated)(?: e-?mail)? (?:reply|response|message|notification)|this (?:e-?mail|message) (?:is|was) (?:sent )?automatically(?: generated| sent)?|(?:thank you for your (?:e-?mail|message)[.!,]?\s+)?i am (?:currently )?out of (?:the )?office (?:until|from|and will|with limited|on annual leave)|i'm (?:currently )?out of (?:the )?office (?:until|from|and will|with limited))/i;

/** True for an out-of-office notice, an automatic acknowledgement or a bounce, from its subject and the start of its text. */
export function isAutomaticReply(subject: string | undefined, text: string | undefined): boolean {
  if (subject && SUBJECT.test(subject.replace(REPLY_PREFIX, '').trim())) return true;
  return AUTOMATIC_OPENING.test((text ?? '').trimStart());
}
