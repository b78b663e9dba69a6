package vn.thidua.portal.dossier;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDPageContentStream.AppendMode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDBorderStyleDictionary;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageFitWidthDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.thidua.portal.dossier.Dossier.Claim;
import vn.thidua.portal.dossier.Dossier.Cover;
import vn.thidua.portal.dossier.Dossier.Evidence;
import vn.thidua.portal.dossier.Dossier.FilePage;
import vn.thidua.portal.dossier.Dossier.FileRef;
import vn.thidua.portal.dossier.Dossier.Labels;
import vn.thidua.portal.dossier.Dossier.Note;
import vn.thidua.portal.dossier.Dossier.Section;

/**
 * Prints a {@link Dossier} as one PDF: the cover, the table of contents (each claim linked to its
 * proof inside the dossier and to the portal), then the proof in the order the claims come — a
 * cited PDF page imported as it is, any other format's page as its extracted text on an A4 page
 * with its file name and page number, a note for an initiative or a story. Each proof page carries
 * a band naming the claims it proves. The outline (bookmarks) repeats the table of contents.
 *
 * <p>Memory stays bounded whatever a proposal cites: each file is copied to a temporary file and
 * read from there page by page (PDFBox keeps streams on disk), only the cited pages are imported,
 * the dossier's own streams are cached on disk, and at most {@link #MAX_PROOF_PAGES} pages of proof
 * are printed. A file that is missing or cannot be read becomes a page that says so.
 */
final class DossierPdf {

  /** Pages of proof printed at most; the rest is named on a last page and read on the portal. */
  static final int MAX_PROOF_PAGES = 300;

  /** Pages one page of extracted text may take at most once laid out. */
  static final int MAX_PAGES_PER_TEXT = 3;

  private static final Logger log = LoggerFactory.getLogger(DossierPdf.class);
  private static final PDRectangle A4 = PDRectangle.A4;
  private static final float MARGIN = 56;
  private static final float BAND = 22;

  private final Dossier dossier;
  private final PageSource source;
  private final Labels labels;
  private final PDDocument doc;
  private final PDType0Font regular;
  private final PDType0Font bold;
  private final PDType0Font italic;
  private final Map<String, Optional<PDDocument>> pdfs = new HashMap<>();
  private final Map<String, Map<Integer, String>> texts = new HashMap<>();
  private final Map<String, Set<Integer>> textPagesWanted = new HashMap<>();
  private final List<Path> copies = new ArrayList<>();
  private final Map<Character, Boolean> glyphs = new HashMap<>();

  private DossierPdf(Dossier dossier, PageSource source, Labels labels) throws IOException {
    this.dossier = dossier;
    this.source = source;
    this.labels = labels;
    this.doc = new PDDocument(IOUtils.createTempFileOnlyStreamCache());
    this.regular = font("DejaVuSerif.ttf");
    this.bold = font("DejaVuSerif-Bold.ttf");
    this.italic = font("DejaVuSerif-Italic.ttf");
  }

  /** Writes the dossier to {@code out}, streamed as it is saved. */
  static void write(Dossier dossier, PageSource source, Labels labels, OutputStream out)
      throws IOException {
    DossierPdf pdf = new DossierPdf(dossier, source, labels);
    try {
      pdf.print(out);
    } finally {
      pdf.close();
    }
  }

