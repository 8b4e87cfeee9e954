#include "explorers/ConvolutionExplorer.h"

#include "Error.h"
#include "explorers/ExplorerStyle.h"
#include "layers/ConvGeometry.h"
#include "layers/LayerTable.h"
#include "random/Rng.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPixmap>
#include <QSlider>
#include <QSpinBox>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <cmath>

namespace nnlab {
namespace {

constexpr int kPictureSize = 64;
constexpr int kPictureShown = 196;  // pixels on screen

Matrix grid(std::initializer_list<std::initializer_list<double>> rows) {
    Matrix m(Index(rows.size()), Index(rows.begin()->size()));
    Index r = 0;
    for (const auto& row : rows) {
        Index c = 0;
        for (double v : row) m(r, c++) = v;
        ++r;
    }
    return m;
}

// WE-25's input, as the notes print it (the garbled "3 ⁻²" cell read as 2).
Matrix we25Input() {
    return grid({{2, 3, 7, 4, 6, 2, 9},
                 {6, 6, 9, 8, 7, 4, 3},
                 {3, 4, 8, 3, 8, 9, 7},
                 {7, 8, 3, 6, 6, 3, 4},
                 {4, 2, 1, 8, 3, 4, 6},
                 {3, 2, 4, 1, 9, 8, 3},
                 {0, 1, 3, 9, 2, 1, 4}});
}

// Small whole numbers 0..9, the same for the same size.
Matrix numberGrid(int n, std::uint64_t seed = 7) {
    Rng rng(seed + std::uint64_t(n));
    Matrix m(n, n);
    for (Index i = 0; i < m.size(); ++i) m.data()[i] = double(uniformIndex(rng, 10));
    return m;
}

// Fixed-size presets return their size; the others fit any k.
int presetSize(const QString& id) {
    if (id == "gaussian" || id == "sharpen" || id == "edge" || id == "we25") return 3;
    if (id == "we20") return 2;
    return 0;
}

Matrix presetKernel(const QString& id, int k) {
    if (id == "gaussian") return grid({{1, 2, 1}, {2, 4, 2}, {1, 2, 1}}) / 16.0;
    if (id == "sharpen") return grid({{0, -1, 0}, {-1, 5, -1}, {0, -1, 0}});
    if (id == "edge") return grid({{-1, -1, -1}, {-1, 8, -1}, {-1, -1, -1}});
    if (id == "we25") return grid({{3, 4, 4}, {1, 0, 2}, {-1, 0, 3}});
    if (id == "we20") return grid({{0, 1}, {1, 2}});
    if (id == "box") return Matrix::Constant(k, k, 1.0 / double(k * k));
    Matrix m = Matrix::Zero(k, k);  // identity: 1 in the centre (upper-left of it for even k)
    m((k - 1) / 2, (k - 1) / 2) = 1.0;
    return m;
}

// A 64x64 picture drawn here: a gradient sky, a bright disc, a dark square,
// diagonal stripes and a cross, so that blur, sharpen, edges and pooling all
// have something to act on.
Matrix syntheticPicture(int n) {
    Matrix m(n, n);
    const double s = double(n) / 64.0;
    for (int r = 0; r < n; ++r)
        for (int c = 0; c < n; ++c) {
            const double x = c / s, y = r / s;
            double v = 0.18 + 0.3 * y / 64.0;
            if ((x - 20) * (x - 20) + (y - 21) * (y - 21) < 12.5 * 12.5) v = 0.92;
            if (x >= 37 && x < 57 && y >= 8 && y < 27) v = 0.04;
            if (x >= 4 && x < 30 && y >= 38 && y < 60) v = (int((x + y) / 4) % 2) ? 0.85 : 0.2;
            if ((y >= 46 && y < 49 && x >= 36 && x < 61) || (x >= 47 && x < 50 && y >= 35 && y < 61)) v = 1.0;
            m(r, c) = v;
        }
    return m;
}

// Grey levels: lo..hi to black..white.
QImage toImage(const Matrix& m, double lo, double hi, bool absolute) {
    QImage img(int(m.cols()), int(m.rows()), QImage::Format_Grayscale8);
    for (int r = 0; r < m.rows(); ++r) {
        uchar* line = img.scanLine(r);
        for (int c = 0; c < m.cols(); ++c) {
            double v = absolute ? std::abs(m(r, c)) : m(r, c);
            v = hi > lo ? (v - lo) / (hi - lo) : 0.5;
            line[c] = uchar(std::lround(255.0 * std::clamp(v, 0.0, 1.0)));
        }
    }
    return img;
}

// The engine's layer for the sweep's kind and settings, run on one
// single-channel grid. Empty with the engine's message when it does not fit.
Matrix runEngine(const ConvSweep& s, const Matrix& input, QString& error) {
    LayerSpec spec;
    spec.units = 1;
    spec.weightInit = NamedSpec("zeros");
    const double k = double(s.kernelSize());
    switch (s.kind) {
    case ConvSweep::Kind::Convolution:
        spec.type = "conv2d";
        spec.options = {{"kernel", k}, {"stride", double(s.stride)}, {"padding", double(s.padding)}, {"dilation", double(s.dilation)}};
        break;
    case ConvSweep::Kind::Transposed:
        spec.type = "conv_transpose2d";
        spec.options = {{"kernel", k}, {"stride", double(s.stride)}, {"padding", double(s.padding)},
                        {"dilation", double(s.dilation)}, {"output_padding", double(s.outputPadding)}};
        break;
    case ConvSweep::Kind::MaxPool:
    case ConvSweep::Kind::AvgPool:
        spec.type = s.kind == ConvSweep::Kind::MaxPool ? "maxpool2d" : "avgpool2d";
        spec.options = {{"kernel", k}, {"stride", double(s.stride)}, {"padding", double(s.padding)}};
        break;
    case ConvSweep::Kind::GlobalPool:
        spec.type = "global_avgpool";
        break;
    }
    spec.name = spec.type;
    try {
        LayerPtr layer = makeLayer(spec);
        const Shape in{1, input.rows(), input.cols()};
        const Shape out = layer->outputShape(in);
        layer->reserve(in, 1);
        for (Param& p : layer->params()) {
            if (p.name == "W") std::copy(s.kernel.data(), s.kernel.data() + s.kernel.size(), p.value->data());
            else p.value->setZero();
        }
        Matrix x(1, input.size());
        std::copy(input.data(), input.data() + input.size(), x.data());  // both row-major
        Rng rng(1);
        Pass pass{false, &rng};
        layer->forward(x, pass);
        const Index ho = out.dims.size() == 3 ? out.dims[1] : 1, wo = out.dims.size() == 3 ? out.dims[2] : 1;
        Matrix result(ho, wo);
        std::copy(layer->output().data(), layer->output().data() + result.size(), result.data());
        error.clear();
        return result;
    } catch (const Error& e) {
        error = QString::fromStdString(e.what());
        return Matrix();
    }
}

QString n(double v) { return ConvGridView::cellText(v); }
QString paren(double v) { return v < 0 ? "(" + n(v) + ")" : n(v); }

}  // namespace

// ---------------------------------------------------------------------------

ConvolutionExplorer::ConvolutionExplorer(QWidget* parent) : QWidget(parent) {
    buildControls();
    setExample("we25");
}

void ConvolutionExplorer::buildControls() {
    m_exampleCombo = new QComboBox(this);
    m_exampleCombo->addItem(tr("WE-25: 7×7, stride 2 (the notes print 3 wrong values)"), "we25");
    m_exampleCombo->addItem(tr("WE-25 at stride 1: the full 5×5 map"), "we25-stride1");
    m_exampleCombo->addItem(tr("WE-17: sharpen kernel, first output −45"), "we17");
    m_exampleCombo->addItem(tr("WE-20 / WE-22: 5×5 input, 2×2 filter → 4×4"), "we20");
    m_exampleCombo->addItem(tr("Pooling [[1,3],[2,4]]: max 4, average 2.5"), "pool-2x2");
    m_exampleCombo->addItem(tr("Pooling size: 4×4, f = 2, s = 2 (notes' formula error)"), "pool-4x4");
    m_exampleCombo->addItem(tr("WE-26: transposed, 3×3 → 5×5 with stride 2"), "we26");
    m_exampleCombo->addItem(tr("WE-27: dilation 2"), "we27");
    m_exampleCombo->addItem(tr("Your own settings"), "custom");
    m_exampleCombo->setToolTip(tr("The worked examples of the course notes (Unit II), recomputed by the engine."));

    m_kindCombo = new QComboBox(this);
    m_kindCombo->addItem(tr("Convolution"), int(Kind::Convolution));
    m_kindCombo->addItem(tr("Transposed convolution"), int(Kind::Transposed));
    m_kindCombo->addItem(tr("Max pooling"), int(Kind::MaxPool));
    m_kindCombo->addItem(tr("Average pooling"), int(Kind::AvgPool));
    m_kindCombo->addItem(tr("Global average pooling"), int(Kind::GlobalPool));
    m_kindCombo->setToolTip(tr("The operation swept over the grid: each is the engine's layer of that name."));

    auto spin = [this](int lo, int hi, const QString& tip) {
        auto* s = new QSpinBox(this);
        s->setRange(lo, hi);
        s->setToolTip(tip);
        connect(s, &QSpinBox::valueChanged, this, &ConvolutionExplorer::settingsChanged);
        return s;
    };
    m_size = spin(1, 12, tr("Input size I: the grid is I×I."));
    m_kernel = spin(1, 5, tr("Kernel (or pooling window) size K: K×K."));
    m_stride = spin(1, 4, tr("Stride S: how far the window moves between outputs."));
    m_padding = spin(0, 3, tr("Padding P: rings of zeros around the input (for max pooling they count as −∞; for the "
                              "transposed convolution P crops the output)."));
    m_dilation = spin(1, 3, tr("Dilation D: the kernel's taps are D pixels apart, so it spans D(K − 1) + 1."));
    m_outputPadding = spin(0, 3, tr("Output padding: extra rows and columns at the bottom and right of a transposed "
                                    "convolution's output (smaller than the stride)."));
    m_presetCombo = new QComboBox(this);
    m_presetCombo->addItem(tr("identity"), "identity");
    m_presetCombo->addItem(tr("box blur (K×K)"), "box");
    m_presetCombo->addItem(tr("Gaussian blur"), "gaussian");
    m_presetCombo->addItem(tr("sharpen"), "sharpen");
    m_presetCombo->addItem(tr("edge"), "edge");
    m_presetCombo->addItem(tr("WE-25 kernel"), "we25");
    m_presetCombo->addItem(tr("WE-20 filter"), "we20");
    m_presetCombo->setToolTip(tr("The kernel's numbers. Identity, blur and sharpen sum to 1 and keep a flat picture "
                                 "as it is; edge sums to 0 and turns it black (WE-16)."));
    connect(m_presetCombo, &QComboBox::currentIndexChanged, this, [this] {
        if (m_updating) return;
        const int fixed = presetSize(m_presetCombo->currentData().toString());
        if (fixed) {
            const QSignalBlocker b(m_kernel);
            m_kernel->setValue(fixed);
        }
        settingsChanged();
    });
    connect(m_kindCombo, &QComboBox::currentIndexChanged, this, &ConvolutionExplorer::settingsChanged);
    connect(m_exampleCombo, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_updating) setExample(m_exampleCombo->currentData().toString());
    });

    m_grid = new ConvGridView(this);
    m_grid->setToolTip(tr("The highlighted window is multiplied by the kernel, cell by cell, and summed into the "
                          "highlighted output (pooling takes the maximum or the mean instead)."));
    m_play = new QToolButton(this);
    m_play->setCheckable(true);
    m_play->setText(tr("Play"));
    m_play->setToolTip(tr("Sweep the kernel over the input, one output per step."));
    m_stepSlider = new QSlider(Qt::Horizontal, this);
    m_stepSlider->setToolTip(tr("The output being computed: drag to step through the sweep."));
    m_timer = new QTimer(this);
    m_timer->setInterval(700);
    connect(m_timer, &QTimer::timeout, this, &ConvolutionExplorer::advance);
    connect(m_play, &QToolButton::toggled, this, &ConvolutionExplorer::play);
    connect(m_stepSlider, &QSlider::valueChanged, this, &ConvolutionExplorer::setStep);

    m_stepText = explorer::richLabel(this);
    m_stepText->setToolTip(tr("The current output written out: the products of the window and the kernel and their sum."));
    m_formula = explorer::richLabel(this);
    m_formula->setToolTip(tr("The output size with the numbers chosen above."));
    m_remark = explorer::richLabel(this);

    m_pictureInLabel = new QLabel(this);
    m_pictureOutLabel = new QLabel(this);
    for (QLabel* l : {m_pictureInLabel, m_pictureOutLabel}) {
        l->setFixedSize(kPictureShown, kPictureShown);
        l->setAlignment(Qt::AlignCenter);
        l->setFrameShape(QFrame::StyledPanel);
    }
    m_pictureInLabel->setToolTip(tr("A picture drawn by the program: a disc, a square, stripes and a cross."));
    m_pictureOutLabel->setToolTip(tr("The same operation applied to the picture by the engine's layer. Grey levels: "
                                     "0 black, 1 white (edge kernels: the magnitude)."));
    m_pictureCaption = explorer::richLabel(this);

    // Layout: settings on top, the sweep in the middle with the pictures on
    // the right, the texts below.
    auto* top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Example:"), this));
    top->addWidget(m_exampleCombo, 2);
    top->addWidget(new QLabel(tr("Operation:"), this));
    top->addWidget(m_kindCombo, 1);
    auto* settings = new QHBoxLayout;
    auto addSetting = [&](const QString& label, QWidget* w) {
        auto* l = new QLabel(label, this);
        l->setBuddy(w);
        settings->addWidget(l);
        settings->addWidget(w);
        return l;
    };
    addSetting(tr("Input I"), m_size);
    addSetting(tr("Kernel K"), m_kernel);
    addSetting(tr("Stride S"), m_stride);
    addSetting(tr("Padding P"), m_padding);
    m_dilationLabel = addSetting(tr("Dilation D"), m_dilation);
    m_outputPaddingLabel = addSetting(tr("Output padding"), m_outputPadding);
    m_presetLabel = addSetting(tr("Kernel"), m_presetCombo);
    settings->addStretch(1);

    auto* playRow = new QHBoxLayout;
    playRow->addWidget(m_play);
    playRow->addWidget(m_stepSlider, 1);
    auto* sweepColumn = new QVBoxLayout;
    sweepColumn->addWidget(m_grid, 1);
    sweepColumn->addLayout(playRow);
    sweepColumn->addWidget(m_stepText);
    auto* pictures = new QGridLayout;
    pictures->addWidget(m_pictureInLabel, 0, 0);
    pictures->addWidget(m_pictureOutLabel, 1, 0);
    pictures->addWidget(m_pictureCaption, 2, 0);
    pictures->setRowStretch(3, 1);
    auto* middle = new QHBoxLayout;
    middle->addLayout(sweepColumn, 1);
    middle->addLayout(pictures);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(settings);
    layout->addLayout(middle, 1);
    layout->addWidget(m_formula);
    layout->addWidget(m_remark);
    m_pictureCaption->setMaximumWidth(kPictureShown);
}

