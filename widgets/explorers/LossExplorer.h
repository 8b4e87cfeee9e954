#pragma once
// Concept explorer "losses": each loss of the engine's table and its gradient
// against the prediction, for a chosen target: MSE, MAE, Huber(delta) and
// log-cosh together; binary cross-entropy on a probability; hinge on a score
// with a +-1 label. An "outlier" switch adds one bad point to a small set and
// shows what it does to each loss: the mean loss with and without it, and the
// outlier's share of the summed gradient magnitude (MSE lets it dominate,
// MAE and Huber cap it). Values and gradients come from lossTable().
#include <QMap>
#include <QVector>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QCPGraph;
class QCustomPlot;
class QLabel;
class QTableWidget;

namespace nnlab {

class ValueSlider;

class LossExplorer : public QWidget {
    Q_OBJECT
public:
    enum class Group { Regression, Bce, Hinge };
    struct OutlierEffect {
        double cleanMean = 0.0;    // mean loss over the clean points
        double withOutlier = 0.0;  // mean loss with the outlier added
        double gradientShare = 0.0;  // |g_outlier| / sum |g_i|, in [0, 1]
    };

    explicit LossExplorer(QWidget* parent = nullptr);

    void setGroup(Group g);
    Group group() const;
    void setTarget(double y);  // regression target, bce target in [0, 1], hinge label (sign)
    double target() const;
    void setDelta(double delta);  // Huber's delta
    void setOutlier(bool on);
    bool outlierShown() const;

    QStringList lossNames() const;  // the losses of the current group
    QCPGraph* lossGraph(const QString& name) const { return m_lossGraphs.value(name); }
    QCPGraph* gradientGraph(const QString& name) const { return m_gradGraphs.value(name); }
    OutlierEffect outlierEffect(const QString& name) const;
    QTableWidget* outlierTable() const { return m_table; }
    QString formula() const;
    QString examples() const;
    QCustomPlot* lossPlot() const { return m_lossPlot; }
    QCustomPlot* gradientPlot() const { return m_gradPlot; }

private:
    void rebuild();
    void recompute();
    void fillOutlierTable();
    // The point set of the group: predictions, targets (the last row the outlier).
    void pointSet(bool withOutlier, QVector<double>& pred, QVector<double>& target) const;

    QComboBox* m_group;
    ValueSlider* m_target;
    ValueSlider* m_delta;
    QCheckBox* m_outlier;
    QCustomPlot* m_lossPlot;
    QCustomPlot* m_gradPlot;
    QMap<QString, QCPGraph*> m_lossGraphs, m_gradGraphs;
    QCPGraph* m_points = nullptr;
    QCPGraph* m_outlierPoint = nullptr;
    QTableWidget* m_table;
    QLabel* m_formula;
    QLabel* m_examples;
};

}  // namespace nnlab
