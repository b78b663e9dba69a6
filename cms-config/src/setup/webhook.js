'use strict';

const NAME = 'indexer';
const EVENTS = [
  'entry.create',
  'entry.update',
  'entry.delete',
  'entry.publish',
  'entry.unpublish',
  'media.create',
  'media.update',
  'media.delete',
];

/**
 * The webhook that tells the indexer about every change. Strapi does not sign payloads,
 * so the shared secret travels in the X-Webhook-Secret header. Stored through Strapi's
 * webhook store (the same rows the admin panel edits) and registered with the running
 * webhook runner, which loaded the stored ones before this bootstrap ran.
 */
async function ensureWebhook(strapi, log) {
  const url = process.env.INDEXER_WEBHOOK_URL;
  const secret = process.env.INDEXER_WEBHOOK_SECRET;
  if (!url) {
    strapi.log.warn('[bootstrap] webhook: INDEXER_WEBHOOK_URL not set, indexer webhook left as is');
    return;
  }
  if (!secret) {
    strapi.log.warn('[bootstrap] webhook: INDEXER_WEBHOOK_SECRET not set, the webhook is sent without X-Webhook-Secret');
  }
  const store = strapi.get('webhookStore');
  const runner = strapi.get('webhookRunner');
  const wanted = {
    name: NAME,
    url,
    headers: secret ? { 'X-Webhook-Secret': secret } : {},
    events: EVENTS,
    isEnabled: true,
  };

  const existing = (await store.findWebhooks()).find((webhook) => webhook.name === NAME);
  if (!existing) {
    const created = await store.createWebhook(wanted);
    runner.add(created);
    log('webhook', `${NAME} -> ${url} created (${EVENTS.length} events)`);
    return;
  }
  const same =
    existing.url === wanted.url &&
    JSON.stringify(existing.headers || {}) === JSON.stringify(wanted.headers) &&
    JSON.stringify([...(existing.events || [])].sort()) === JSON.stringify([...EVENTS].sort()) &&
    existing.isEnabled === true;
  if (same) {
    log('webhook', `${NAME} -> ${url} unchanged`);
    return;
  }
  const updated = await store.updateWebhook(existing.id, wanted);
  runner.update(updated);
  log('webhook', `${NAME} -> ${url} updated`);
}

module.exports = { ensureWebhook, WEBHOOK_EVENTS: EVENTS };
