package vn.thidua.portal.progress;

import java.util.List;

/**
 * A horizontal bar chart as SVG, drawn on the server (no script, no chart library in the browser).
 * The SVG is an image with a title and a description for screen readers; each bar carries its own
 * {@code <title>} with label and value. It scales to the width of its box (a phone's 375 px
 * included): each label sits above its bar.
 */
public final class BarChart {

  /**
   * One bar.
   *
   * @param text the value as a reader writes it ({@code 1.234}, {@code 12,5})
   */
  public record Bar(String label, double value, String text) {

    /** A bar of a count. */
    public Bar(String label, long value) {
      this(label, value, String.valueOf(value));
    }
  }

  private static final int WIDTH = 320;
  private static final int ROW = 40;
  private static final int BAR = 18;
  private static final int LABEL_ROOM = 40;
  private static final String[] COLOURS = {"#0b3d91", "#1b6e3a", "#8a4b00", "#6a1b9a"};

  private BarChart() {}

  /**
   * The chart.
   *
   * @param id unique on the page, for the title and description ids
   * @param title what the chart shows
   * @param description a sentence for screen readers (the figures are in the table beside it)
   */
  public static String svg(String id, String title, String description, List<Bar> bars) {
    double max = bars.stream().mapToDouble(Bar::value).max().orElse(0);
    int height = Math.max(ROW, bars.size() * ROW) + 4;
    int room = WIDTH - LABEL_ROOM;
    StringBuilder svg = new StringBuilder();
    svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"portal-chart\" role=\"img\"")
        .append(" viewBox=\"0 0 ")
        .append(WIDTH)
        .append(' ')
        .append(height)
        .append("\" aria-labelledby=\"")
        .append(id)
        .append("-title ")
        .append(id)
        .append("-desc\">");
    svg.append("<title id=\"")
        .append(id)
        .append("-title\">")
        .append(escape(title))
        .append("</title>");
    svg.append("<desc id=\"")
        .append(id)
        .append("-desc\">")
        .append(escape(description))
        .append("</desc>");
    for (int i = 0; i < bars.size(); i++) {
      Bar bar = bars.get(i);
      int y = i * ROW;
      long width = max <= 0 ? 0 : Math.max(0, Math.round(bar.value() * room / max));
      if (bar.value() > 0 && width < 2) {
        width = 2;
      }
      svg.append("<g><title>").append(escape(bar.label() + ": " + bar.text())).append("</title>");
      svg.append("<text x=\"0\" y=\"")
          .append(y + 12)
          .append("\" font-size=\"12\" fill=\"#1a1f29\">")
          .append(escape(bar.label()))
          .append("</text>");
      svg.append("<rect x=\"0\" y=\"")
          .append(y + 16)
          .append("\" width=\"")
          .append(width)
          .append("\" height=\"")
          .append(BAR)
          .append("\" fill=\"")
          .append(COLOURS[i % COLOURS.length])
          .append("\"/>");
      svg.append("<text x=\"")
          .append(width + 4)
          .append("\" y=\"")
          .append(y + 30)
          .append("\" font-size=\"12\" font-weight=\"700\" fill=\"#1a1f29\">")
          .append(escape(bar.text()))
          .append("</text></g>");
    }
    svg.append("</svg>");
    return svg.toString();
  }

  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (char c : text.toCharArray()) {
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
