#include "explorers/SurfaceMap.h"

#include "explorers/Contours.h"
#include "explorers/ExplorerStyle.h"

#include <algorithm>
#include <cmath>

namespace nnlab {
namespace {

// Pale slate from low (near white) to high, so that saturated trails stand out.
QCPColorGradient paleGradient() {
    QCPColorGradient g;
    g.clearColorStops();
    g.setColorStopAt(0.0, QColor(0xfd, 0xfe, 0xff));
    g.setColorStopAt(0.45, QColor(0xd5, 0xdf, 0xea));
    g.setColorStopAt(1.0, QColor(0x86, 0x98, 0xae));
    g.setColorInterpolation(QCPColorGradient::ciRGB);
    return g;
}

}  // namespace

QColor SurfaceMap::racerColor(int i) { return explorer::seriesColor(i); }

SurfaceMap::SurfaceMap(QWidget* parent) : QCustomPlot(parent) {
    setMinimumSize(260, 220);
    setPlottingHint(QCP::phCacheLabels, true);
    axisRect()->setupFullAxesBox(true);
    xAxis2->setTickLabels(false);
    yAxis2->setTickLabels(false);
    for (QCPAxis* axis : {xAxis, yAxis}) axis->grid()->setVisible(false);

    m_map = new QCPColorMap(xAxis, yAxis);
    m_map->setInterpolate(true);
    m_map->setGradient(paleGradient());
    m_map->setSelectable(QCP::stNone);

    m_levels = new QCPCurve(xAxis, yAxis);
    m_levels->setPen(QPen(QColor(0x40, 0x4a, 0x58, 110), 0.8));
    m_levels->setSelectable(QCP::stNone);

    m_minima = new QCPCurve(xAxis, yAxis);
    m_minima->setLineStyle(QCPCurve::lsNone);
    m_minima->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssStar, QPen(QColor(0x10, 0x60, 0x30), 2.0), Qt::NoBrush, 13));

    m_start = new QCPCurve(xAxis, yAxis);
    m_start->setLineStyle(QCPCurve::lsNone);
    m_start->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCrossCircle, QPen(Qt::black, 1.6), QBrush(Qt::white), 12));

    // Minima and the start stay above the trails, which are added later on "main".
    m_minima->setLayer(QStringLiteral("axes"));
    m_start->setLayer(QStringLiteral("axes"));
    connect(this, &QCustomPlot::mousePress, this, &SurfaceMap::onPress);
}

void SurfaceMap::setSurface(Surface& s, int resolution) {
    const int n = std::max(8, resolution);
    setSurface(s.info(), sampleSurface(s, n, n), n);
}

void SurfaceMap::setSurface(const SurfaceInfo& in, std::vector<double> v, int n) {
    // Colour and level lines by log(f - min + eps) when values span decades: the
    // valley floor then keeps its contours instead of being one flat colour.
    double lo = *std::min_element(v.begin(), v.end()), hi = *std::max_element(v.begin(), v.end());
    lo = std::min(lo, in.minValue);
    if (in.logColour) {
        const double eps = 1e-6 * (hi - lo) + 1e-12;
        for (double& x : v) x = std::log10(x - lo + eps);
        hi = std::log10(hi - lo + eps);
        lo = std::log10(eps);
    }
    m_map->data()->setSize(n, n);
    m_map->data()->setRange(QCPRange(in.xMin, in.xMax), QCPRange(in.yMin, in.yMax));
    for (int iy = 0; iy < n; ++iy)
        for (int ix = 0; ix < n; ++ix) m_map->data()->setCell(ix, iy, v[std::size_t(iy) * std::size_t(n) + std::size_t(ix)]);
    m_map->setDataRange(QCPRange(lo, hi > lo ? hi : lo + 1.0));

    const std::vector<Point2> lines =
        contourLines(v, n, n, in.xMin, in.xMax, in.yMin, in.yMax, evenLevels(lo, hi, m_levelCount));
    QVector<double> t, lx, ly;
    t.reserve(int(lines.size()));
    lx.reserve(int(lines.size()));
    ly.reserve(int(lines.size()));
    for (std::size_t i = 0; i < lines.size(); ++i) {
        t.push_back(double(i));
        lx.push_back(lines[i].x);
        ly.push_back(lines[i].y);
    }
    m_levels->setData(t, lx, ly, true);

    QVector<double> mt, mx, my;
    for (const Point2& m : in.minima) {
        mt.push_back(mt.size());
        mx.push_back(m.x);
        my.push_back(m.y);
    }
    m_minima->setData(mt, mx, my, true);
    xAxis->setRange(in.xMin, in.xMax);
    yAxis->setRange(in.yMin, in.yMax);
    xAxis->setLabel(QString::fromStdString(in.xName));
    yAxis->setLabel(QString::fromStdString(in.yName));
}

