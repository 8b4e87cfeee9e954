#pragma once
// How a task's named history series (experiment/History.h) are worded in the
// window: the engine's English label translated in context "Series" (the
// supervised labels are listed for lupdate in TableLabels.cpp), a readout form
// with a capital, the right axis' name, and values (accuracy as a percentage).
#include "experiment/History.h"

#include <QString>

namespace nnlab {

QString seriesLabel(const SeriesInfo& series);          // "training loss"
QString seriesReadoutLabel(const SeriesInfo& series);   // "Training loss"
QString seriesAxisLabel(const SeriesInfo& series);      // "accuracy", "RMSE", or the label
QString formatSeriesValue(const SeriesInfo& series, double value);  // "81.2 %", "0.1234"

}  // namespace nnlab