QStringList ConvolutionExplorer::exampleIds() const {
    QStringList ids;
    for (int i = 0; i < m_exampleCombo->count(); ++i) ids << m_exampleCombo->itemData(i).toString();
    return ids;
}

QString ConvolutionExplorer::example() const { return m_example; }

// Sets every control of an example at once, then computes once.
void ConvolutionExplorer::setExample(const QString& id) {
    const int at = m_exampleCombo->findData(id);
    if (at < 0) return;
    m_updating = true;
    m_exampleCombo->setCurrentIndex(at);
    m_example = id;
    Kind kind = Kind::Convolution;
    Matrix input = m_sweep.input;
    QString preset = "box";
    int k = 3, s = 1, p = 0, d = 1, op = 0;
    if (id == "we25" || id == "we25-stride1") {
        input = we25Input();
        preset = "we25";
        s = id == "we25" ? 2 : 1;
    } else if (id == "we17") {
        input = grid({{45, 12, 5}, {22, 10, 35}, {88, 26, 51}});
        preset = "sharpen";
    } else if (id == "we20") {
        // Only the top-left 2x2 is in the notes (1, 2 / 2, 1); the rest is made up.
        input = grid({{1, 2, 0, 3, 1}, {2, 1, 4, 1, 0}, {3, 0, 2, 2, 1}, {1, 4, 1, 0, 2}, {0, 2, 3, 1, 4}});
        preset = "we20";
        k = 2;
    } else if (id == "pool-2x2") {
        input = grid({{1, 3}, {2, 4}});
        kind = Kind::MaxPool;
        k = 2, s = 2;
    } else if (id == "pool-4x4") {
        input = grid({{1, 5, 2, 0}, {3, 2, 8, 1}, {4, 6, 1, 3}, {0, 7, 2, 9}});
        kind = Kind::MaxPool;
        k = 2, s = 2;
    } else if (id == "we26") {
        input = grid({{1, 2, 0}, {0, 1, 3}, {2, 1, 1}});
        kind = Kind::Transposed;
        preset = "identity";  // shows the zero insertion itself
        s = 2, p = 1;
    } else if (id == "we27") {
        input = we25Input();
        preset = "we25";
        d = 2;
    } else if (input.size() == 0) {
        input = numberGrid(6);
    }
    if (presetSize(preset)) k = presetSize(preset);
    m_kindCombo->setCurrentIndex(m_kindCombo->findData(int(kind)));
    m_size->setValue(int(input.rows()));
    m_kernel->setValue(k);
    m_stride->setValue(s);
    m_padding->setValue(p);
    m_dilation->setValue(d);
    m_outputPadding->setValue(op);
    m_presetCombo->setCurrentIndex(m_presetCombo->findData(preset));
    m_sweep.input = input;
    m_updating = false;
    recompute();
}

