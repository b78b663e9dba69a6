package vn.thidua.portal.strapi;

import vn.thidua.portal.strapi.model.SiteSetting;

/**
 * A Strapi single type and the record it reads into.
 *
 * @param singularId the REST path segment ({@code /api/{singularId}})
 */
public record SingleType<T>(String singularId, String uid, Class<T> type) {

  public static final SingleType<SiteSetting> SITE_SETTING =
      new SingleType<>("site-setting", "api::site-setting.site-setting", SiteSetting.class);
}
