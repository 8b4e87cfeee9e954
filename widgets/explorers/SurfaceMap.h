#pragma once
// A 2-D loss surface as a pale colour map with level lines, its minima, a
// start marker and one trail per optimizer (a QCPCurve, since a path is no
// function of x), with a ring on each trail's head. A left click on the map
// reports the point, to move the start. Shared by the optimizer race and the
// batch/stochastic panel.
#include "explorers/Surfaces.h"

#include <QColor>
#include <qcustomplot.h>

#include <vector>

namespace nnlab {

class SurfaceMap : public QCustomPlot {
    Q_OBJECT
public:
    explicit SurfaceMap(QWidget* parent = nullptr);

    // Samples s on a resolution x resolution grid, redraws colours, level lines,
    // minima and axes. Colours follow log(f - min) when the surface asks for it.
    void setSurface(Surface& s, int resolution);
    // The same from samples made elsewhere (sampleSurface(s, n, n), e.g. on a
    // worker thread when each one is a forward pass of a network).
    void setSurface(const SurfaceInfo& info, std::vector<double> samples, int n);
    void setStart(Point2 start);
    // One trail per colour (old trails are removed); names go to tooltips and legends elsewhere.
    void setTrailColors(const std::vector<QColor>& colors);
    void setTrail(int i, const std::vector<Point2>& points);
    int trailCount() const { return int(m_trails.size()); }

    QCPColorMap* colorMap() const { return m_map; }
    QCPCurve* levelLines() const { return m_levels; }
    QCPCurve* trail(int i) const { return m_trails[std::size_t(i)]; }
    QCPCurve* head(int i) const { return m_heads[std::size_t(i)]; }
    QCPCurve* startMarker() const { return m_start; }
    int levelCount() const { return m_levelCount; }

    // The racer colours: the explorers' series colours (Okabe-Ito), distinct on the pale map.
    static QColor racerColor(int i);

signals:
    void pointPicked(double x, double y);

private:
    void onPress(QMouseEvent* event);

    QCPColorMap* m_map = nullptr;
    QCPCurve* m_levels = nullptr;
    QCPCurve* m_minima = nullptr;
    QCPCurve* m_start = nullptr;
    std::vector<QCPCurve*> m_trails, m_heads;
    int m_levelCount = 14;
};

// Moves plot's legend under the axis rect, `columns` entries per row, so it
// never hides a curve (as LossPlot does). Shared by the race's loss plots.
void placeLegendBelow(QCustomPlot* plot, int columns);

}  // namespace nnlab
