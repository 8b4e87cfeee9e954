#include "figures/FigureExport.h"

#include "playground/CanvasItems.h"
#include "io/AtomicWrite.h"

#include <QApplication>
#include <QBuffer>
#include <QClipboard>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QGraphicsItem>
#include <QGraphicsScene>
#include <QGraphicsView>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QPicture>
#include <QSettings>
#include <QSvgGenerator>
#include <qcustomplot.h>

#include <algorithm>
#include <cmath>
#include <vector>

namespace nnlab {

namespace {

constexpr double kLogicalDpi = 96.0;
constexpr char kSizeKey[] = "figureExport/size";
constexpr char kDpiKey[] = "figureExport/dpi";
constexpr char kFormatKey[] = "figureExport/format";

// Hides what only makes sense on screen (the canvas' +/- buttons) while the
// scene is drawn into a figure, and shows it again after.
class HiddenButtons {
public:
    explicit HiddenButtons(QGraphicsScene* scene) {
        for (QGraphicsItem* item : scene->items())
            if (item->type() == kButtonItemType && item->isVisible()) {
                item->hide();
                m_hidden.push_back(item);
            }
    }
    ~HiddenButtons() {
        for (QGraphicsItem* item : m_hidden) item->show();
    }

private:
    std::vector<QGraphicsItem*> m_hidden;
};

void paintScene(QGraphicsView* view, QPainter* painter, const QSize& logical) {
    QGraphicsScene* scene = view->scene();
    painter->fillRect(QRect(QPoint(), logical), view->backgroundBrush().style() != Qt::NoBrush
                                                     ? view->backgroundBrush()
                                                     : view->palette().brush(QPalette::Base));
    if (!scene) return;
    HiddenButtons hidden(scene);
    // itemsBoundingRect() counts hidden items too (editors, tool tips).
    QRectF source;
    for (QGraphicsItem* item : scene->items())
        if (item->isVisible()) source |= item->sceneBoundingRect();
    if (source.isEmpty()) return;
    source.adjust(-12, -12, 12, 12);
    // Centred: QGraphicsScene::render() keeps the aspect but aligns top left.
    const double scale = std::min(logical.width() / source.width(), logical.height() / source.height());
    const QSizeF drawn = source.size() * scale;
    const QRectF target(QPointF((logical.width() - drawn.width()) / 2.0, (logical.height() - drawn.height()) / 2.0), drawn);
    scene->render(painter, target, source, Qt::KeepAspectRatio);
}

// A plot that shows the same units per pixel on both axes (the output map's
// square cells) keeps square cells in a figure of another aspect ratio by
// being laid out in a narrower (or shorter) area, centred in the figure, whose
// axis rect is square; both axes then show the smaller of the two spans
// around the same centre. Widening the longer axis instead showed white bands
// beside the map, with ticks (-7.5, 7.5) beyond the data. The screen's ranges
// and layout come back afterwards.
class SquareCells {
public:
    SquareCells(QCustomPlot* plot, const QSize& logical) : m_plot(plot), m_area(QPoint(), logical) {
        QCPAxis* x = plot->xAxis;
        QCPAxis* y = plot->yAxis;
        const QRect screen = plot->axisRect() ? plot->axisRect()->rect() : QRect();
        if (!x || !y || screen.isEmpty() || x->scaleType() != QCPAxis::stLinear || y->scaleType() != QCPAxis::stLinear)
            return;
        m_x = x->range();
        m_y = y->range();
        const double sx = screen.width() / m_x.size(), sy = screen.height() / m_y.size();
        if (!(std::abs(sx / sy - 1.0) < 0.02)) return;
        m_changed = true;
        const double core = std::min(m_x.size(), m_y.size());
        x->setRange(m_x.center() - core / 2, m_x.center() + core / 2);
        y->setRange(m_y.center() - core / 2, m_y.center() + core / 2);
        // Lay the plot out to learn its axis rect, and take off what the
        // longer side has too much; twice, as the margins follow the labels.
        QSize size = logical;
        for (int pass = 0; pass < 2; ++pass) {
            QPicture dry;
            QCPPainter probe(&dry);
            plot->toPainter(&probe, size.width(), size.height());
            probe.end();
            const QRect r = plot->axisRect()->rect();
            if (r.isEmpty()) return;
            size -= QSize(std::max(0, r.width() - r.height()), std::max(0, r.height() - r.width()));
            x->setRange(m_x.center() - core / 2, m_x.center() + core / 2);
            y->setRange(m_y.center() - core / 2, m_y.center() + core / 2);
        }
        size = size.expandedTo(QSize(kMinFigureSide, kMinFigureSide));
        m_area = QRect(QPoint((logical.width() - size.width()) / 2, (logical.height() - size.height()) / 2), size);
    }
    ~SquareCells() {
        if (m_changed) {
            m_plot->xAxis->setRange(m_x);
            m_plot->yAxis->setRange(m_y);
        }
        // toPainter laid the plot out for the figure; lay it out for the screen
        // again now, not queued: the next figure of an "all formats" export
        // reads the screen's axis rect, and the window would show the
        // figure's tick labels until its next replot.
        m_plot->replot(QCustomPlot::rpImmediateRefresh);
    }
    // Where in the figure the plot is laid out and drawn.
    QRect area() const { return m_area; }

private:
    QCustomPlot* m_plot;
    QRect m_area;
    QCPRange m_x, m_y;
    bool m_changed = false;
};

// Any other widget at its on-screen size, scaled to fit and centred: its
// layout cannot be changed without disturbing the window.
void paintWidget(QWidget* view, QPainter* painter, const QSize& logical) {
    painter->fillRect(QRect(QPoint(), logical), view->palette().brush(QPalette::Window));
    const QSize own = view->size().isEmpty() ? view->sizeHint() : view->size();
    if (own.isEmpty()) return;
    const double scale = std::min(double(logical.width()) / own.width(), double(logical.height()) / own.height());
    painter->save();
    painter->translate((logical.width() - own.width() * scale) / 2.0, (logical.height() - own.height() * scale) / 2.0);
    painter->scale(scale, scale);
    view->render(painter, QPoint(), QRegion(), QWidget::DrawWindowBackground | QWidget::DrawChildren);
    painter->restore();
}

// device is laid out in logical pixels (its own transform maps them).
bool paintFigure(QWidget* view, QPaintDevice* device, const QSize& logical, bool vector, const QRect& window) {
    if (auto* plot = qobject_cast<QCustomPlot*>(view)) {
        SquareCells square(plot, logical);
        QCPPainter painter;
        if (!painter.begin(device)) return false;
        if (!window.isNull()) painter.setWindow(window);
        if (vector) painter.setMode(QCPPainter::pmVectorized);
        painter.setMode(QCPPainter::pmNoCaching);
        painter.fillRect(QRect(QPoint(), logical), Qt::white);
        painter.translate(square.area().topLeft());
        plot->toPainter(&painter, square.area().width(), square.area().height());
        painter.end();
        return true;
    }
    QPainter painter;
    if (!painter.begin(device)) return false;
    if (!window.isNull()) painter.setWindow(window);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    if (auto* graphics = qobject_cast<QGraphicsView*>(view))
        paintScene(graphics, &painter, logical);
    else
        paintWidget(view, &painter, logical);
    painter.end();
    return true;
}

QString figureError(const QString& title) {
    return QCoreApplication::translate("nnlab::FigureExport", "Could not draw the figure %1.").arg(title);
}

}  // namespace

QSize FigureOptions::logicalSize() const {
    const double s = kLogicalDpi / std::max(1, dpi);
    return QSize(std::max(1, int(std::lround(size.width() * s))), std::max(1, int(std::lround(size.height() * s))));
}

QString figureSuffix(FigureFormat format) {
    switch (format) {
    case FigureFormat::Png: return QStringLiteral("png");
    case FigureFormat::Svg: return QStringLiteral("svg");
    case FigureFormat::Pdf: return QStringLiteral("pdf");
    }
    return QStringLiteral("png");
}

FigureFormat figureFormatForPath(const QString& path, FigureFormat fallback) {
    const QString suffix = QFileInfo(path).suffix().toLower();
    for (FigureFormat f : {FigureFormat::Png, FigureFormat::Svg, FigureFormat::Pdf})
        if (suffix == figureSuffix(f)) return f;
    return fallback;
}

bool figureHasData(QWidget* view) {
    auto* plot = qobject_cast<QCustomPlot*>(view);
    if (!plot) return view != nullptr;
    for (int i = 0; i < plot->plottableCount(); ++i) {
        QCPAbstractPlottable* p = plot->plottable(i);
        if (!p->visible()) continue;
        if (auto* map = qobject_cast<QCPColorMap*>(p)) {
            if (map->data()->keySize() > 0 && map->data()->valueSize() > 0) return true;
        } else if (QCPPlottableInterface1D* data = p->interface1D(); data && data->dataCount() > 0) {
            return true;
        }
    }
    return false;
}

QImage renderFigureImage(QWidget* view, const FigureOptions& options) {
    QImage image(options.size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    const QSize logical = options.logicalSize();
    // The device pixel ratio makes the painter draw logical pixels at the
    // figure's resolution; fonts still resolve at 96 dpi, so the DPI is set
    // on the image only after painting.
    image.setDevicePixelRatio(double(options.size.width()) / logical.width());
    if (!view || !paintFigure(view, &image, logical, false, QRect())) return QImage();
    image.setDevicePixelRatio(1.0);
    const int dotsPerMeter = int(std::lround(options.dpi / 0.0254));
    image.setDotsPerMeterX(dotsPerMeter);
    image.setDotsPerMeterY(dotsPerMeter);
    return image;
}

QByteArray renderFigure(QWidget* view, FigureFormat format, const FigureOptions& options, const QString& title,
                        QString* error) {
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    const QSize logical = options.logicalSize();
    bool ok = view != nullptr;
    if (ok && format == FigureFormat::Png) {
        const QImage image = renderFigureImage(view, options);
        ok = !image.isNull() && image.save(&buffer, "PNG");
    } else if (ok && format == FigureFormat::Svg) {
        QSvgGenerator svg;
        svg.setOutputDevice(&buffer);
        svg.setResolution(int(kLogicalDpi));
        svg.setSize(logical);
        svg.setViewBox(QRect(QPoint(), logical));
        svg.setTitle(title);
        svg.setDescription(QStringLiteral("nnlab"));
        ok = paintFigure(view, &svg, logical, true, QRect());
    } else if (ok) {
        QPdfWriter pdf(&buffer);
        pdf.setResolution(int(kLogicalDpi));
        pdf.setCreator(QStringLiteral("nnlab"));
        pdf.setTitle(title);
        const QSizeF points(logical.width() * 72.0 / kLogicalDpi, logical.height() * 72.0 / kLogicalDpi);
        pdf.setPageLayout(QPageLayout(QPageSize(points, QPageSize::Point, QString(), QPageSize::ExactMatch),
                                      QPageLayout::Portrait, QMarginsF(0, 0, 0, 0)));
        // The page rounds to whole points: the window keeps the layout exact.
        ok = paintFigure(view, &pdf, logical, true, QRect(QPoint(), logical));
    }
    buffer.close();
    if (!ok || bytes.isEmpty()) {
        if (error) *error = figureError(title);
        return QByteArray();
    }
    return bytes;
}

bool writeWholeFile(const QString& path, const QByteArray& bytes, QString* error) {
    std::string reason;
    if (!tryWriteFileAtomically(QFile::encodeName(path).toStdString(), bytes.toStdString(), &reason)) {
        if (error)
            *error = QCoreApplication::translate("nnlab::FigureExport", "Could not write %1: %2")
                         .arg(QDir::toNativeSeparators(path), QString::fromLocal8Bit(reason.c_str()));
        return false;
    }
    return true;
}

bool writeFigure(QWidget* view, const QString& path, FigureFormat format, const FigureOptions& options,
                 const QString& title, QString* error) {
    const QByteArray bytes = renderFigure(view, format, options, title, error);
    return !bytes.isEmpty() && writeWholeFile(path, bytes, error);
}

void copyFigureToClipboard(QWidget* view, const FigureOptions& options) {
    const QImage image = renderFigureImage(view, options);
    if (!image.isNull()) QApplication::clipboard()->setImage(image);
}

FigureOptions lastFigureOptions() {
    QSettings settings;
    FigureOptions options;
    const QSize size = settings.value(kSizeKey, options.size).toSize();
    const int dpi = settings.value(kDpiKey, options.dpi).toInt();
    auto side = [](int v) { return std::clamp(v, kMinFigureSide, kMaxFigureSide); };
    options.size = QSize(side(size.width()), side(size.height()));
    options.dpi = std::clamp(dpi, kMinFigureDpi, kMaxFigureDpi);
    return options;
}

void saveFigureOptions(const FigureOptions& options) {
    QSettings settings;
    settings.setValue(kSizeKey, options.size);
    settings.setValue(kDpiKey, options.dpi);
}

FigureFormat lastFigureFormat() {
    return figureFormatForPath(QStringLiteral("x.") + QSettings().value(kFormatKey).toString());
}

void saveFigureFormat(FigureFormat format) {
    QSettings().setValue(kFormatKey, figureSuffix(format));
}

}  // namespace nnlab
