package vn.thidua.portal.scoring;

import java.util.List;

/**
 * What an office may point at as evidence for a unit's score: the files of the unit's reports of
 * the year and the unit's initiatives. Anything else is refused, so a score never points at another
 * unit's file.
 */
public record EvidenceChoices(List<FileChoice> files, List<InitiativeChoice> initiatives) {

  public EvidenceChoices {
    files = List.copyOf(files);
    initiatives = List.copyOf(initiatives);
  }

  /** A file of one of the unit's reports. */
  public record FileChoice(long fileId, String fileName, String reportTitle) {}

  /** One of the unit's initiatives. */
  public record InitiativeChoice(String documentId, String title) {}
}
