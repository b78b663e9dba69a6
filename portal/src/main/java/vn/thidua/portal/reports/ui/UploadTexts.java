package vn.thidua.portal.reports.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.upload.UploadI18N;

/** The Upload component's own texts in the reader's language (it ships English only). */
public final class UploadTexts {

  private UploadTexts() {}

  public static UploadI18N of(Component c) {
    UploadI18N i18n = new UploadI18N();
    i18n.setDropFiles(
        new UploadI18N.DropFiles()
            .setOne(c.getTranslation("reports.upload.i18n.drop-one"))
            .setMany(c.getTranslation("reports.upload.i18n.drop-many")));
    i18n.setAddFiles(
        new UploadI18N.AddFiles()
            .setOne(c.getTranslation("reports.upload.i18n.add-one"))
            .setMany(c.getTranslation("reports.upload.i18n.add-many")));
    i18n.setError(
        new UploadI18N.Error()
            .setTooManyFiles(c.getTranslation("reports.upload.i18n.too-many"))
            .setFileIsTooBig(c.getTranslation("reports.upload.i18n.too-big"))
            .setIncorrectFileType(c.getTranslation("reports.upload.i18n.wrong-type")));
    i18n.setUploading(
        new UploadI18N.Uploading()
            .setStatus(
                new UploadI18N.Uploading.Status()
                    .setConnecting(c.getTranslation("reports.upload.i18n.connecting"))
                    .setStalled(c.getTranslation("reports.upload.i18n.stalled"))
                    .setProcessing(c.getTranslation("reports.upload.i18n.processing"))
                    .setHeld(c.getTranslation("reports.upload.i18n.held")))
            .setRemainingTime(
                new UploadI18N.Uploading.RemainingTime()
                    .setPrefix(c.getTranslation("reports.upload.i18n.remaining"))
                    .setUnknown(c.getTranslation("reports.upload.i18n.remaining-unknown")))
            .setError(
                new UploadI18N.Uploading.Error()
                    .setServerUnavailable(c.getTranslation("reports.upload.i18n.server-error"))
                    .setUnexpectedServerError(c.getTranslation("reports.upload.i18n.server-error"))
                    .setForbidden(c.getTranslation("reports.upload.i18n.refused"))));
    i18n.setUnits(new UploadI18N.Units(java.util.List.of("B", "kB", "MB", "GB", "TB")));
    return i18n;
  }
}
