/**
 * "Was this article helpful?" without leaving the page. "Yes" is sent at once; "No" first asks
 * why (reasons, a comment, and the contact channels for who needs a person now) and is sent
 * with "Send", or without details when the customer leaves the page instead: one vote per page
 * view, never two. Without this script the same form posts to the collector.
 *
 * The vote is a string body (sent as text/plain: no CORS preflight) shaped as
 * `feedbackEventSchema` in src/schema.ts.
 */
type State = 'asking' | 'why' | 'sent';

export function enhanceArticleFeedback(): void {
  const section = document.querySelector<HTMLElement>('[data-feedback]');
  const form = section?.querySelector('form');
  if (!section || !form) return;
  const details = section.querySelector<HTMLElement>('[data-feedback-details]')!;
  const vote = section.querySelector<HTMLElement>('[data-feedback-vote]')!;
  const help = section.querySelector<HTMLElement>('[data-feedback-help]')!;
  const status = section.querySelector<HTMLElement>('[data-feedback-status]')!;
  // The stylesheet already hides the details where scripting is on; this covers browsers
  // without the `scripting` media feature.
  details.hidden = true;
  // Back here from the plain form (the collector's 303): that vote counted.
  let state: State = location.hash === '#feedback-thanks' ? 'sent' : 'asking';

  const send = (helpful: boolean, leaving = false) => {
    state = 'sent';
    const data = new FormData(form);
    const text = (name: string) => String(data.get(name) ?? '').trim();
    // Leaving is not sending: what was chosen or typed but never sent stays in the browser.
    const reason = helpful || leaving ? '' : text('reason');
    const comment = leaving ? '' : text('comment');
    const body = JSON.stringify({ type: 'helpcenter:feedback', article: text('article'), locale: text('locale'), helpful, ...(reason ? { reason } : {}), ...(comment ? { comment } : {}) });
    if (!(leaving && navigator.sendBeacon?.(form.action, body))) void fetch(form.action, { method: 'POST', body, keepalive: true }).catch(() => undefined);
    // Thanked at once: the vote is not sent again whatever the network says.
    form.hidden = true;
    status.textContent = status.dataset.thanks ?? '';
    if (!leaving) status.focus();
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (state === 'sent') return;
    // Once the reasons are open, any submit (Send, Enter on a reason) is that "No".
    const helpful = state === 'asking' && (event.submitter as HTMLButtonElement | null)?.value === 'yes';
    if (helpful || state === 'why') return send(helpful);
    state = 'why';
    vote.hidden = true;
    details.hidden = false;
    details.classList.add('feedback__details--open');
    help.hidden = false;
    details.querySelector('input')?.focus();
  });
  // "No" and then away without Send: the vote still counts, without details.
  window.addEventListener('pagehide', () => {
    if (state === 'why') send(false, true);
  });
}
