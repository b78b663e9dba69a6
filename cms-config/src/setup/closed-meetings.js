'use strict';

const { errors } = require('@strapi/utils');

const VOTE_UID = 'api::vote.vote';
const MEETING_UID = 'api::council-meeting.council-meeting';

/** The meeting a write sets: a documentId, or undefined when the write does not set it. */
function meetingIn(data) {
  const value = data?.meeting;
  if (value === undefined || value === null) return value;
  if (typeof value === 'string') return value;
  // Relation payloads: { documentId }, { connect: [...] }, { set: [...] }.
  const first = [value.set, value.connect].find((list) => Array.isArray(list) && list.length)?.[0] ?? value;
  return typeof first === 'string' ? first : first?.documentId;
}

function refuse(meeting) {
  throw new errors.ValidationError('The meeting is closed: its votes can no longer change', {
    errors: [{ path: ['meeting'], message: `meeting closed: ${meeting}`, name: 'ValidationError' }],
  });
}

/**
 * A council meeting's result is final once it is closed (issue 12): no vote of a closed meeting is
 * created, changed or deleted, whoever writes — the portal refuses it first with a message, but
 * its token may write votes, and so may the admin panel, so the rule lives here too. A vote that
 * names no meeting, or moves to one, is judged by the meeting it would end up in, and a vote being
 * changed or deleted also by the meeting it belongs to now.
 */
function votesOfClosedMeetingsAreFinal(strapi) {
  async function closed(meetingDocumentId) {
    if (!meetingDocumentId) return false;
    const meeting = await strapi
      .documents(MEETING_UID)
      .findOne({ documentId: meetingDocumentId, fields: ['status'] });
    return meeting?.status === 'closed';
  }

  strapi.documents.use(async (ctx, next) => {
    if (ctx.uid !== VOTE_UID || !['create', 'update', 'delete'].includes(ctx.action)) return next();
    const target = meetingIn(ctx.params?.data);
    if (await closed(target)) refuse(target);
    if (ctx.action !== 'create' && ctx.params?.documentId) {
      const current = await strapi.documents(VOTE_UID).findOne({
        documentId: ctx.params.documentId,
        fields: ['documentId'],
        populate: { meeting: { fields: ['documentId'] } },
      });
      const now = current?.meeting?.documentId;
      if (now !== target && (await closed(now))) refuse(now);
    }
    return next();
  });
}

module.exports = { votesOfClosedMeetingsAreFinal };