void ConvolutionExplorer::setKind(Kind kind) { m_kindCombo->setCurrentIndex(m_kindCombo->findData(int(kind))); }
ConvolutionExplorer::Kind ConvolutionExplorer::kind() const { return Kind(m_kindCombo->currentData().toInt()); }
void ConvolutionExplorer::setInputSize(int v) { m_size->setValue(v); }
void ConvolutionExplorer::setKernelSize(int v) { m_kernel->setValue(v); }
void ConvolutionExplorer::setStride(int v) { m_stride->setValue(v); }
void ConvolutionExplorer::setPadding(int v) { m_padding->setValue(v); }
void ConvolutionExplorer::setDilation(int v) { m_dilation->setValue(v); }
void ConvolutionExplorer::setOutputPadding(int v) { m_outputPadding->setValue(v); }
void ConvolutionExplorer::setPreset(const QString& id) { m_presetCombo->setCurrentIndex(m_presetCombo->findData(id)); }

void ConvolutionExplorer::setInput(const Matrix& g) {
    m_updating = true;
    m_size->setValue(int(g.rows()));
    m_updating = false;
    m_sweep.input = g;
    m_example = "custom";
    {
        const QSignalBlocker b(m_exampleCombo);
        m_exampleCombo->setCurrentIndex(m_exampleCombo->findData("custom"));
    }
    recompute();
}

