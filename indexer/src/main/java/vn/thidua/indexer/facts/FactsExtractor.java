package vn.thidua.indexer.facts;

import java.util.ArrayList;
import java.util.List;
import vn.thidua.indexer.extraction.PageText;

/**
 * Reads a report's facts from the text the extractor gave, page by page: the number, date and unit
 * of its header, its indicator tables, its initiatives and the award it proposes. Pure text work,
 * no I/O: it runs in the pipeline right after extraction and costs little beside it. Whatever
 * cannot be read with confidence is left null or flagged, never guessed silently.
 */
public final class FactsExtractor {

  /** Reads the facts of one file. */
  public ReportFacts extract(List<PageText> pages) {
    List<Line> lines = Line.of(pages);
    StringBuilder body = new StringBuilder();
    StringBuilder folded = new StringBuilder();
    for (Line line : lines) {
      body.append(line.text()).append('\n');
      folded.append(line.folded()).append('\n');
    }
    HeaderReader.Header header = HeaderReader.read(lines, body.toString(), folded.toString());
    List<String> uncertain = new ArrayList<>(header.uncertain());
    List<ReportFacts.Indicator> indicators = IndicatorReader.read(lines);
    for (ReportFacts.Indicator indicator : indicators) {
      if (indicator.uncertain()) {
        uncertain.add("Chỉ tiêu “" + indicator.name() + "”: giá trị hoặc đơn vị cần kiểm tra.");
      }
    }
    if (indicators.isEmpty()) {
      uncertain.add("Không tìm thấy bảng chỉ tiêu.");
    }
    List<ReportFacts.Initiative> initiatives = InitiativeReader.read(lines);
    ReportFacts.Proposal proposal = ProposalReader.read(lines);
    return new ReportFacts(
        header.number(),
        header.date(),
        header.unitName(),
        indicators,
        initiatives,
        proposal,
        List.of(),
        uncertain);
  }
}
