package vn.thidua.indexer.extraction;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.util.Matrix;

/**
 * What a PDF page draws besides text: the ruling lines of tables (stroked lines and thin filled
 * rectangles, as LibreOffice and Word draw cell borders) and the share of the page that pictures
 * cover (a scan). Coordinates are turned top-down like PDFBox's text positions.
 */
final class PageGraphics extends PDFGraphicsStreamEngine {

  /** Thicker than this, a filled rectangle is shading, not a rule. */
  private static final float MAX_RULE_THICKNESS = 3f;

  private static final float MIN_RULE_LENGTH = 4f;

  private final List<PageLayout.Ruling> rulings = new ArrayList<>();
  private final List<Point2D> path = new ArrayList<>();
  private final List<float[]> segments = new ArrayList<>();
  private final float left;
  private final float top;
  private final float pageArea;
  private double imageArea;
  private int imageDpi;
  private Point2D current = new Point2D.Float();
  private Point2D subpathStart = new Point2D.Float();

  PageGraphics(PDPage page) {
    super(page);
    PDRectangle box = page.getCropBox();
    this.left = box.getLowerLeftX();
    this.top = box.getUpperRightY();
    this.pageArea = Math.max(1f, box.getWidth() * box.getHeight());
  }

  /** Reads the page's content stream and returns this. */
  PageGraphics read() throws IOException {
    processPage(getPage());
    return this;
  }

  List<PageLayout.Ruling> rulings() {
    return rulings;
  }

  /** The resolution of the largest picture on the page (a scan's dpi), 0 without pictures. */
  int imageDpi() {
    return imageDpi;
  }

  /** The share of the page covered by pictures, 0 to 1 (overlaps counted twice, so capped). */
  double imageCoverage() {
    return Math.min(1.0, imageArea / pageArea);
  }

  @Override
  public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
    moveTo((float) p0.getX(), (float) p0.getY());
    lineTo((float) p1.getX(), (float) p1.getY());
    lineTo((float) p2.getX(), (float) p2.getY());
    lineTo((float) p3.getX(), (float) p3.getY());
    closePath();
  }

  @Override
  public void drawImage(PDImage pdImage) {
    Matrix m = getGraphicsState().getCurrentTransformationMatrix();
    double area = Math.abs((double) m.getScalingFactorX() * m.getScalingFactorY());
    if (area > imageArea / 2) {
      float inches = Math.abs(m.getScalingFactorX()) / 72f;
      if (inches > 0) {
        imageDpi = Math.max(imageDpi, Math.round(pdImage.getWidth() / inches));
      }
    }
    imageArea += area;
  }

  @Override
  public void clip(int windingRule) {}

  @Override
  public void moveTo(float x, float y) {
    current = new Point2D.Float(x, y);
    subpathStart = current;
    path.add(current);
  }

  @Override
  public void lineTo(float x, float y) {
    Point2D next = new Point2D.Float(x, y);
    segments.add(
        new float[] {
          (float) current.getX(), (float) current.getY(), (float) next.getX(), (float) next.getY()
        });
    current = next;
  }

  @Override
  public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
    current = new Point2D.Float(x3, y3);
  }

  @Override
  public Point2D getCurrentPoint() {
    return current;
  }

  @Override
  public void closePath() {
    lineTo((float) subpathStart.getX(), (float) subpathStart.getY());
  }

  @Override
  public void endPath() {
    segments.clear();
    path.clear();
  }

  @Override
  public void strokePath() {
    for (float[] s : segments) {
      addLine(s[0], s[1], s[2], s[3]);
    }
    endPath();
  }

  @Override
  public void fillPath(int windingRule) {
    // A thin filled rectangle is a rule: keep its long middle line.
    float minX = Float.MAX_VALUE;
    float minY = Float.MAX_VALUE;
    float maxX = -Float.MAX_VALUE;
    float maxY = -Float.MAX_VALUE;
    for (float[] s : segments) {
      minX = Math.min(minX, Math.min(s[0], s[2]));
      maxX = Math.max(maxX, Math.max(s[0], s[2]));
      minY = Math.min(minY, Math.min(s[1], s[3]));
      maxY = Math.max(maxY, Math.max(s[1], s[3]));
    }
    if (!segments.isEmpty()) {
      float w = maxX - minX;
      float h = maxY - minY;
      if (h <= MAX_RULE_THICKNESS && w >= MIN_RULE_LENGTH) {
        addLine(minX, (minY + maxY) / 2, maxX, (minY + maxY) / 2);
      } else if (w <= MAX_RULE_THICKNESS && h >= MIN_RULE_LENGTH) {
        addLine((minX + maxX) / 2, minY, (minX + maxX) / 2, maxY);
      } else if (w > MAX_RULE_THICKNESS && h > MAX_RULE_THICKNESS && segments.size() <= 5) {
        // A filled box (a shaded header cell) also bounds its cell.
        for (float[] s : segments) {
          addLine(s[0], s[1], s[2], s[3]);
        }
      }
    }
    endPath();
  }

  @Override
  public void fillAndStrokePath(int windingRule) {
    strokePath();
  }

  @Override
  public void shadingFill(org.apache.pdfbox.cos.COSName shadingName) {}

  private void addLine(float x0, float y0, float x1, float y1) {
    float ax = x0 - left;
    float bx = x1 - left;
    float ay = top - y0;
    float by = top - y1;
    if (Math.abs(ay - by) <= 0.5f && Math.abs(ax - bx) >= MIN_RULE_LENGTH) {
      rulings.add(new PageLayout.Ruling(false, (ay + by) / 2, Math.min(ax, bx), Math.max(ax, bx)));
    } else if (Math.abs(ax - bx) <= 0.5f && Math.abs(ay - by) >= MIN_RULE_LENGTH) {
      rulings.add(new PageLayout.Ruling(true, (ax + bx) / 2, Math.min(ay, by), Math.max(ay, by)));
    }
  }
}
