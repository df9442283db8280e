/**
 * Which column holds what, per helpdesk export. Detected from the header row (or JSON keys);
 * `--map subject=Title,body=Description` overrides any field.
 */
export const TICKET_FIELDS = ['id', 'created', 'subject', 'body', 'tags', 'channel', 'status', 'language', 'count', 'country', 'timezone'] as const;
export type TicketField = (typeof TICKET_FIELDS)[number];
export type FieldMap = Partial<Record<TicketField, string[]>>;

export interface Preset {
  name: string;
  /** Header names (lowercased) that must all be present for the preset to apply. */
  signature: string[];
  /** For each field, candidate column names, best first (lowercased). */
  fields: FieldMap;
}

export const PRESETS: Preset[] = [
  {
    name: 'jira-service-management',
    signature: ['issue key', 'summary'],
    fields: { id: ['issue key', 'issue id'], subject: ['summary'], body: ['description'], tags: ['labels'], created: ['created'], status: ['status'], channel: ['custom field (request type)', 'request type'], language: ['custom field (request language)', 'custom field (language)'] },
  },
  {
    name: 'zendesk',
    signature: ['id', 'subject', 'requester'],
    fields: { id: ['id'], subject: ['subject'], body: ['description'], tags: ['tags'], created: ['created at', 'created'], status: ['status'], channel: ['via', 'channel'], language: ['requester language', 'locale'] },
  },
  {
    // Explore reports ("Ticket ID, Ticket subject, Ticket created - Date, …").
    name: 'zendesk-explore',
    signature: ['ticket id', 'ticket subject'],
    fields: { id: ['ticket id'], subject: ['ticket subject'], body: ['ticket description', 'comment'], tags: ['ticket tags'], created: ['ticket created - timestamp', 'ticket created - date'], status: ['ticket status'], channel: ['ticket channel'], language: ['requester language', 'ticket language'] },
  },
  {
    name: 'zendesk-api',
    signature: ['raw_subject', 'via'],
    fields: { id: ['id'], subject: ['subject', 'raw_subject'], body: ['description'], tags: ['tags'], created: ['created_at'], status: ['status'], channel: ['via.channel', 'via'], language: ['locale'] },
  },
  {
    name: 'freshdesk',
    // Description is an optional export field: many real exports leave it out.
    signature: ['ticket id', 'subject', 'created time'],
    fields: { id: ['ticket id'], subject: ['subject'], body: ['description'], tags: ['tags'], created: ['created time'], status: ['status'], channel: ['source'], language: ['language'] },
  },
  {
    // Help Scout's Mailbox API v2 conversations (developer.helpscout.com): no language field;
    // the customer's words are in the threads when fetched with ?embed=threads, else the preview.
    name: 'help-scout-api',
    signature: ['preview', 'mailboxid'],
    fields: { id: ['id', 'number'], subject: ['subject'], body: ['_embedded.threads.body', 'preview'], tags: ['tags'], created: ['createdat'], status: ['status'], channel: ['source.type', 'type'] },
  },
  {
    // Gorgias's REST API tickets (developers.gorgias.com): `language` is detected by Gorgias.
    name: 'gorgias-api',
    signature: ['created_datetime', 'channel'],
    fields: { id: ['id'], subject: ['subject'], body: ['messages.body_text', 'messages.stripped_text', 'excerpt'], tags: ['tags'], created: ['created_datetime'], status: ['status'], channel: ['channel'], language: ['language'] },
  },
  {
    // HubSpot's CRM v3 tickets: every field under `properties`, by internal name.
    name: 'hubspot-api',
    signature: ['properties.hs_pipeline_stage'],
    fields: { id: ['properties.hs_ticket_id', 'id', 'properties.hs_object_id'], subject: ['properties.subject'], body: ['properties.content'], tags: ['properties.hs_ticket_category'], created: ['properties.createdate', 'createdat'], status: ['properties.hs_pipeline_stage'], channel: ['properties.source_type'], language: ['properties.hs_ticket_language_ai_tag'] },
  },
  {
    name: 'help-scout',
    signature: ['conversation id', 'subject'],
    fields: { id: ['conversation id', 'number'], subject: ['subject'], body: ['message', 'preview', 'thread'], tags: ['tags'], created: ['created at', 'created'], status: ['status'], channel: ['type', 'source'], language: ['language'] },
  },
  {
    name: 'intercom',
    signature: ['conversation id', 'first message'],
    fields: { id: ['conversation id'], subject: ['title', 'conversation title'], body: ['first message', 'initial message'], tags: ['tags'], created: ['created at', 'conversation started at'], status: ['state', 'status'], channel: ['source type', 'channel'], language: ['language', 'user language'] },
  },
  {
    // Gorgias's own CSV export is not documented; "Created datetime" is its mark (the API's
    // created_datetime), and a third-party analyser of real exports reads "Customer messages
    // (all)", "Initial channel" and "Ticket Field: …" columns.
    name: 'gorgias',
    signature: ['created datetime', 'subject'],
    fields: { id: ['ticket id', 'id'], subject: ['subject'], body: ['first message', 'customer messages (all)', 'messages'], tags: ['tags'], created: ['created datetime', 'created date'], status: ['status'], channel: ['channel', 'initial channel'], language: ['language'] },
  },
  {
    // Exports are headed by the properties' labels ("Ticket name", "Ticket description");
    // "Language" is HubSpot's detected ticket language, written as a name ("English").
    name: 'hubspot',
    signature: ['ticket name'],
    fields: { id: ['ticket id', 'record id'], subject: ['ticket name'], body: ['ticket description'], tags: ['category', 'ticket category'], created: ['create date'], status: ['ticket status', 'pipeline stage'], channel: ['source'], language: ['language', 'preferred language'] },
  },
  {
    // Intercom's conversation reports: no message column, dates named with their time zone
    // ("Conversation started at (Europe/Amsterdam)"), tags as "Conversation tags".
    name: 'intercom-report',
    signature: ['conversation id'],
    fields: { id: ['conversation id'], subject: ['title', 'ticket title', 'conversation title'], body: ['first message', 'initial message'], tags: ['conversation tags', 'conversation tag', 'tags'], created: ['conversation started at', 'conversation created at', 'created at'], status: ['current conversation state', 'state', 'status'], channel: ['channel', 'conversation source', 'source type'], language: ['language', 'user language'] },
  },
  {
    name: 'generic',
    signature: [],
    fields: {
      id: ['id', 'ticket_id', 'ticket id', 'number'],
      subject: ['subject', 'title', 'summary', 'topic'],
      body: ['body', 'description', 'message', 'text', 'content', 'instruction', 'question'],
      tags: ['tags', 'labels', 'tag', 'intent'],
      created: ['created', 'created_at', 'created at', 'date', 'timestamp'],
      channel: ['channel', 'source', 'via'],
      status: ['status', 'state'],
      language: ['language', 'lang', 'locale'],
      count: ['count', 'tickets', 'n'],
      // Where the customer is, for the phone formats to try when redacting (normalize/countries.ts).
      country: ['country', 'requester country', 'customer country', 'country code', 'user country', 'user location country'],
      timezone: ['time zone', 'timezone', 'requester time zone', 'user time zone'],
    },
  },
];

