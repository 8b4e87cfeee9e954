#include "common/SeriesLabels.h"

#include <QCoreApplication>
#include <QLocale>

namespace nnlab {
namespace {

bool endsWith(const std::string& text, const char* tail) {
    const std::string t(tail);
    return text.size() >= t.size() && text.compare(text.size() - t.size(), t.size(), t) == 0;
}

}  // namespace

QString seriesLabel(const SeriesInfo& series) {
    return QCoreApplication::translate("Series", series.label.c_str());
}

QString seriesReadoutLabel(const SeriesInfo& series) {
    QString label = seriesLabel(series);
    if (!label.isEmpty()) label[0] = label[0].toUpper();
    return label;
}

QString seriesAxisLabel(const SeriesInfo& series) {
    if (endsWith(series.csvColumn(), "accuracy")) return QCoreApplication::translate("Series", "accuracy");
    if (endsWith(series.csvColumn(), "rmse")) return QCoreApplication::translate("Series", "RMSE");
    // A game's four right-hand series in two short words, so the axis title fits.
    if (endsWith(series.csvColumn(), "divergence")) return QCoreApplication::translate("Series", "divergence");
    if (series.label.rfind("D(", 0) == 0) return QStringLiteral("D(x)");
    return seriesLabel(series);
}

QString formatSeriesValue(const SeriesInfo& series, double value) {
    const QLocale locale;
    if (endsWith(series.csvColumn(), "accuracy")) return locale.toString(100.0 * value, 'f', 1) + QStringLiteral(" %");
    return locale.toString(value, 'g', 4);
}

}  // namespace nnlab
