#include "inside/LookInsidePanel.h"

#include "inside/DrawingPad.h"
#include "inside/FeatureMapOverview.h"
#include "inside/KernelGallery.h"
#include "inside/UnitDetailView.h"
#include "training/ImageResultNames.h"

#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyle>
#include <QTabWidget>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace nnlab {
namespace {

enum Source { kTestImage = 0, kDrawing = 1 };
constexpr int kOverviewMinimum = 150;  // tiles of about 18 px, the smallest readable

QScrollArea* scrolled(QWidget* inner, QWidget* parent) {
    auto* area = new QScrollArea(parent);
    area->setWidget(inner);
    area->setWidgetResizable(true);
    area->setFrameShape(QFrame::NoFrame);
    return area;
}

}  // namespace

LookInsidePanel::LookInsidePanel(QWidget* parent) : QWidget(parent) {
    setObjectName(QStringLiteral("lookInsidePanel"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);

    auto* bar = new QHBoxLayout;
    m_source = new QComboBox(this);
    m_source->addItem(tr("Test image"));
    m_source->addItem(tr("Your drawing"));
    m_source->setToolTip(tr("Which image goes through the network: a test image by its number, or what you draw on the pad."));
    m_index = new QSpinBox(this);
    m_index->setRange(0, 99999);
    m_index->setToolTip(tr("The test image's number."));
    m_scale = new QComboBox(this);
    m_scale->addItem(tr("Per unit"), int(ColourScale::Unit));
    m_scale->addItem(tr("Per layer"), int(ColourScale::Layer));
    m_scale->addItem(tr("Whole net"), int(ColourScale::Global));
    m_scale->setToolTip(tr("Colour scale: each map coloured on its own range, on its layer's range, or on one range for every layer "
                           "(red positive, blue negative)."));
    bar->addWidget(m_source);
    bar->addWidget(m_index);
    bar->addWidget(m_scale);
    m_answer = new QLabel(this);
    m_answer->setObjectName(QStringLiteral("insideAnswer"));
    // Its room is what the settings leave: a narrow dock does not grow the window for it.
    m_answer->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    for (QComboBox* combo : {m_source, m_scale}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(6);
    }
    bar->addWidget(m_answer, 1);
    layout->addLayout(bar);

    m_pages = new QStackedWidget(this);
    m_empty = new QLabel(tr("For a network on images: train or step it once, and every layer's feature maps for one "
                            "image appear here."),
                         m_pages);
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setMargin(16);
    m_pages->addWidget(m_empty);

    // The overview across the whole width on top; below it the pad, the answer
    // and the kernels beside the detail view.
    auto* split = new QSplitter(Qt::Vertical, m_pages);
    auto* content = split;
    m_overview = new FeatureMapOverview(split);
    m_overviewArea = scrolled(m_overview, split);
    m_overviewArea->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_overviewArea->setMinimumHeight(kOverviewMinimum);
    split->addWidget(m_overviewArea);

    // Below: how the chosen unit is computed, the drawing pad, the kernels.
    m_lower = new QTabWidget(split);
    m_lower->setObjectName(QStringLiteral("insideTabs"));
    // A docked panel at 1280x800 has tiles of about 18 px: one click gives it the window.
    m_enlarge = new QToolButton(m_lower);
    m_enlarge->setObjectName(QStringLiteral("insideEnlarge"));
    m_enlarge->setCheckable(true);
    m_enlarge->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_enlarge->setIcon(style()->standardIcon(QStyle::SP_TitleBarMaxButton));
    m_enlarge->setText(tr("Enlarge"));
    m_enlarge->setToolTip(tr("Give Look inside the whole window below the toolbar, so that the maps are big enough "
                             "to read on a projector; click again for the other docks."));
    // Beside the tabs, where there is room: in the bar above it would widen a
    // dock that already barely fits 1024 px.
    m_lower->setCornerWidget(m_enlarge, Qt::TopRightCorner);
    m_detail = new UnitDetailView(m_lower);
    // The pages below go in the panel's one scroll area (insideScroll): a
    // docked panel scrolls as a whole, and no page hides part of itself in a
    // little box of its own.
    m_lower->addTab(m_detail, tr("How it is computed"));

    auto* drawPage = new QWidget(m_lower);
    auto* row = new QHBoxLayout(drawPage);
    row->setContentsMargins(4, 4, 4, 4);
    m_pad = new DrawingPad(drawPage);
    m_pad->setFixedSize(140, 140);
    row->addWidget(m_pad, 0, Qt::AlignTop);
    auto* textColumn = new QVBoxLayout;
    auto* hint = new QLabel(tr("Draw a digit with the mouse, thick and centred like the training images. The "
                               "network's answer and every feature map above follow your pen. Load... takes a "
                               "picture from a file instead."),
                            drawPage);
    hint->setWordWrap(true);
    hint->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    textColumn->addWidget(hint);
    auto* buttons = new QHBoxLayout;
    auto* clear = new QPushButton(tr("Clear"), drawPage);
    clear->setObjectName(QStringLiteral("clearDrawing"));
    clear->setToolTip(tr("Wipe the pad."));
    auto* load = new QPushButton(tr("Load..."), drawPage);
    load->setToolTip(tr("Load a picture from a file: it is turned grey and scaled to the data's image size."));
    buttons->addWidget(clear);
    buttons->addWidget(load);
    buttons->addStretch(1);
    textColumn->addLayout(buttons);
    textColumn->addStretch(1);
    row->addLayout(textColumn, 1);
    m_lower->addTab(drawPage, tr("Draw"));

    auto* kernelPage = new QWidget(m_lower);
    auto* kernelLayout = new QVBoxLayout(kernelPage);
    auto* kernelHint = new QLabel(tr("The first layer's learned kernels, one per unit: red weights add, blue ones "
                                     "subtract. They change as the network trains."),
                                  kernelPage);
    kernelHint->setWordWrap(true);  // one long line would widen the whole panel
    kernelLayout->addWidget(kernelHint);
    m_kernels = new KernelGallery(kernelPage);
    kernelLayout->addWidget(m_kernels);
    kernelLayout->addStretch(1);
    m_lower->addTab(kernelPage, tr("Kernels"));
    split->addWidget(m_lower);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    split->setSizes({200, 200});
    m_pages->addWidget(content);
    // Docked at 1280x800 the panel has about 400 px: the overview keeps its
    // smallest readable tiles, the page below its whole height, and the dock
    // scrolls; enlarged, everything fits and no scroll bar shows.
    m_pagesArea = scrolled(m_pages, this);
    m_pagesArea->setObjectName(QStringLiteral("insideScroll"));
    layout->addWidget(m_pagesArea, 1);

    connect(m_source, &QComboBox::currentIndexChanged, this, [this](int source) {
        if (source == kDrawing) m_lower->setCurrentIndex(1);
        sendRequest();
    });
    connect(m_index, &QSpinBox::valueChanged, this, [this] {
        m_source->setCurrentIndex(kTestImage);
        sendRequest();
    });
    connect(m_scale, &QComboBox::currentIndexChanged, this,
            [this] { m_overview->setColourScale(ColourScale(m_scale->currentData().toInt())); });
    connect(m_pad, &DrawingPad::drawn, this, &LookInsidePanel::useDrawing);
    connect(clear, &QPushButton::clicked, m_pad, &DrawingPad::clear);
    connect(load, &QPushButton::clicked, this, &LookInsidePanel::loadImageFile);
    connect(m_overview, &FeatureMapOverview::stageClicked, this, &LookInsidePanel::chooseStage);
    // A class picked in the flatten view is marked in the overview too.
    connect(m_detail, &UnitDetailView::classChosen, this, [this](int unit) { m_overview->setSelected(m_detail->stage(), unit); });
    connect(m_enlarge, &QToolButton::toggled, this, [this](bool on) {
        setEnlarged(on);
        emit enlargeToggled(on);
    });
}

void LookInsidePanel::setEnlarged(bool enlarged) {
    const QSignalBlocker quiet(m_enlarge);
    m_enlarge->setChecked(enlarged);
    m_enlarge->setText(enlarged ? tr("Back to the docks") : tr("Enlarge"));
    m_enlarge->setIcon(style()->standardIcon(enlarged ? QStyle::SP_TitleBarNormalButton : QStyle::SP_TitleBarMaxButton));
}

void LookInsidePanel::setClassNames(const std::vector<std::string>& names) {
    m_classNames.clear();
    for (const std::string& n : names) m_classNames << QString::fromStdString(n);
    m_overview->setClassNames(m_classNames);
    m_detail->setClassNames(m_classNames);
    showAnswer();
}

SetInspection LookInsidePanel::request() const {
    SetInspection r;
    r.on = m_shown;
    r.testIndex = m_index->value();
    if (m_source->currentIndex() == kDrawing) r.image = m_drawing;
    r.expandStage = m_expandStage;
    r.expandUnit = m_expandUnit;
    return r;
}

void LookInsidePanel::sendRequest() { emit inspectionRequested(request()); }

void LookInsidePanel::setActive(bool active) {
    if (active == m_shown) return;
    m_shown = active;
    sendRequest();
}

void LookInsidePanel::hideEvent(QHideEvent* event) {
    QWidget::hideEvent(event);
    setActive(false);  // closed, or its window hidden
}

void LookInsidePanel::resizeEvent(QResizeEvent* event) {
    QWidget::resizeEvent(event);
    // A narrow dock keeps its three tabs whole: the button is then its icon alone.
    m_enlarge->setToolButtonStyle(width() < 600 ? Qt::ToolButtonIconOnly : Qt::ToolButtonTextBesideIcon);
    // The overview keeps at least half the height (its tiles grow with it),
    // the page below its whole height: what does not fit, the panel scrolls.
    m_overviewArea->setMinimumHeight(std::max(kOverviewMinimum, m_pagesArea->height() / 2));
}

void LookInsidePanel::useDrawing(const Matrix& pixels) {
    m_drawing = pixels;
    if (m_source->currentIndex() != kDrawing) m_source->setCurrentIndex(kDrawing);  // sends
    else sendRequest();
}

void LookInsidePanel::loadImageFile() {
    const QString path = QFileDialog::getOpenFileName(this, tr("Load an image"), QString(),
                                                      tr("Images (*.png *.jpg *.jpeg *.bmp *.gif *.tif *.tiff)"));
    if (path.isEmpty()) return;
    if (!m_pad->loadImage(QImage(path))) m_answer->setText(tr("Could not read %1 as an image.").arg(path));
}

void LookInsidePanel::chooseStage(int stage, int channel) {
    m_detail->setSelection(stage, channel);
    m_overview->setSelected(stage, channel);
    const bool conv = m_frame && stage < int(m_frame->stages.size()) &&
                      m_frame->stages[std::size_t(stage)].kind == inside_view::kConv;
    const int wantStage = conv ? stage : -1;
    if (wantStage != m_expandStage || (conv && channel != m_expandUnit)) {
        m_expandStage = wantStage;
        m_expandUnit = conv ? channel : 0;
        sendRequest();
    }
}

void LookInsidePanel::showAnswer() {
    if (!m_frame || m_frame->probabilities.size() == 0) {
        m_answer->clear();
        return;
    }
    auto name = [this](int k) { return k >= 0 && k < m_classNames.size() ? m_classNames[k] : QString::number(k); };
    const QLocale locale;
    const int k = m_frame->predicted;
    QString text = tr("Answer: <b>%1</b> (%2)").arg(name(k), locale.toString(m_frame->probabilities(k), 'f', 2));
    // Two short lines beside the settings.
    if (m_frame->testIndex >= 0)
        text += QStringLiteral("<br>") + tr("Test image %1, truly %2").arg(m_frame->testIndex).arg(name(m_frame->trueClass));
    else
        text += QStringLiteral("<br>") + tr("Your drawing");
    m_answer->setText(text);
}

void LookInsidePanel::showSnapshot(std::shared_ptr<const Snapshot> snapshot) {
    if (!snapshot) return;
    std::optional<InsideFrame> frame = InsideFrame::from(*snapshot);
    if (!frame) {
        // A frame from before the worker took the request keeps what is shown; a
        // run that is no image classifier (no image payloads at all) clears it.
        bool images = false;
        for (const Payload& p : snapshot->payload) images = images || p.name == image_results::kShape;
        if (!images && m_frame) {
            m_frame.reset();
            m_overview->setFrame(nullptr);
            m_detail->setFrame(nullptr);
            m_kernels->setFrame(nullptr);
            m_pages->setCurrentIndex(0);
            showAnswer();
            // Nothing to look inside any more: the other docks come back.
            if (m_enlarge->isChecked()) m_enlarge->click();
        }
        return;
    }
    m_frame = std::move(frame);
    const InsideStage& input = m_frame->stages.front();
    m_pad->setImageSize(input.height, input.width);
    m_overview->setFrame(&*m_frame);
    m_detail->setFrame(&*m_frame);
    m_kernels->setFrame(&*m_frame);
    m_pages->setCurrentIndex(1);
    // The first conv unit opened at once: the detail view is never an empty box.
    if (m_detail->stage() < 0 && m_frame->stages.size() > 1 && m_frame->stages[1].kind == inside_view::kConv)
        chooseStage(1, 0);
    showAnswer();
}

}  // namespace nnlab