  private void print(OutputStream out) throws IOException {
    List<Claim> claims = dossier.claims();
    // The distinct proof in the order the claims cite it, and which claims each proves.
    Map<String, Evidence> proofs = new LinkedHashMap<>();
    Map<String, List<Integer>> provedBy = new HashMap<>();
    for (int i = 0; i < claims.size(); i++) {
      for (Evidence e : claims.get(i).evidence()) {
        proofs.putIfAbsent(e.key(), e);
        provedBy.computeIfAbsent(e.key(), k -> new ArrayList<>()).add(i + 1);
      }
    }
    for (Evidence e : proofs.values()) {
      if (e instanceof FilePage fp && fp.file().found()) {
        // Every page of a file that may be read as text, asked of the indexer once per file.
        textPagesWanted.computeIfAbsent(fp.file().key(), k -> new LinkedHashSet<>()).add(fp.page());
      }
    }

    cover(dossier.cover());
    List<PDPage> contents = blankContentsPages();

    Map<String, PDPage> printed = new HashMap<>();
    PDPage omitted = null;
    int proofPages = 0;
    List<String> left = new ArrayList<>();
    for (Evidence e : proofs.values()) {
      if (proofPages >= MAX_PROOF_PAGES) {
        left.add(e.key());
        continue;
      }
      int before = doc.getNumberOfPages();
      PDPage first = proof(e, provedBy.get(e.key()));
      printed.put(e.key(), first);
      proofPages += doc.getNumberOfPages() - before;
    }
    if (!left.isEmpty()) {
      omitted =
          notice(
              labels.get("dossier.omitted.title"),
              List.of(labels.get("dossier.omitted", String.valueOf(left.size()))));
      for (String key : left) printed.put(key, omitted);
    }
    PDPage fallback = omitted == null ? contents.get(0) : omitted;

    writeContents(contents, printed, fallback);
    doc.getDocumentInformation()
        .setTitle(labels.get("dossier.title") + " — " + dossier.cover().recipient());
    doc.getDocumentInformation().setSubject(dossier.cover().awardForm());
    doc.save(out, CompressParameters.NO_COMPRESSION);
  }

  // --- the cover

  private void cover(Cover c) throws IOException {
    PDPage page = new PDPage(A4);
    doc.addPage(page);
    float w = A4.getWidth();
    float y = A4.getHeight() - 120;
    try (PDPageContentStream s = new PDPageContentStream(doc, page)) {
      centre(
          s,
          bold,
          22,
          labels.get("dossier.title").toUpperCase(java.util.Locale.forLanguageTag("vi")),
          w,
          y);
      y -= 34;
      centre(s, italic, 13, labels.get("dossier.subtitle"), w, y);
      y -= 70;
      for (String line : wrap(c.recipient(), bold, 20, w - 2 * MARGIN)) {
        centre(s, bold, 20, line, w, y);
        y -= 28;
      }
      y -= 20;
      List<String[]> rows = new ArrayList<>();
      rows.add(new String[] {labels.get("dossier.cover.form"), c.awardForm()});
      rows.add(new String[] {labels.get("dossier.cover.stage"), c.stageLabel()});
      rows.add(
          new String[] {
            labels.get("dossier.cover.year"), c.year() == null ? "" : c.year().toString()
          });
      rows.add(new String[] {labels.get("dossier.cover.total"), score(c.totalScore())});
      c.officeScores().forEach((office, points) -> rows.add(new String[] {office, score(points)}));
      rows.add(
          new String[] {
            labels.get("dossier.cover.claims"), Integer.toString(dossier.claims().size())
          });
      for (String[] row : rows) {
        text(s, regular, 12, fit(row[0], regular, 12, 220), MARGIN, y);
        for (String line : wrap(row[1], bold, 12, w - 2 * MARGIN - 230)) {
          text(s, bold, 12, line, MARGIN + 230, y);
          y -= 16;
        }
        y -= 6;
      }
      y -= 20;
      text(s, italic, 10, labels.get("dossier.cover.portal"), MARGIN + 40, y);
      s.setNonStrokingColor(0.05f, 0.2f, 0.6f);
      text(s, regular, 9, c.portalUrl(), MARGIN + 40, y - 14);
    }
    uriLink(
        page,
        new PDRectangle(MARGIN + 40, y - 17, width(regular, 9, c.portalUrl()), 12),
        c.portalUrl());
  }