// A control moved by hand: the example becomes "your own settings"; a new
// size gets a new grid of numbers.
void ConvolutionExplorer::settingsChanged() {
    if (m_updating) return;
    const QString preset = m_presetCombo->currentData().toString();
    if (presetSize(preset) && presetSize(preset) != m_kernel->value()) {
        const QSignalBlocker b(m_presetCombo);
        m_presetCombo->setCurrentIndex(m_presetCombo->findData("box"));
    }
    if (m_sweep.input.rows() != m_size->value()) m_sweep.input = numberGrid(m_size->value());
    if (m_example != "custom") {
        m_example = "custom";
        const QSignalBlocker b(m_exampleCombo);
        m_exampleCombo->setCurrentIndex(m_exampleCombo->findData("custom"));
    }
    recompute();
}

void ConvolutionExplorer::updateVisibility() {
    const Kind k = kind();
    const bool conv = k == Kind::Convolution || k == Kind::Transposed;
    for (QWidget* w : {static_cast<QWidget*>(m_dilation), static_cast<QWidget*>(m_dilationLabel),
                       static_cast<QWidget*>(m_presetCombo), static_cast<QWidget*>(m_presetLabel)})
        w->setVisible(conv);
    m_outputPadding->setVisible(k == Kind::Transposed);
    m_outputPaddingLabel->setVisible(k == Kind::Transposed);
    for (QSpinBox* s : {m_kernel, m_stride, m_padding}) s->setEnabled(k != Kind::GlobalPool);
}