void SurfaceMap::setStart(Point2 start) { m_start->setData({0.0}, {start.x}, {start.y}); }

void SurfaceMap::setTrailColors(const std::vector<QColor>& colors) {
    for (QCPCurve* c : m_trails) removePlottable(c);
    for (QCPCurve* c : m_heads) removePlottable(c);
    m_trails.clear();
    m_heads.clear();
    for (const QColor& color : colors) {
        auto* trail = new QCPCurve(xAxis, yAxis);
        trail->setPen(QPen(color, 1.8));
        trail->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, color, 3.5));
        trail->setSelectable(QCP::stNone);
        auto* head = new QCPCurve(xAxis, yAxis);
        head->setLineStyle(QCPCurve::lsNone);
        head->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, QPen(color, 2.2), QBrush(Qt::white), 10));
        head->setSelectable(QCP::stNone);
        m_trails.push_back(trail);
        m_heads.push_back(head);
    }
}

void SurfaceMap::setTrail(int i, const std::vector<Point2>& points) {
    QCPCurve* trail = m_trails[std::size_t(i)];
    QVector<double> t(int(points.size())), x(int(points.size())), y(int(points.size()));
    for (int k = 0; k < int(points.size()); ++k) {
        t[k] = k;
        x[k] = points[std::size_t(k)].x;
        y[k] = points[std::size_t(k)].y;
    }
    trail->setData(t, x, y, true);
    // Dots mark single steps while they can be told apart; long trails become lines.
    trail->setScatterSkip(points.size() > 400 ? int(points.size() / 200) : 0);
    if (!points.empty()) m_heads[std::size_t(i)]->setData({0.0}, {points.back().x}, {points.back().y});
    else m_heads[std::size_t(i)]->data()->clear();
}

void SurfaceMap::onPress(QMouseEvent* event) {
    if (event->button() != Qt::LeftButton || !axisRect()->rect().contains(event->pos())) return;
    emit pointPicked(xAxis->pixelToCoord(event->pos().x()), yAxis->pixelToCoord(event->pos().y()));
}

void placeLegendBelow(QCustomPlot* plot, int columns) {
    plot->legend->setVisible(true);
    plot->legend->setFont(QFont(plot->font().family(), qMax(7, plot->font().pointSize() - 2)));
    plot->legend->setBorderPen(Qt::NoPen);
    plot->legend->setRowSpacing(-4);
    plot->legend->setColumnSpacing(12);
    plot->legend->setFillOrder(QCPLayoutGrid::foColumnsFirst);
    plot->legend->setWrap(columns);
    plot->axisRect()->insetLayout()->take(plot->legend);
    auto* row = new QCPLayoutGrid;
    plot->plotLayout()->addElement(1, 0, row);
    row->setMargins(QMargins(0, 0, 0, 2));
    row->addElement(0, 0, plot->legend);
    plot->plotLayout()->setRowStretchFactor(1, 0.001);
}

}  // namespace nnlab
