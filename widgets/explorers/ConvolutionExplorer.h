#pragma once
// Concept explorer "convolution": a kernel sweeping over a small grid of
// numbers (animated, each output's sum written out), the output-size formula
// with the chosen numbers, kernel presets (identity, blur, sharpen, edge)
// applied to a picture drawn here, max / average / global pooling and the
// transposed convolution the same way. Every number comes from the engine's
// layers (conv2d, conv_transpose2d, maxpool2d, avgpool2d, global_avgpool).
// The notes' worked examples (ad3501 Unit II: WE-17, 20, 22, 25, 26, 27 and
// the pooling size) are presets; where the notes print a wrong value the
// page shows the right one with a "Notes error" remark.
#include "explorers/ConvGridView.h"

#include <QImage>
#include <QWidget>

class QComboBox;
class QLabel;
class QSlider;
class QSpinBox;
class QTimer;
class QToolButton;

namespace nnlab {

class ConvolutionExplorer : public QWidget {
    Q_OBJECT
public:
    using Kind = ConvSweep::Kind;
    explicit ConvolutionExplorer(QWidget* parent = nullptr);

    // Worked examples by id: we25, we25-stride1, we17, we20, pool-2x2, pool-4x4,
    // we26, we27, custom. Unknown ids are ignored.
    QStringList exampleIds() const;
    void setExample(const QString& id);
    QString example() const;

    void setKind(Kind kind);
    Kind kind() const;
    void setInputSize(int n);
    void setKernelSize(int k);
    void setStride(int s);
    void setPadding(int p);
    void setDilation(int d);
    void setOutputPadding(int op);
    // identity, box, gaussian, sharpen, edge, we25, we20
    void setPreset(const QString& id);
    // A grid of numbers (square) as the input; the example becomes "custom".
    void setInput(const Matrix& grid);

    // What the page shows.
    const ConvSweep& sweep() const { return m_sweep; }
    const Matrix& output() const { return m_sweep.output; }  // empty when the settings do not fit
    QString sizeFormula() const;   // the output-size formula with the numbers
    QString remark() const;        // the worked example's text, notes errors included
    QString error() const { return m_error; }
    void setStep(int step);
    int stepCount() const { return m_sweep.stepCount(); }
    QString stepText() const;      // the current output's sum, "y[0,1] = 7·3 + ... = 100"
    QImage picture() const { return m_pictureIn; }
    QImage filteredPicture() const { return m_pictureOut; }
    bool isPlaying() const;

public slots:
    void play(bool on);

private:
    void buildControls();
    void settingsChanged();
    void recompute();
    void updateVisibility();
    void renderPictures();
    void advance();

    QComboBox* m_exampleCombo;
    QComboBox* m_kindCombo;
    QComboBox* m_presetCombo;
    QSpinBox *m_size, *m_kernel, *m_stride, *m_padding, *m_dilation, *m_outputPadding;
    QLabel* m_dilationLabel;
    QLabel* m_outputPaddingLabel;
    QLabel* m_presetLabel;
    ConvGridView* m_grid;
    QToolButton* m_play;
    QSlider* m_stepSlider;
    QTimer* m_timer;
    QLabel* m_stepText;
    QLabel* m_formula;
    QLabel* m_remark;
    QLabel* m_pictureInLabel;
    QLabel* m_pictureOutLabel;
    QLabel* m_pictureCaption;

    ConvSweep m_sweep;
    QString m_example = "we25";
    QString m_remarkHtml, m_error;
    QImage m_pictureIn, m_pictureOut;
    bool m_updating = false;
};

}  // namespace nnlab