void ConvolutionExplorer::recompute() {
    updateVisibility();
    const int oldStep = m_sweep.step;
    m_sweep.kind = kind();
    m_sweep.kernel = presetKernel(m_presetCombo->currentData().toString(), m_kernel->value());
    m_sweep.stride = m_stride->value();
    m_sweep.padding = m_padding->value();
    m_sweep.dilation = m_dilation->value();
    m_sweep.outputPadding = m_outputPadding->value();
    if (m_sweep.input.rows() != m_size->value()) m_sweep.input = numberGrid(m_size->value());
    m_sweep.output = runEngine(m_sweep, m_sweep.input, m_error);
    m_sweep.step = std::clamp(oldStep, 0, std::max(0, m_sweep.stepCount() - 1));
    {
        const QSignalBlocker b(m_stepSlider);
        m_stepSlider->setRange(0, std::max(0, m_sweep.stepCount() - 1));
        m_stepSlider->setValue(m_sweep.step);
    }
    m_grid->setSweep(m_sweep);
    m_stepText->setText(stepText());
    m_formula->setText(sizeFormula());

    // The example's remark, with the engine's numbers in it.
    auto matrixText = [](const Matrix& m) {
        QStringList rows;
        for (Index r = 0; r < m.rows(); ++r) {
            QStringList cells;
            for (Index c = 0; c < m.cols(); ++c) cells << n(m(r, c));
            rows << "[" + cells.join(", ") + "]";
        }
        return "[" + rows.join(", ") + "]";
    };
    const Matrix& out = m_sweep.output;
    QString html;
    if (m_example == "we25" && out.size() == 9) {
        html = explorer::workedExample("WE-25", tr("7×7 input, kernel [[3,4,4],[1,0,2],[−1,0,3]], stride 2, no "
                                                   "padding: (7 − 3 + 0)/2 + 1 = 3, and the engine gives <b>%1</b>.")
                                                    .arg(matrixText(out))) +
               "<br>" + explorer::notesError(tr("the notes print [[91,110,83],[69,91,127],[44,72,74]]: 110, 83 and 127 "
                                                "are wrong; they are %1, %2 and %3. The notes' size formula "
                                                "(n − f + 2p)/(s + 1) gives 1.33 here; it is (n − f + 2p)/s + 1 = 3.")
                                                 .arg(n(out(0, 1)), n(out(0, 2)), n(out(1, 2)))) +
               "<br>" + tr("The notes' grid shows “3 ⁻²” in row 7, column 5: kernel superscripts printed over the "
                           "cell, which holds 2 (the value that gives the notes' own bottom row 44, 72, 74).");
    } else if (m_example == "we25-stride1" && out.size() == 25) {
        html = explorer::workedExample("WE-25", tr("at stride 1 the same kernel gives the full 5×5 map %1; stride 2 "
                                                   "keeps its rows and columns 0, 2 and 4.")
                                                    .arg(matrixText(out)));
    } else if (m_example == "we17" && out.size() == 1) {
        html = explorer::workedExample("WE-17", tr("the sharpen kernel on the top-left patch "
                                                   "[[45,12,5],[22,10,35],[88,26,51]]: 45·0 + 12·(−1) + 5·0 + 22·(−1) + "
                                                   "10·5 + 35·(−1) + 88·0 + 26·(−1) + 51·0 = <b>%1</b> ✓. The rest of the "
                                                   "notes' 4×4 input is in a missing figure; a 4×4 input gives 2×2.")
                                                    .arg(n(out(0, 0)))) +
               "<br>" + explorer::notesError(tr("the notes say the kernel is applied “by simple matrix "
                                                "multiplication”. It is an elementwise product and a sum (a dot "
                                                "product), not a matrix product."));
    } else if (m_example == "we20" && out.size() == 16) {
        html = explorer::workedExample("WE-20, WE-22", tr("5×5 input, 2×2 filter, stride 1, no padding: "
                                                          "O = (5 − 2 + 0)/1 + 1 = 4. The first element is "
                                                          "1×0 + 2×1 + 2×1 + 1×2 = <b>%1</b> ✓. Only the input's top-left "
                                                          "2×2 and the filter are known (the figure is missing); the "
                                                          "other input numbers here are made up.")
                                                           .arg(n(out(0, 0))));
    } else if (m_example == "pool-2x2" && out.size() == 1) {
        ConvSweep avg = m_sweep;
        avg.kind = Kind::AvgPool;
        QString ignored;
        const Matrix a = runEngine(avg, m_sweep.input, ignored);
        html = explorer::workedExample(tr("pooling"), tr("[[1,3],[2,4]] with a 2×2 window: max pooling gives <b>%1</b>, "
                                                         "average pooling (1 + 3 + 2 + 4)/4 = <b>%2</b> ✓.")
                                                          .arg(n(out(0, 0)), n(a.size() ? a(0, 0) : NAN)));
    } else if (m_example == "pool-4x4" && out.size() > 0) {
        html = explorer::workedExample(tr("pooling"), tr("4×4 map, f = 2, s = 2: ⌊(4 − 2)/2⌋ + 1 = <b>%1</b>.")
                                                          .arg(out.rows())) +
               "<br>" + explorer::notesError(tr("the notes print the pooling output size as (n<sub>h</sub> − f + 1)/s, "
                                                "which gives 1.5 here and 15.5 for their own 32×32 example, where they "
                                                "claim 16. The size is ⌊(n<sub>h</sub> − f)/s⌋ + 1. The notes also say "
                                                "max pooling takes the maximum “from each feature map”: it is from "
                                                "each window."));
    } else if (m_example == "we26" && out.size() > 0) {
        html = explorer::workedExample("WE-26", tr("transposed convolution, 3×3 input, k = 3, s = 2, p = 1: "
                                                   "o = (3 − 1)·2 − 2·1 + 3 = <b>%1</b> ✓. Stride 2 puts one zero "
                                                   "between input pixels (3×3 becomes 5×5) before the kernel is "
                                                   "applied; each input pixel stamps its value times the kernel (here the identity "
                                                   "kernel, so the output shows the inserted zeros).")
                                                    .arg(out.rows()));
    } else if (m_example == "we27" && out.size() > 0) {
        html = explorer::workedExample("WE-27", tr("dilation l = 2: the kernel skips l − 1 = 1 pixel between taps, "
                                                   "spans k + (k − 1)(l − 1) = 5 and turns 7×7 into <b>%1×%1</b>; "
                                                   "it still has 9 weights.")
                                                    .arg(out.rows())) +
               "<br>" + explorer::notesError(tr("the notes print the sum condition as s + l = p; it is s + l·t = p."));
    }
    m_remarkHtml = html;
    m_remark->setText(html);
    m_remark->setVisible(!html.isEmpty());
    renderPictures();
}