  private static String score(@Nullable Double d) {
    if (d == null) return "—";
    return vn.thidua.portal.facts.FigureFormat.format(java.math.BigDecimal.valueOf(d));
  }

  // --- the table of contents

  private static final float HEADER_HEIGHT = 28;
  private static final float CLAIM_HEIGHT = 32;
  private static final float TOP = A4.getHeight() - MARGIN - 30;
  private static final float BOTTOM = MARGIN;

  private List<PDPage> blankContentsPages() {
    int pages = 1;
    float y = TOP;
    for (Section section : dossier.sections()) {
      for (float h : heights(section)) {
        if (y - h < BOTTOM) {
          pages++;
          y = TOP;
        }
        y -= h;
      }
    }
    List<PDPage> list = new ArrayList<>();
    for (int i = 0; i < pages; i++) {
      PDPage page = new PDPage(A4);
      doc.addPage(page);
      list.add(page);
    }
    return list;
  }

  private static List<Float> heights(Section section) {
    List<Float> h = new ArrayList<>();
    h.add(HEADER_HEIGHT);
    section.claims().forEach(c -> h.add(CLAIM_HEIGHT));
    return h;
  }

  private void writeContents(List<PDPage> pages, Map<String, PDPage> printed, PDPage fallback)
      throws IOException {
    PDDocumentOutline outline = new PDDocumentOutline();
    doc.getDocumentCatalog().setDocumentOutline(outline);
    PDOutlineItem contentsItem = new PDOutlineItem();
    contentsItem.setTitle(labels.get("dossier.contents"));
    contentsItem.setDestination(destination(pages.get(0)));
    outline.addLast(contentsItem);

    int pageIndex = 0;
    PDPage page = pages.get(0);
    PDPageContentStream s = new PDPageContentStream(doc, page);
    try {
      text(s, bold, 16, labels.get("dossier.contents"), MARGIN, A4.getHeight() - MARGIN);
      float y = TOP;
      int number = 0;
      float width = A4.getWidth() - 2 * MARGIN;
      for (Section section : dossier.sections()) {
        PDOutlineItem sectionItem = new PDOutlineItem();
        sectionItem.setTitle(printable(section.title()));
        outline.addLast(sectionItem);
        boolean header = true;
        for (int i = -1; i < section.claims().size(); i++) {
          float h = header ? HEADER_HEIGHT : CLAIM_HEIGHT;
          if (y - h < BOTTOM) {
            s.close();
            page = pages.get(++pageIndex);
            s = new PDPageContentStream(doc, page);
            y = TOP;
          }
          if (header) {
            text(s, bold, 13, section.title(), MARGIN, y - 16);
            sectionItem.setDestination(destination(page));
            header = false;
            y -= h;
            continue;
          }
          number++;
          Claim claim = section.claims().get(i);
          PDPage target =
              claim.evidence().isEmpty()
                  ? fallback
                  : printed.getOrDefault(claim.evidence().get(0).key(), fallback);
          int targetNumber = doc.getPages().indexOf(target) + 1;
          String goTo = labels.get("dossier.contents.page", String.valueOf(targetNumber));
          String open = labels.get("dossier.contents.portal");
          float goToWidth = width(regular, 9, goTo);
          float openWidth = width(regular, 9, open);
          String line = fit(number + ". " + claim.text(), regular, 11, width);
          text(s, regular, 11, line, MARGIN, y - 13);
          String sourceLine = fit(claim.source(), italic, 9, width - goToWidth - openWidth - 24);
          text(s, italic, 9, sourceLine, MARGIN + 14, y - 26);
          float goToX = A4.getWidth() - MARGIN - openWidth - 12 - goToWidth;
          s.setNonStrokingColor(0.05f, 0.2f, 0.6f);
          text(s, regular, 9, goTo, goToX, y - 26);
          text(s, regular, 9, open, A4.getWidth() - MARGIN - openWidth, y - 26);
          s.setNonStrokingColor(0f, 0f, 0f);
          // The claim's line and its page number lead to the proof; the last words to the portal.
          goToLink(page, new PDRectangle(MARGIN, y - 17, width, 15), target);
          goToLink(page, new PDRectangle(goToX, y - 29, goToWidth, 12), target);
          uriLink(
              page,
              new PDRectangle(A4.getWidth() - MARGIN - openWidth, y - 29, openWidth, 12),
              claim.portalUrl());
          PDOutlineItem item = new PDOutlineItem();
          item.setTitle(printable(fit(number + ". " + claim.text(), regular, 11, 400)));
          item.setDestination(destination(target));
          sectionItem.addLast(item);
          y -= h;
        }
      }
      if (number == 0) {
        text(s, italic, 11, labels.get("dossier.contents.none"), MARGIN, TOP - 13);
      }
    } finally {
      s.close();
    }
    outline.openNode();
  }

