#include "ReportContent.h"

#include "common/SeriesLabels.h"

#include <cmath>

#include <QLocale>
#include <QStringList>

namespace nnlab {

namespace {

QString number(double v) {
    return QLocale().toString(v, 'g', 6);
}

// "adam (lr 0.001, beta1 0.9)": the parameters the file sets; the rest take
// the table's defaults, as the experiment file says.
QString named(const NamedSpec& spec) {
    const QString name = QString::fromStdString(spec.name);
    if (spec.params.empty()) return name;
    QStringList params;
    for (const auto& [key, value] : spec.params) params << QString::fromStdString(key) + ' ' + number(value);
    return QStringLiteral("%1 (%2)").arg(name, params.join(QStringLiteral(", ")));
}

QString joined(const std::vector<std::string>& items) {
    QStringList out;
    for (const std::string& s : items) out << QString::fromStdString(s);
    return out.join(QStringLiteral(", "));
}

}  // namespace

QList<ReportSection> ReportContent::settings(const Experiment& e) {
    QList<ReportSection> sections;

    ReportSection data{tr("Data"), {}};
    const DataSpec& d = e.data;
    if (d.generator == "csv") {
        data.rows << ReportRow{tr("Data set"), tr("CSV file %1").arg(QString::fromStdString(d.csvPath))};
    } else if (d.generator == "custom") {
        data.rows << ReportRow{tr("Data set"), tr("drawn by hand, %n points", nullptr, int(d.customPoints.rows()))};
    } else {
        data.rows << ReportRow{tr("Data set"), QString::fromStdString(d.generator)};
        data.rows << ReportRow{tr("Points"), QLocale().toString(d.points)};
        data.rows << ReportRow{tr("Classes"), QLocale().toString(d.classes)};
        data.rows << ReportRow{tr("Noise"), number(d.noise)};
    }
    if (d.problem != "auto") data.rows << ReportRow{tr("Problem"), QString::fromStdString(d.problem)};
    data.rows << ReportRow{tr("Training share"), QLocale().toString(d.trainRatio * 100.0, 'g', 4) + QStringLiteral(" %")};
    data.rows << ReportRow{tr("Data seed"), QString::number(d.seed)};
    data.rows << ReportRow{tr("Features"), joined(e.features)};
    sections << data;

    ReportSection net{tr("Network"), {}};
    for (std::size_t i = 0; i < e.network.layers.size(); ++i) {
        const LayerSpec& l = e.network.layers[i];
        QStringList parts{QString::fromStdString(l.type)};
        if (l.units > 0) parts << tr("%n units", nullptr, int(l.units));
        if (l.activation.name != "linear" || l.type == "dense") parts << tr("activation %1").arg(named(l.activation));
        if (l.type == "dense" || l.type == "maxout" || l.type.find("conv") != std::string::npos) {
            parts << tr("weights %1").arg(named(l.weightInit));
            parts << tr("biases %1").arg(named(l.biasInit));
        }
        for (const auto& [key, value] : l.options) parts << QString::fromStdString(key) + ' ' + number(value);
        const QString name = l.name.empty() ? tr("layer %1").arg(i + 1) : QString::fromStdString(l.name);
        const bool isOutput = i + 1 == e.network.layers.size();
        net.rows << ReportRow{isOutput && !name.contains(QLatin1String("output")) ? tr("%1 (output)").arg(name) : name,
                              parts.join(QStringLiteral(", "))};
    }
    sections << net;

    ReportSection train{tr("Training"), {}};
    train.rows << ReportRow{tr("Loss"), named(e.loss)};
    train.rows << ReportRow{tr("Optimizer"), named(e.optimizer)};
    const RegularizationSpec& r = e.regularization;
    QStringList reg;
    if (r.l1 > 0) reg << tr("L1 %1").arg(number(r.l1));
    if (r.l2 > 0) reg << tr("L2 %1").arg(number(r.l2));
    if (r.maxNorm > 0) reg << tr("max-norm %1").arg(number(r.maxNorm));
    if (r.clipValue > 0) reg << tr("gradient clip at %1").arg(number(r.clipValue));
    if (r.clipNorm > 0) reg << tr("gradient norm clip at %1").arg(number(r.clipNorm));
    train.rows << ReportRow{tr("Regularisation"), reg.isEmpty() ? tr("none") : reg.join(QStringLiteral(", "))};
    const ScheduleSpec& s = e.schedule;
    QString schedule = QString::fromStdString(s.kind);
    if (s.kind == "step") schedule = tr("step: \u00d7%1 every %2 epochs").arg(number(s.gamma), number(s.stepEpochs));
    else if (s.kind == "exponential") schedule = tr("exponential: \u00d7%1 per %2 epochs").arg(number(s.gamma), number(s.stepEpochs));
    else if (s.kind == "cosine") schedule = tr("cosine down to %1").arg(number(s.minLr));
    if (s.warmupEpochs > 0) schedule += tr(", warm-up %1 epochs").arg(number(s.warmupEpochs));
    train.rows << ReportRow{tr("Learning-rate schedule"), schedule};
    if (e.earlyStopping.enabled)
        train.rows << ReportRow{tr("Early stopping"), tr("patience %1 epochs").arg(e.earlyStopping.patience)};
    train.rows << ReportRow{tr("Batch size"), e.batchSize > 0 ? QLocale().toString(e.batchSize) : tr("whole training set")};
    train.rows << ReportRow{tr("Epochs"), QLocale().toString(e.epochs)};
    train.rows << ReportRow{tr("Seed"), QString::number(e.seed)};
    sections << train;
    return sections;
}

QList<ReportRow> ReportContent::metrics(const std::vector<SeriesInfo>& series, const std::vector<HistoryPoint>& history,
                                        std::uint64_t step, std::uint64_t epoch) {
    QList<ReportRow> rows;
    rows << ReportRow{tr("Epoch"), QLocale().toString(qulonglong(epoch))};
    rows << ReportRow{tr("Step"), QLocale().toString(qulonglong(step))};
    if (history.empty()) {
        rows << ReportRow{tr("Loss"), tr("not trained yet")};
        return rows;
    }
    // Every series the task reports, as it named it; rates stay in the settings.
    const HistoryPoint& p = history.back();
    for (std::size_t i = 0; i < series.size() && i < kMaxSeries; ++i) {
        if (series[i].role == SeriesRole::Rate || std::isnan(p.values[i])) continue;
        rows << ReportRow{seriesReadoutLabel(series[i]), series[i].role == SeriesRole::Loss ? number(p.values[i])
                                                                                          : formatSeriesValue(series[i], p.values[i])};
    }
    return rows;
}

}  // namespace nnlab