QString ConvolutionExplorer::remark() const { return m_remarkHtml; }

QString ConvolutionExplorer::sizeFormula() const {
    const ConvSweep& s = m_sweep;
    const Index I = s.input.rows(), K = s.kernelSize(), S = s.stride, P = s.padding, D = s.dilation;
    QString text;
    switch (s.kind) {
    case Kind::Convolution:
    case Kind::MaxPool:
    case Kind::AvgPool: {
        const bool pool = s.kind != Kind::Convolution;
        const Index d = pool ? 1 : D;
        const Index top = I + 2 * P - d * (K - 1) - 1;
        if (d == 1)
            text = tr("<b>Output size</b> O = ⌊(I + 2P − K) / S⌋ + 1 = ⌊(%1 + 2·%2 − %3) / %4⌋ + 1")
                       .arg(I).arg(P).arg(K).arg(S);
        else
            text = tr("<b>Output size</b> O = ⌊(I + 2P − D(K − 1) − 1) / S⌋ + 1 = ⌊(%1 + 2·%2 − %3·%4 − 1) / %5⌋ + 1 "
                      "(the dilated kernel spans D(K − 1) + 1 = %6)")
                       .arg(I).arg(P).arg(D).arg(K - 1).arg(S).arg(D * (K - 1) + 1);
        if (top < 0) {
            text += tr(": the numerator is %1 &lt; 0, the window does not fit.").arg(top);
        } else {
            text += tr(" = ⌊%1 / %2⌋ + 1 = <b>%3</b>").arg(top).arg(S).arg(top / S + 1);
            if (top % S)
                text += tr(" — the division leaves %1: the last %1 row(s) and column(s) of the padded input are never "
                           "covered (floor drops them).")
                            .arg(top % S);
        }
        if (s.kind == Kind::MaxPool) text += tr("<br>Max pooling treats the padding as −∞.");
        if (s.kind == Kind::AvgPool) text += tr("<br>Average pooling counts the padded zeros in the divisor K² = %1.").arg(K * K);
        break;
    }
    case Kind::Transposed: {
        const Index o = (I - 1) * S - 2 * P + D * (K - 1) + s.outputPadding + 1;
        text = tr("<b>Output size</b> O = (I − 1)·S − 2P + D(K − 1) + output_padding + 1 = (%1 − 1)·%2 − 2·%3 + %4·%5 + "
                  "%6 + 1 = <b>%7</b>")
                   .arg(I).arg(S).arg(P).arg(D).arg(K - 1).arg(s.outputPadding).arg(o);
        break;
    }
    case Kind::GlobalPool:
        text = tr("<b>Output size</b> 1: each channel's %1×%1 map becomes its mean (h×w×n → 1×1×n).").arg(I);
        break;
    }
    if (!m_error.isEmpty()) text += "<br><span style='color:#b00020'>" + m_error.toHtmlEscaped() + "</span>";
    return text;
}

