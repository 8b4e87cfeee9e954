#pragma once
// The units a kind places in the plane (Snapshot::planeUnits: a Kohonen
// map's prototypes), drawn over the data on the output map as dots joined by
// their links, so a student sees the chain follow the points.
#include "Types.h"

#include <utility>
#include <vector>

class QCustomPlot;
class QCPCurve;

namespace nnlab {

struct Snapshot;

class PlaneUnitsOverlay {
public:
    explicit PlaneUnitsOverlay(QCustomPlot* plot);
    // False (and nothing drawn) when the snapshot places no units.
    bool show(const Snapshot& snapshot);
    int unitCount() const;
    int linkCount() const { return m_links; }

private:
    QCustomPlot* m_plot;
    QCPCurve* m_lines = nullptr;  // the links, broken by NaN between them
    QCPCurve* m_dots = nullptr;
    int m_links = 0;
};

}  // namespace nnlab