  private static PDPageFitWidthDestination destination(PDPage page) {
    PDPageFitWidthDestination d = new PDPageFitWidthDestination();
    d.setPage(page);
    d.setTop((int) page.getMediaBox().getUpperRightY());
    return d;
  }

  private static void goToLink(PDPage page, PDRectangle area, PDPage target) throws IOException {
    PDAnnotationLink link = new PDAnnotationLink();
    link.setRectangle(area);
    link.setBorderStyle(noBorder());
    PDActionGoTo action = new PDActionGoTo();
    action.setDestination(destination(target));
    link.setAction(action);
    page.getAnnotations().add(link);
  }

  private static void uriLink(PDPage page, PDRectangle area, String url) throws IOException {
    if (area.getWidth() <= 0) return;
    PDAnnotationLink link = new PDAnnotationLink();
    link.setRectangle(area);
    link.setBorderStyle(noBorder());
    PDActionURI action = new PDActionURI();
    action.setURI(url);
    link.setAction(action);
    page.getAnnotations().add(link);
  }

  private static PDBorderStyleDictionary noBorder() {
    PDBorderStyleDictionary border = new PDBorderStyleDictionary();
    border.setWidth(0);
    return border;
  }

  // --- the proof

  /** Prints one piece of proof; returns its first page. */
  private PDPage proof(Evidence e, List<Integer> claims) throws IOException {
    String band =
        labels.get(
            "dossier.band",
            claims.stream().map(String::valueOf).collect(Collectors.joining(", ")),
            dossier.cover().recipient());
    PDPage first =
        switch (e) {
          case Note n -> textPages(n.title(), n.lines(), null);
          case FilePage fp -> filePage(fp);
        };
    band(first, band);
    return first;
  }

  private PDPage filePage(FilePage fp) throws IOException {
    FileRef file = fp.file();
    String where = labels.get("dossier.source", file.name(), String.valueOf(fp.page()));
    if (!file.found()) {
      return notice(
          labels.get("dossier.missing.title"), List.of(where, labels.get("dossier.missing")));
    }
    if (file.isPdf()) {
      Optional<PDDocument> pdf = pdfs.computeIfAbsent(file.key(), k -> open(file));
      if (pdf.isPresent()) {
        int count = pdf.get().getNumberOfPages();
        if (fp.page() > count) {
          return notice(
              labels.get("dossier.missing.title"),
              List.of(where, labels.get("dossier.no-such-page", String.valueOf(count))));
        }
        PDPage original = pdf.get().getPage(fp.page() - 1);
        PDPage imported = doc.importPage(original);
        if (!imported.getCOSObject().containsKey(COSName.RESOURCES)) {
          // Resources inherited from the source's page tree do not come with the page.
          imported.setResources(original.getResources());
        }
        // The source's own links and form fields point into a document that is not this one.
        imported.getCOSObject().removeItem(COSName.ANNOTS);
        return imported;
      }
    }
    Map<Integer, String> known =
        texts.computeIfAbsent(
            file.key(),
            k -> source.texts(file, textPagesWanted.getOrDefault(k, Set.of(fp.page()))));
    String text = known.get(fp.page());
    if (text == null) {
      return notice(
          labels.get("dossier.unreadable.title"), List.of(where, labels.get("dossier.unreadable")));
    }
    return textPages(
        file.name(), List.of(text), labels.get("dossier.text-of-page", String.valueOf(fp.page())));
  }

