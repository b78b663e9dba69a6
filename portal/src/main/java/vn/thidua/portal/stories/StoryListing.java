package vn.thidua.portal.stories;

import vn.thidua.portal.strapi.model.Story;

/** A story in the editor's list: its draft and where it stands for readers. */
public record StoryListing(Story draft, StoryState state) {}