/** The help center's own `helpcenter:search` events (NDJSON or CSV). */
export const SEARCH_EVENTS_MAP: FieldMap = { body: ['query'], count: ['resultCount', 'result_count', 'results'], language: ['locale', 'language'], created: ['at', 'timestamp', 'created'] };
/** Aggregated counts from a warehouse query: `topic,count[,language,month]`. */
export const COUNTS_MAP: FieldMap = { body: ['topic'], count: ['count'], language: ['language'], created: ['month'] };

export interface ColumnPlan {
  preset: string;
  /** Field → indexes of the columns to read (several for repeated headers like Labels,Labels). */
  columns: Partial<Record<TicketField, number[]>>;
  /** Field → the (lowercased) column name chosen, for reading JSON objects by key. */
  names: Partial<Record<TicketField, string>>;
}

export function planColumns(header: readonly string[], overrides: FieldMap = {}): ColumnPlan {
  const names = header.map((h) => h.trim().toLowerCase());
  const preset = PRESETS.find((p) => p.signature.length > 0 && p.signature.every((s) => names.includes(s))) ?? PRESETS.at(-1)!;
  const columns: ColumnPlan['columns'] = {};
  const chosen: ColumnPlan['names'] = {};
  for (const field of TICKET_FIELDS) {
    const candidates = overrides[field]?.map((c) => c.toLowerCase()) ?? preset.fields[field] ?? [];
    for (const candidate of candidates) {
      let indexes = names.flatMap((n, i) => (n === candidate ? [i] : []));
      // "Created at (Europe/Amsterdam)": exports that name a date column with its time zone.
      if (!indexes.length) indexes = names.flatMap((n, i) => (n.startsWith(`${candidate} (`) ? [i] : []));
      if (indexes.length) {
        columns[field] = indexes;
        chosen[field] = candidate;
        break;
      }
    }
  }
  return { preset: preset.name, columns, names: chosen };
}

/** `subject=Title,body=Description` → { subject: ['Title'], body: ['Description'] }. */
export function parseFieldMap(spec: string): FieldMap {
  const map: FieldMap = {};
  for (const pair of spec.split(',').map((p) => p.trim()).filter(Boolean)) {
    const [field, column] = pair.split('=').map((s) => s.trim());
    if (!field || !column || !(TICKET_FIELDS as readonly string[]).includes(field)) {
      throw new Error(`--map: "${pair}" is not field=Column. Fields: ${TICKET_FIELDS.join(', ')}.`);
    }
    (map[field as TicketField] ??= []).push(column);
  }
  return map;
}