  private Optional<PDDocument> open(FileRef file) {
    Optional<Path> copy = source.copy(file);
    if (copy.isEmpty()) return Optional.empty();
    copies.add(copy.get());
    try {
      PDDocument pdf =
          Loader.loadPDF(
              copy.get().toFile(), "", null, null, IOUtils.createTempFileOnlyStreamCache());
      if (pdf.isEncrypted()) {
        // Its pages would be copied still encrypted: print the indexer's text instead.
        pdf.close();
        return Optional.empty();
      }
      return Optional.of(pdf);
    } catch (IOException | RuntimeException e) {
      log.info(
          "Dossier: {} is not a readable PDF ({}); its text is printed", file.name(), e.toString());
      return Optional.empty();
    }
  }

  /** A page that says why a proof is not there. */
  private PDPage notice(String title, List<String> lines) throws IOException {
    return textPages(title, lines, null);
  }

  /** Text on A4 pages: a title, an optional subtitle, then the lines wrapped. */
  private PDPage textPages(String title, List<String> lines, @Nullable String subtitle)
      throws IOException {
    float width = A4.getWidth() - 2 * MARGIN;
    List<String> wrapped = new ArrayList<>();
    for (String line : lines) {
      for (String paragraph : line.split("\\R")) {
        wrapped.addAll(wrap(paragraph, regular, 10.5f, width));
      }
      wrapped.add("");
    }
    PDPage first = null;
    int index = 0;
    for (int n = 0; n < MAX_PAGES_PER_TEXT && (first == null || index < wrapped.size()); n++) {
      PDPage page = new PDPage(A4);
      doc.addPage(page);
      if (first == null) first = page;
      try (PDPageContentStream s = new PDPageContentStream(doc, page)) {
        float y = A4.getHeight() - MARGIN;
        for (String t : wrap(title, bold, 13, width)) {
          text(s, bold, 13, t, MARGIN, y);
          y -= 18;
        }
        if (subtitle != null) {
          text(s, italic, 10, subtitle, MARGIN, y);
          y -= 16;
        }
        y -= 8;
        while (index < wrapped.size() && y > MARGIN + BAND) {
          text(s, regular, 10.5f, wrapped.get(index++), MARGIN, y);
          y -= 14;
        }
      }
    }
    return first;
  }

  /** The band at the foot of a proof page: which claims it proves, in whose dossier. */
  private void band(PDPage page, String text) throws IOException {
    PDRectangle box = page.getMediaBox();
    try (PDPageContentStream s =
        new PDPageContentStream(doc, page, AppendMode.APPEND, true, true)) {
      s.setNonStrokingColor(1f, 1f, 1f);
      s.addRect(box.getLowerLeftX(), box.getLowerLeftY(), box.getWidth(), BAND);
      s.fill();
      s.setStrokingColor(0.6f, 0.1f, 0.1f);
      s.moveTo(box.getLowerLeftX(), box.getLowerLeftY() + BAND);
      s.lineTo(box.getUpperRightX(), box.getLowerLeftY() + BAND);
      s.stroke();
      s.setNonStrokingColor(0.6f, 0.1f, 0.1f);
      text(
          s,
          italic,
          8,
          fit(text, italic, 8, box.getWidth() - 24),
          box.getLowerLeftX() + 12,
          box.getLowerLeftY() + 8);
    }
  }

  // --- text

