#pragma once
// What an image classifier gets right and wrong, live while it trains: test
// images with the predicted class (wrong ones in red), the confusion matrix,
// and the worst mistakes (the wrong answers it was surest of). Reads the
// image payloads of a snapshot (core/tasks/supervised/ImageResults.h).
#include "training/Snapshot.h"

#include <QStringList>
#include <QWidget>

#include <memory>
#include <string>
#include <vector>

class QLabel;

namespace nnlab {

class ConfusionMatrixView;
class ImageTileGrid;

class ImageResultsPanel : public QWidget {
    Q_OBJECT
public:
    explicit ImageResultsPanel(QWidget* parent = nullptr);

    void setClassNames(const std::vector<std::string>& names);
    bool hasResults() const { return m_hasResults; }
    ImageTileGrid* gallery() const { return m_gallery; }
    ImageTileGrid* mistakes() const { return m_mistakes; }
    ConfusionMatrixView* confusion() const { return m_confusion; }
    QLabel* summary() const { return m_summary; }

public slots:
    void showSnapshot(std::shared_ptr<const nnlab::Snapshot> snapshot);

signals:
    // A run's first image results: the window may bring this view forward.
    void resultsAppeared();

private:
    QString className(Index k) const;
    void showNothing();

    QLabel* m_empty = nullptr;
    QWidget* m_results = nullptr;
    QLabel* m_summary = nullptr;
    QLabel* m_mistakesTitle = nullptr;
    ImageTileGrid* m_gallery = nullptr;
    ConfusionMatrixView* m_confusion = nullptr;
    ImageTileGrid* m_mistakes = nullptr;
    QStringList m_classNames;
    Matrix m_shownProbabilities;  // the gallery's, to skip frames that bring nothing new
    bool m_hasResults = false;
};

}  // namespace nnlab
