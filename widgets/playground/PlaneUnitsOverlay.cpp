#include "playground/PlaneUnitsOverlay.h"

#include "training/Snapshot.h"

#include <limits>
#include <qcustomplot.h>

namespace nnlab {

PlaneUnitsOverlay::PlaneUnitsOverlay(QCustomPlot* plot) : m_plot(plot) {
    const QColor ink(32, 36, 40);
    m_lines = new QCPCurve(plot->xAxis, plot->yAxis);
    m_lines->setPen(QPen(ink, 2.0));
    m_lines->setBrush(Qt::NoBrush);
    m_lines->setLineStyle(QCPCurve::lsLine);
    m_lines->setSelectable(QCP::stNone);
    // Curves, not graphs: the view's graphs are its data points, by index.
    m_dots = new QCPCurve(plot->xAxis, plot->yAxis);
    m_dots->setLineStyle(QCPCurve::lsNone);
    m_dots->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, QPen(ink, 1.5), QColor(255, 255, 255), 8));
    m_dots->setSelectable(QCP::stNone);
    m_lines->setVisible(false);
    m_dots->setVisible(false);
    // Above the data points, which are added later on the main layer.
    if (!plot->layer(QStringLiteral("units"))) plot->addLayer(QStringLiteral("units"), plot->layer(QStringLiteral("main")), QCustomPlot::limAbove);
    m_lines->setLayer(QStringLiteral("units"));
    m_dots->setLayer(QStringLiteral("units"));
}

bool PlaneUnitsOverlay::show(const Snapshot& s) {
    const bool any = s.planeUnits.rows() > 0 && s.planeUnits.cols() == 2;
    m_lines->setVisible(any);
    m_dots->setVisible(any);
    m_links = 0;
    if (!any) {
        m_lines->data()->clear();
        m_dots->data()->clear();
        return false;
    }
    const Matrix& u = s.planeUnits;
    QVector<double> order, xs, ys;
    for (Index i = 0; i < u.rows(); ++i) order.push_back(double(i)), xs.push_back(u(i, 0)), ys.push_back(u(i, 1));
    m_dots->setData(order, xs, ys, true);
    // One curve for every link: each is two points, then a gap (NaN) before the next.
    const double gap = std::numeric_limits<double>::quiet_NaN();
    QVector<double> t, lx, ly;
    for (const auto& [a, b] : s.planeLinks) {
        if (a < 0 || b < 0 || a >= u.rows() || b >= u.rows()) continue;
        for (const Index i : {a, b}) t.push_back(t.size()), lx.push_back(u(i, 0)), ly.push_back(u(i, 1));
        t.push_back(t.size()), lx.push_back(gap), ly.push_back(gap);
        ++m_links;
    }
    m_lines->setData(t, lx, ly, true);
    return true;
}

int PlaneUnitsOverlay::unitCount() const { return m_dots->visible() ? m_dots->dataCount() : 0; }

}  // namespace nnlab