  private PDType0Font font(String name) throws IOException {
    try (InputStream in = DossierPdf.class.getResourceAsStream("/fonts/" + name)) {
      if (in == null) throw new IOException("font missing from the portal's resources: " + name);
      // Subset embedded: the glyphs used, Vietnamese diacritics included.
      return PDType0Font.load(doc, in, true);
    }
  }

  /** The text as the font can print it: composed letters, no control characters, ? for the rest. */
  String printable(String s) {
    String composed = Normalizer.normalize(s, Normalizer.Form.NFC);
    StringBuilder out = new StringBuilder(composed.length());
    for (int i = 0; i < composed.length(); i++) {
      char c = composed.charAt(i);
      if (c == '\t' || c == '\u00a0') {
        out.append(' ');
      } else if (Character.isISOControl(c) || Character.isSurrogate(c)) {
        // Nothing: a control character has no glyph, an emoji none in DejaVu Serif.
      } else if (glyphs.computeIfAbsent(c, this::printableChar)) {
        out.append(c);
      } else {
        out.append('?');
      }
    }
    return out.toString();
  }

  private boolean printableChar(char c) {
    try {
      regular.encode(String.valueOf(c));
      bold.encode(String.valueOf(c));
      italic.encode(String.valueOf(c));
      return true;
    } catch (IOException | IllegalArgumentException e) {
      return false;
    }
  }

  private float width(PDType0Font font, float size, String s) throws IOException {
    return font.getStringWidth(printable(s)) / 1000 * size;
  }

  private String fit(String s, PDType0Font font, float size, float max) throws IOException {
    String p = printable(s);
    if (width(font, size, p) <= max) return p;
    return p.substring(0, fitting(p, font, size, max - width(font, size, "…"))) + "…";
  }

  /** How many of the first characters of printable {@code p} fit in {@code max} points. */
  private static int fitting(String p, PDType0Font font, float size, float max) throws IOException {
    float used = 0;
    for (int i = 0; i < p.length(); i++) {
      used += font.getStringWidth(p.substring(i, i + 1)) / 1000 * size;
      if (used > max) return Math.max(1, i);
    }
    return p.length();
  }

  private List<String> wrap(String text, PDType0Font font, float size, float max)
      throws IOException {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : printable(text).split(" +")) {
      while (width(font, size, word) > max && word.length() > 1) {
        // A word wider than the page (a URL, a table row without spaces) is cut where it fits.
        int cut = fitting(word, font, size, max);
        if (!line.isEmpty()) {
          lines.add(line.toString());
          line = new StringBuilder();
        }
        lines.add(word.substring(0, cut));
        word = word.substring(cut);
      }
      String next = line.isEmpty() ? word : line + " " + word;
      if (!line.isEmpty() && width(font, size, next) > max) {
        lines.add(line.toString());
        line = new StringBuilder(word);
      } else {
        line = new StringBuilder(next);
      }
    }
    lines.add(line.toString());
    return lines;
  }

  private void centre(
      PDPageContentStream s, PDType0Font font, float size, String t, float pageWidth, float y)
      throws IOException {
    text(s, font, size, t, (pageWidth - width(font, size, t)) / 2, y);
  }

  private void text(PDPageContentStream s, PDType0Font font, float size, String t, float x, float y)
      throws IOException {
    String p = printable(t);
    if (p.isEmpty()) return;
    s.beginText();
    s.setFont(font, size);
    s.newLineAtOffset(x, y);
    s.showText(p);
    s.endText();
  }

  private void close() {
    for (Optional<PDDocument> pdf : pdfs.values()) {
      pdf.ifPresent(
          d -> {
            try {
              d.close();
            } catch (IOException e) {
              log.debug("closing a cited PDF", e);
            }
          });
    }
    try {
      doc.close();
    } catch (IOException e) {
      log.debug("closing the dossier", e);
    }
    for (Path copy : copies) {
      try {
        Files.deleteIfExists(copy);
      } catch (IOException e) {
        log.warn("Dossier: could not delete the temporary copy {}", copy);
      }
    }
  }
}
