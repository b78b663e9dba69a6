'use strict';

const { errors } = require('@strapi/utils');

const STORY_UID = 'api::story.story';
const REPORT_UID = 'api::report.report';

/** The report a write sets as a story's source: a documentId, or undefined when it is not set. */
function reportIn(data) {
  const value = data?.sourceReport;
  if (value === undefined || value === null) return value;
  if (typeof value === 'string') return value;
  // Relation payloads: { documentId }, { connect: [...] }, { set: [...] }.
  const first = [value.set, value.connect].find((list) => Array.isArray(list) && list.length)?.[0] ?? value;
  return typeof first === 'string' ? first : first?.documentId;
}

/**
 * A story quotes a unit's report only once that report is accepted: a submitted or returned
 * report is the unit's own until staff accept it, and a published story is public. The rule is
 * checked on every write of a story (REST, admin, seed) and again when it is published, since the
 * report may have been returned since the draft was written.
 */
function storiesCiteAcceptedReports(strapi) {
  async function requireAccepted(documentId) {
    if (!documentId) return;
    const report = await strapi.documents(REPORT_UID).findOne({ documentId, fields: ['status'] });
    if (!report || report.status !== 'accepted') {
      throw new errors.ValidationError('A story can only cite an accepted report', {
        errors: [{ path: ['sourceReport'], message: 'report not accepted', name: 'ValidationError' }],
      });
    }
  }

  strapi.documents.use(async (ctx, next) => {
    if (ctx.uid !== STORY_UID) return next();
    if (ctx.action === 'create' || ctx.action === 'update') {
      await requireAccepted(reportIn(ctx.params?.data));
    }
    // Only a write publishes. A read asks for status 'published' too (published-only.js forces it
    // on public reads), and checking it here would read the story again, which asks again...
    const writes = ctx.action === 'create' || ctx.action === 'update';
    const publishing = ctx.action === 'publish' || (writes && ctx.params?.status === 'published');
    if (publishing && ctx.params?.documentId) {
      const draft = await strapi
        .documents(STORY_UID)
        .findOne({ documentId: ctx.params.documentId, status: 'draft', populate: { sourceReport: { fields: ['documentId'] } } });
      await requireAccepted(draft?.sourceReport?.documentId);
    }
    return next();
  });
}

module.exports = { storiesCiteAcceptedReports };
