package vn.thidua.indexer.facts;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import vn.thidua.indexer.facts.ReportFacts.Proposal;

/**
 * Reads the award a unit proposes: in the proposals section (đề xuất, kiến nghị) if there is one,
 * else anywhere, the form of award named after "đề nghị (tặng)" — Bằng khen, Giấy khen, Cờ thi đua,
 * a title (danh hiệu), Huân chương — up to "cho", and the recipient after it up to the reason
 * ("vì", "đã có", "do").
 */
final class ProposalReader {

  private static final Pattern SECTION =
      Pattern.compile(
          "^((?=[ivxl1|]*[ivx])[ivxl1|]{1,5}|\\d{1,2})\\s*[.)]\\s*.{0,30}(de xuat|kien nghi|de nghi)");
  private static final Pattern FORM =
      Pattern.compile(
          "(bang khen|giay khen|co thi dua|huan chuong|huy chuong|ky niem chuong|danh hieu"
              + "|chien si thi dua|tap the lao dong|lao dong tien tien)");
  private static final Pattern FORM_END = Pattern.compile("\\s(cho|tang|de tang)\\s|[.;]\\s|[.;]$");
  private static final Pattern RECIPIENT_END =
      Pattern.compile("\\s(vi|da co|do|ve thanh tich|co thanh tich)\\s|[.;](\\s|$)");

  private ProposalReader() {}

  static @Nullable Proposal read(List<Line> lines) {
    int start = -1;
    for (int i = 0; i < lines.size(); i++) {
      if (SECTION.matcher(lines.get(i).folded()).find()) {
        start = i;
      }
    }
    Proposal found = start >= 0 ? find(lines.subList(start, lines.size())) : null;
    return found != null ? found : find(lines);
  }

  private static @Nullable Proposal find(List<Line> lines) {
    List<Line> kept = new ArrayList<>();
    for (Line line : lines) {
      if (!line.rowBreak() && !line.isPageFurniture()) {
        kept.add(line);
      }
    }
    StringBuilder text = new StringBuilder();
    List<Integer> starts = new ArrayList<>();
    for (Line line : kept) {
      starts.add(text.length());
      text.append(line.text()).append(' ');
    }
    String original = text.toString();
    String folded = vn.thidua.indexer.folding.VietnameseText.fold(original);
    Matcher asked = Pattern.compile("de nghi\\s").matcher(folded);
    while (asked.find()) {
      Matcher form = FORM.matcher(folded);
      form.region(asked.end(), Math.min(folded.length(), asked.end() + 60));
      if (!form.find()) {
        continue;
      }
      Matcher formEnd = FORM_END.matcher(folded);
      boolean ended = formEnd.find(form.start());
      int end = ended ? formEnd.start() : folded.length();
      String awardForm = original.substring(form.start(), end).strip();
      if (awardForm.length() > 200) {
        // No end in sight: not a form of award that can be told.
        continue;
      }
      String recipient = null;
      if (ended && formEnd.group(1) != null) {
        int from = formEnd.end();
        Matcher recipientEnd = RECIPIENT_END.matcher(folded);
        int to = recipientEnd.find(from) ? recipientEnd.start() : folded.length();
        recipient = original.substring(from, to).strip();
        if (recipient.isEmpty() || recipient.length() > 200) {
          recipient = null;
        }
      }
      int at = 0;
      while (at + 1 < starts.size() && starts.get(at + 1) <= form.start()) {
        at++;
      }
      return new Proposal(awardForm, recipient, kept.get(at).page());
    }
    return null;
  }
}