QString ConvolutionExplorer::stepText() const {
    const ConvSweep& s = m_sweep;
    if (!s.valid()) return QString();
    const Index H = s.input.rows(), W = s.input.cols(), K = s.kernelSize();
    const int step = s.step;
    auto at = [&](Index r, Index c, bool& inside) {
        inside = r >= 0 && r < H && c >= 0 && c < W;
        return inside ? s.input(r, c) : 0.0;
    };
    switch (s.kind) {
    case Kind::Convolution: {
        const Index oh = step / s.output.cols(), ow = step % s.output.cols();
        QStringList terms;
        for (Index ki = 0; ki < K; ++ki)
            for (Index kj = 0; kj < K; ++kj) {
                bool inside;
                const double x = at(oh * s.stride - s.padding + ki * s.dilation, ow * s.stride - s.padding + kj * s.dilation, inside);
                terms << paren(x) + "·" + paren(s.kernel(ki, kj));
            }
        return tr("y[%1,%2] = %3 = <b>%4</b>").arg(oh).arg(ow).arg(terms.join(" + "), n(s.output(oh, ow)));
    }
    case Kind::MaxPool:
    case Kind::AvgPool: {
        const Index oh = step / s.output.cols(), ow = step % s.output.cols();
        QStringList terms;
        for (Index ki = 0; ki < K; ++ki)
            for (Index kj = 0; kj < K; ++kj) {
                bool inside;
                const double x = at(oh * s.stride - s.padding + ki, ow * s.stride - s.padding + kj, inside);
                if (inside || s.kind == Kind::AvgPool) terms << n(x);
            }
        if (s.kind == Kind::MaxPool)
            return tr("y[%1,%2] = max(%3) = <b>%4</b>").arg(oh).arg(ow).arg(terms.join(", "), n(s.output(oh, ow)));
        return tr("y[%1,%2] = (%3) / %4 = <b>%5</b>").arg(oh).arg(ow).arg(terms.join(" + ")).arg(K * K).arg(n(s.output(oh, ow)));
    }
    case Kind::GlobalPool:
        return tr("y = (sum of the %1 values) / %1 = <b>%2</b>").arg(H * W).arg(n(s.output(0, 0)));
    case Kind::Transposed: {
        const Index i = step / W, j = step % W;
        return tr("x[%1,%2] = %3 adds %3 × kernel to the output window starting at row %4, column %5 (cropped by the "
                  "padding); each output is the sum of the stamps that reach it.")
            .arg(i).arg(j).arg(n(s.input(i, j)), n(double(i * s.stride - s.padding)), n(double(j * s.stride - s.padding)));
    }
    }
    return QString();
}

