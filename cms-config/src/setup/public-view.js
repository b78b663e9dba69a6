'use strict';

const { traverseEntity, errors } = require('@strapi/utils');

const AWARD_UID = 'api::award.award';
const UNIT_UID = 'api::unit.unit';
/** A unit's contact details: for staff (through the portal's token), never for the public. */
const UNIT_CONTACT_FIELDS = new Set(['contactName', 'contactEmail', 'contactPhone', 'address']);
const READS = new Set(['findMany', 'findFirst', 'findOne', 'count']);

/** True when the current request is a Content-API call that did not come with an API token. */
function isPublicRequest(strapi) {
  const request = strapi.requestContext.get();
  return (
    request?.state?.route?.info?.type === 'content-api' && request?.state?.auth?.strategy?.name !== 'content-api-token'
  );
}

/** True when `value` (filters, sort, populate of a query) names a contact field anywhere. */
function mentionsContact(value) {
  if (Array.isArray(value)) return value.some(mentionsContact);
  if (typeof value === 'string') return UNIT_CONTACT_FIELDS.has(value.split(/[:.]/)[0]);
  if (value && typeof value === 'object') {
    return Object.entries(value).some(([key, inner]) => UNIT_CONTACT_FIELDS.has(key) || mentionsContact(inner));
  }
  return false;
}

/**
 * What the Public role (and users' own JWTs) must not see, whatever they ask for:
 * - award proposals: only awards with `decisionStatus: decided` exist for them (list, count and
 *   single reads);
 * - a unit's contact details, at any depth (a unit populated from a story, an initiative or an
 *   award included), and no query may filter or sort on them (that would reveal them letter by
 *   letter).
 * API tokens (the portal, the indexer) see everything as before.
 */
function hideFromPublic(strapi) {
  strapi.documents.use(async (ctx, next) => {
    if (!READS.has(ctx.action) || !isPublicRequest(strapi)) return next();
    const { filters, sort, populate } = ctx.params || {};
    if (mentionsContact([filters, sort, populate])) {
      throw new errors.ValidationError('Invalid query');
    }
    if (ctx.uid !== AWARD_UID) return next();
    const decided = { decisionStatus: 'decided' };
    if (ctx.action === 'findOne') {
      const result = await next();
      return result && result.decisionStatus === 'decided' ? result : null;
    }
    ctx.params = { ...ctx.params, filters: filters ? { $and: [filters, decided] } : decided };
    return next();
  });

  const getModel = (uid) => strapi.getModel(uid);
  const dropContacts = ({ key, schema }, { remove }) => {
    if (schema?.uid === UNIT_UID && UNIT_CONTACT_FIELDS.has(key)) remove(key);
  };
  strapi.sanitizers.add('content-api.output', (schema) => async (data) => {
    if (!data || !isPublicRequest(strapi)) return data;
    return traverseEntity(dropContacts, { schema, getModel }, data);
  });
}

module.exports = { hideFromPublic, UNIT_CONTACT_FIELDS };
