#pragma once
// Any view of the window as a figure: PNG at a chosen pixel size and DPI, SVG,
// PDF (both vector where the view paints vectors), or an image on the
// clipboard (docs/export.md). A figure is rendered completely in memory and
// only then written through QSaveFile (temporary file, then rename), so a
// failed export leaves no half-written file and an older file stays as it was.
//
// Size and DPI mean what they mean for a printed figure: 1600 x 1000 pixels at
// 150 dpi is a 10.7 x 6.7 inch figure whose 9 pt labels are 9 pt on paper. The
// view is laid out at size * 96 / dpi logical pixels and drawn scaled up, so
// SVG and PDF get the same layout and physical size as the PNG.
#include <QByteArray>
#include <QImage>
#include <QSize>
#include <QString>

class QWidget;

namespace nnlab {

enum class FigureFormat { Png, Svg, Pdf };

struct FigureOptions {
    QSize size{1600, 1000};  // pixels of the PNG
    int dpi = 150;
    // The layout size: size in pixels at 96 dpi, the screen's logical DPI.
    QSize logicalSize() const;
};

constexpr int kMinFigureSide = 16;
constexpr int kMaxFigureSide = 10000;
constexpr int kMinFigureDpi = 36;
constexpr int kMaxFigureDpi = 1200;

QString figureSuffix(FigureFormat format);  // "png", "svg", "pdf"
// From a file name's suffix (case-insensitive); fallback when it has none of the three.
FigureFormat figureFormatForPath(const QString& path, FigureFormat fallback = FigureFormat::Png);

// A QCustomPlot is drawn through its own painter path (vector in SVG and PDF),
// a QGraphicsView as its whole scene, any other widget with QWidget::render.
QImage renderFigureImage(QWidget* view, const FigureOptions& options);
// False for a QCustomPlot with nothing plotted (every plottable hidden or
// empty): a figure of bare axes says nothing, so exports leave it out. Any
// other view counts as having content.
bool figureHasData(QWidget* view);
// The file's bytes; empty (and *error set) if rendering failed.
QByteArray renderFigure(QWidget* view, FigureFormat format, const FigureOptions& options, const QString& title,
                        QString* error = nullptr);
// Writes the figure to path, whole or not at all. On failure returns false,
// sets *error to a message naming the file and leaves nothing behind.
bool writeFigure(QWidget* view, const QString& path, FigureFormat format, const FigureOptions& options,
                 const QString& title, QString* error = nullptr);
// Through the lab's one atomic writer (core/io/AtomicWrite.h): checked writes,
// fsync, rename; a failure leaves the previous file and no temporary one.
bool writeWholeFile(const QString& path, const QByteArray& bytes, QString* error = nullptr);
void copyFigureToClipboard(QWidget* view, const FigureOptions& options);

// The last size and DPI chosen in ExportFigureDialog (QSettings), for the
// clipboard and for "Export all figures".
FigureOptions lastFigureOptions();
void saveFigureOptions(const FigureOptions& options);
FigureFormat lastFigureFormat();
void saveFigureFormat(FigureFormat format);

}  // namespace nnlab
