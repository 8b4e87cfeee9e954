#pragma once
// The "Look inside" dock: CNN Explainer's overview and detail views on the
// student's own network, while it trains. The image is a test image (by its
// number) or the student's drawing (or a loaded picture); the worker runs the
// network on it and sends every layer's output (SetInspection, asked for only
// while this panel is active: its dock shown). Beside the overview: the drawing pad, the
// answer, and the first layer's kernels.
#include "inside/InsideFrame.h"
#include "training/Command.h"

#include <QStringList>
#include <QWidget>

#include <memory>
#include <optional>

class QComboBox;
class QLabel;
class QPushButton;
class QScrollArea;
class QSpinBox;
class QStackedWidget;
class QTabWidget;
class QToolButton;

namespace nnlab {

class DrawingPad;
class FeatureMapOverview;
class KernelGallery;
class UnitDetailView;

class LookInsidePanel : public QWidget {
    Q_OBJECT
public:
    explicit LookInsidePanel(QWidget* parent = nullptr);

    void setClassNames(const std::vector<std::string>& names);
    bool hasFrame() const { return m_frame.has_value(); }
    const InsideFrame* frame() const { return m_frame ? &*m_frame : nullptr; }
    DrawingPad* drawingPad() const { return m_pad; }
    FeatureMapOverview* overview() const { return m_overview; }
    UnitDetailView* detail() const { return m_detail; }
    KernelGallery* kernels() const { return m_kernels; }
    QToolButton* enlargeButton() const { return m_enlarge; }
    QLabel* answer() const { return m_answer; }
    QSpinBox* testIndex() const { return m_index; }
    // What the panel asks of the worker now.
    SetInspection request() const;

public slots:
    void showSnapshot(std::shared_ptr<const nnlab::Snapshot> snapshot);
    // On while the student can see it (its dock is the current tab): only then
    // does the worker compute the feature maps.
    void setActive(bool active);
    // The Enlarge button shows whether the window gives the panel all its room
    // (the window does it: enlargeToggled); this only sets the button.
    void setEnlarged(bool enlarged);

signals:
    void inspectionRequested(const nnlab::SetInspection& inspection);
    // The student asks for the whole window (true) or the usual docks back.
    void enlargeToggled(bool enlarged);

protected:
    void hideEvent(QHideEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void sendRequest();
    void chooseStage(int stage, int channel);
    void useDrawing(const Matrix& pixels);
    void loadImageFile();
    void showAnswer();

    QComboBox* m_source = nullptr;
    QSpinBox* m_index = nullptr;
    QComboBox* m_scale = nullptr;
    QToolButton* m_enlarge = nullptr;
    QLabel* m_answer = nullptr;
    QLabel* m_empty = nullptr;
    QStackedWidget* m_pages = nullptr;
    QScrollArea* m_pagesArea = nullptr;     // the panel's one scroll area, around m_pages
    QScrollArea* m_overviewArea = nullptr;  // the overview's own, sideways only
    QTabWidget* m_lower = nullptr;
    DrawingPad* m_pad = nullptr;
    FeatureMapOverview* m_overview = nullptr;
    UnitDetailView* m_detail = nullptr;
    KernelGallery* m_kernels = nullptr;
    QStringList m_classNames;
    std::optional<InsideFrame> m_frame;
    Matrix m_drawing;      // the image sent when the source is the drawing
    int m_expandStage = 1;  // the first conv unit (the panel opens it): its split comes with the first frame
    int m_expandUnit = 0;
    bool m_shown = false;
};

}  // namespace nnlab
