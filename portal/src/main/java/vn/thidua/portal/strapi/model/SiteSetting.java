package vn.thidua.portal.strapi.model;

import org.jspecify.annotations.Nullable;

/** Settings of the whole site (a Strapi single type). */
public record SiteSetting(
    long id,
    String documentId,
    @Nullable String communeName,
    @Nullable String movementName,
    @Nullable String movementShortName,
    @Nullable String contactEmail,
    @Nullable Integer reportDeadlineDay,
    @Nullable Integer reportDeadlineMonth,
    @Nullable Campaign activeCampaign,
    @Nullable String reportRecipient) {}
