#pragma once
// The confusion matrix: one row per true class, one column per predicted
// class, the count in each cell and the cell shaded by the share of its row,
// so a class that is often mistaken for another stands out at a glance.
#include "Types.h"

#include <QStringList>
#include <QWidget>

namespace nnlab {

class ConfusionMatrixView : public QWidget {
    Q_OBJECT
public:
    explicit ConfusionMatrixView(QWidget* parent = nullptr);

    void setMatrix(const Matrix& counts, const QStringList& classNames);
    const Matrix& counts() const { return m_counts; }

    QSize sizeHint() const override { return {320, 300}; }
    QSize minimumSizeHint() const override { return {160, 150}; }
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override { return width; }

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    Matrix m_counts;
    QStringList m_names;
};

}  // namespace nnlab