void ConvolutionExplorer::setStep(int step) {
    m_sweep.step = std::clamp(step, 0, std::max(0, m_sweep.stepCount() - 1));
    {
        const QSignalBlocker b(m_stepSlider);
        m_stepSlider->setValue(m_sweep.step);
    }
    m_grid->setSweep(m_sweep);
    m_stepText->setText(stepText());
}

void ConvolutionExplorer::advance() {
    const int count = m_sweep.stepCount();
    if (count > 0) setStep((m_sweep.step + 1) % count);
}

void ConvolutionExplorer::play(bool on) {
    if (m_play->isChecked() != on) m_play->setChecked(on);
    m_play->setText(on ? tr("Pause") : tr("Play"));
    if (on) m_timer->start();
    else m_timer->stop();
}

bool ConvolutionExplorer::isPlaying() const { return m_timer->isActive(); }

void ConvolutionExplorer::renderPictures() {
    ConvSweep s = m_sweep;
    const bool transposed = s.kind == Kind::Transposed;
    // The transposed convolution upsamples: it gets a half-size picture.
    const Matrix picture = syntheticPicture(transposed ? kPictureSize / 2 : kPictureSize);
    QString error;
    const Matrix out = s.kind == Kind::GlobalPool ? Matrix() : runEngine(s, picture, error);
    m_pictureIn = toImage(picture, 0.0, 1.0, false);
    QString caption;
    if (out.size() == 0) {
        m_pictureOut = QImage();
        caption = s.kind == Kind::GlobalPool ? tr("Global pooling leaves one number per channel: %1 for this picture.")
                                                   .arg(n(picture.mean()))
                                             : error.toHtmlEscaped();
    } else {
        const double sum = s.kernel.sum();
        bool absolute = false;
        double lo = 0.0, hi = 1.0;
        if (s.kind == Kind::Convolution && std::abs(sum) < 1e-9) absolute = true;  // edges: the magnitude
        else if ((s.kind == Kind::Convolution && std::abs(sum - 1.0) > 1e-9) || transposed)
            lo = out.minCoeff(), hi = out.maxCoeff();  // other sums: scaled to the output's range
        m_pictureOut = toImage(out, lo, hi, absolute);
        caption = tr("Picture %1×%1 → %2×%3%4").arg(picture.rows()).arg(out.rows()).arg(out.cols())
                      .arg(absolute ? tr(" (magnitude)") : (lo != 0.0 || hi != 1.0) ? tr(" (scaled)") : QString());
    }
    m_pictureInLabel->setPixmap(QPixmap::fromImage(m_pictureIn.scaled(kPictureShown - 4, kPictureShown - 4, Qt::KeepAspectRatio, Qt::FastTransformation)));
    if (m_pictureOut.isNull()) m_pictureOutLabel->clear();
    else
        m_pictureOutLabel->setPixmap(QPixmap::fromImage(
            m_pictureOut.scaled(kPictureShown - 4, kPictureShown - 4, Qt::KeepAspectRatio, Qt::FastTransformation)));
    m_pictureCaption->setText(caption);
}

}  // namespace nnlab
