package vn.thidua.portal.dossier;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What one dossier holds, in the order it is printed: the cover, then its sections of claims, each
 * claim with the evidence that proves it. Built by {@link DossierAssembler}, printed by {@link
 * DossierPdf}; nothing here reads a file.
 */
record Dossier(Cover cover, List<Section> sections) {

  Dossier {
    sections = List.copyOf(sections);
  }

  /** Every claim in print order (the table of contents numbers them from 1). */
  List<Claim> claims() {
    return sections.stream().flatMap(s -> s.claims().stream()).toList();
  }

  /**
   * The cover's facts.
   *
   * @param stageLabel the stage's name, in the dossier's language
   * @param officeScores points per scoring office (its name as printed), from submitted sheets
   * @param portalUrl the proposal's page on the portal
   */
  record Cover(
      String recipient,
      String awardForm,
      String stageLabel,
      @Nullable Integer year,
      @Nullable Double totalScore,
      Map<String, Double> officeScores,
      String portalUrl) {}

  /** The kinds of claim, in the order the dossier lists them. */
  enum SectionKind {
    INDICATORS,
    CRITERIA,
    INITIATIVES,
    STORIES;

    String messageKey() {
      return "dossier.section." + name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /** The claims of one kind. */
  record Section(SectionKind kind, String title, List<Claim> claims) {
    Section {
      claims = List.copyOf(claims);
    }
  }

  /**
   * One claim and what proves it; the first evidence is where the table of contents leads.
   *
   * @param source where it was read, as printed under the claim (file and page), or empty
   * @param portalUrl the page on the portal that shows the claim (a report file at its page, an
   *     initiative, a story)
   */
  record Claim(String text, String source, String portalUrl, List<Evidence> evidence) {
    Claim {
      evidence = List.copyOf(evidence);
    }
  }

  /** A page (or a few) of proof. */
  sealed interface Evidence {
    /** One key per distinct piece of proof: a page cited by two claims is printed once. */
    String key();
  }

  /** A page of a file: the page itself for a PDF, its extracted text for any other format. */
  record FilePage(FileRef file, int page) implements Evidence {
    @Override
    public String key() {
      return file.key() + "#" + page;
    }
  }

  /** A page of text written for the dossier (an initiative's description, a story). */
  record Note(String key, String title, List<String> lines) implements Evidence {
    Note {
      lines = List.copyOf(lines);
    }
  }

  /**
   * A file some evidence is in.
   *
   * @param reportDocumentId the report it belongs to, or null for an initiative's evidence
   * @param mediaId Strapi's file id (the indexer's file id); 0 when the file was not found
   * @param url Strapi's address of the file, empty when the file was not found
   */
  record FileRef(
      @Nullable String reportDocumentId,
      long mediaId,
      String name,
      @Nullable String mime,
      String url) {

    String key() {
      return (reportDocumentId == null ? "initiative" : reportDocumentId)
          + "/"
          + (mediaId == 0 ? name : Long.toString(mediaId));
    }

    boolean found() {
      return mediaId != 0 && !url.isEmpty();
    }

    boolean isPdf() {
      return (mime != null && mime.toLowerCase(java.util.Locale.ROOT).startsWith("application/pdf"))
          || name.toLowerCase(java.util.Locale.ROOT).endsWith(".pdf");
    }
  }

  /** Text in the dossier's language, from the portal's translation bundles. */
  @FunctionalInterface
  interface Labels {
    String get(String key, Object... args);
  }
}
