#include "adversarial/AdversarialPlaneView.h"
#include "adversarial/AdversarialOverview.h"
#include "adversarial/AdversarialPhases.h"
#include "adversarial/AdversarialPicture.h"
#include "common/CounterText.h"
#include "common/ReadoutLabel.h"
#include "healthview/VerdictList.h"

#include <QCheckBox>
#include <QEasingCurve>
#include <QHelpEvent>
#include <QLabel>
#include <QLocale>
#include <QTimer>
#include <QToolButton>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QPainter>
#include <QPainterPath>
#include <QSplitter>
#include <QToolTip>
#include <QVariantAnimation>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace nnlab {
using adversarial::manifoldCellDensity;
using adversarial::findPayload;
using adversarial::kFakeColour;
using adversarial::kRealColour;

AdversarialPlane::AdversarialPlane(QWidget* parent) : QWidget(parent) {
    setMinimumSize(180, 180);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    // Eased out: frames arriving faster than the glide (playing at 60 Hz)
    // each restart it from where the dots are, so they still move at once
    // and follow smoothly; a single step glides the whole way and settles.
    m_glide = new QVariantAnimation(this);
    m_glide->setStartValue(0.0);
    m_glide->setEndValue(1.0);
    m_glide->setEasingCurve(QEasingCurve::OutCubic);
    connect(m_glide, &QVariantAnimation::valueChanged, this, [this] { update(); });
}

void AdversarialPlane::setGlideMilliseconds(int milliseconds) {
    m_glideMs = std::max(0, milliseconds);
    if (m_glideMs == 0) finishGlide();
}

bool AdversarialPlane::gliding() const { return m_glide->state() == QAbstractAnimation::Running; }

void AdversarialPlane::finishGlide() {
    if (!gliding()) return;
    m_glide->stop();
    update();
}

Matrix AdversarialPlane::shownFake() const {
    if (!gliding() || m_fakeFrom.rows() != m_fake.rows() || m_fakeFrom.cols() != m_fake.cols()) return m_fake;
    const double t = m_glide->currentValue().toDouble();
    return m_fakeFrom + t * (m_fake - m_fakeFrom);
}

bool AdversarialPlane::setSnapshot(const Snapshot& s) {
    const Payload* real = findPayload(s, "real");
    const Payload* fake = findPayload(s, "fake");
    if (!real || !fake || real->values.cols() != 2 || fake->values.cols() != 2) {
        m_real.resize(0, 0);
        m_heat = QImage();
        update();
        return false;
    }
    // Glide from where the dots are drawn now, unless there is nothing to
    // glide from (a first frame, another network) or nobody sees it.
    const bool sameRows = m_fake.rows() == fake->values.rows() && m_fake.cols() == fake->values.cols();
    const bool moved = !sameRows || m_fake != fake->values;
    const bool glide = m_glideMs > 0 && hasPicture() && isVisible() && s.structureRevision == m_revision && sameRows && moved;
    if (glide) {
        m_fakeFrom = shownFake();
        m_glide->stop();
        m_glide->setDuration(m_glideMs);
        m_glide->start();
    } else if (moved) {
        m_glide->stop();
    }
    m_revision = s.structureRevision;
    m_real = real->values;
    m_fake = fake->values;
    const Payload* arrows = findPayload(s, "fake_gradient");
    m_arrows = arrows && arrows->values.rows() == m_fake.rows() ? arrows->values : Matrix();
    const Payload* manifold = findPayload(s, "manifold");
    const Payload* noise = findPayload(s, "manifold_noise");
    m_manifold = manifold ? manifold->values : Matrix();
    m_noiseDimension = noise ? int(noise->values.cols()) : 2;
    const Payload* weight = findPayload(s, "manifold_weight");
    m_cellDensity = m_noiseDimension == 2 ? manifoldCellDensity(m_manifold, weight ? weight->values : Matrix(),
                                                                int(std::lround(std::sqrt(double(m_manifold.rows())))))
                                          : std::vector<double>{};
    const QImage heat = adversarial::heatImage(s, &m_lo, &m_hi);
    if (!heat.isNull()) m_heat = heat;
    update();
    return true;
}

void AdversarialPlane::setShown(const QString& layer, bool on) {
    if (layer == QLatin1String("real")) m_showReal = on;
    else if (layer == QLatin1String("fake")) m_showFake = on;
    else if (layer == QLatin1String("heat")) m_showHeat = on;
    else if (layer == QLatin1String("arrows")) m_showArrows = on;
    else if (layer == QLatin1String("manifold")) m_showManifold = on;
    update();
}

QRectF AdversarialPlane::plotArea() const {
    const double side = std::min(width(), height()) - 2;
    return {(width() - side) / 2, (height() - side) / 2, side, side};
}

double AdversarialPlane::dotRadius() const { return std::max(2.5, plotArea().width() / 160.0); }

QPointF AdversarialPlane::dotCentre(bool generated, Index row) const {
    const Matrix points = generated ? shownFake() : m_real;
    if (row < 0 || row >= points.rows()) return {};
    return toWidget(points(row, 0), points(row, 1), plotArea());
}

QString AdversarialPlane::dotTip(const QPoint& at) const {
    if (!hasPicture()) return QString();
    // The generated dots are drawn over the real ones: they answer first.
    const double reach = dotRadius() + 3.0;
    const QRectF area = plotArea();
    const auto nearest = [&](const Matrix& points, Index* row) {
        double best = reach * reach;
        *row = -1;
        for (Index i = 0; i < points.rows(); ++i) {
            const QPointF d = toWidget(points(i, 0), points(i, 1), area) - QPointF(at);
            const double distance = d.x() * d.x() + d.y() * d.y();
            if (distance <= best) {
                best = distance;
                *row = i;
            }
        }
        return *row >= 0;
    };
    const QLocale locale;
    const auto where = [&locale](const Matrix& points, Index row) {
        return std::make_pair(locale.toString(points(row, 0), 'f', 3), locale.toString(points(row, 1), 'f', 3));
    };
    Index row = -1;
    const Matrix fake = shownFake();
    if (m_showFake && nearest(fake, &row)) {
        const auto [x, y] = where(fake, row);
        return tr("Generated sample %1 of %2\nx %3, y %4").arg(row + 1).arg(fake.rows()).arg(x, y);
    }
    if (m_showReal && nearest(m_real, &row)) {
        const auto [x, y] = where(m_real, row);
        return tr("Real sample %1 of %2\nx %3, y %4").arg(row + 1).arg(m_real.rows()).arg(x, y);
    }
    return QString();
}

bool AdversarialPlane::event(QEvent* e) {
    if (e->type() != QEvent::ToolTip) return QWidget::event(e);
    auto* help = static_cast<QHelpEvent*>(e);
    const QString tip = dotTip(help->pos());
    if (tip.isEmpty()) {
        QToolTip::hideText();
        e->ignore();
    } else {
        // Kept while the mouse stays on the dot, gone when it leaves it.
        const double reach = dotRadius() + 3.0;
        const QPoint p = help->pos();
        QToolTip::showText(help->globalPos(), tip, this, QRect(p - QPoint(int(reach), int(reach)), QSize(int(2 * reach), int(2 * reach))));
    }
    return true;
}

QPointF AdversarialPlane::toWidget(double x, double y, const QRectF& area) const {
    const double span = m_hi - m_lo;
    return {area.left() + (x - m_lo) / span * area.width(), area.bottom() - (y - m_lo) / span * area.height()};
}

void AdversarialPlane::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    const QRectF area = plotArea();
    painter.fillRect(area, QColor(250, 250, 250));
    if (!hasPicture()) return;
    if (m_showHeat && !m_heat.isNull()) {
        painter.setRenderHint(QPainter::SmoothPixmapTransform, true);
        painter.drawImage(area, m_heat);
    }
    painter.setRenderHint(QPainter::Antialiasing, true);
    if (m_showManifold && m_manifold.rows() > 1) {
        painter.setPen(QPen(QColor(117, 112, 179, 140), 1));
        const int n = m_noiseDimension == 1 ? int(m_manifold.rows()) : int(std::lround(std::sqrt(double(m_manifold.rows()))));
        auto node = [&](Index i) { return toWidget(m_manifold(i, 0), m_manifold(i, 1), area); };
        if (m_noiseDimension == 1) {
            for (Index i = 1; i < m_manifold.rows(); ++i) painter.drawLine(node(i - 1), node(i));
        } else if (Index(n) * n == m_manifold.rows()) {
            // Cells shaded by how densely G puts samples there: darker where it
            // squeezes the noise together, nearly clear where it stretches it.
            if (m_cellDensity.size() == std::size_t(n - 1) * std::size_t(n - 1)) {
                painter.save();
                painter.setPen(Qt::NoPen);
                for (int r = 0; r + 1 < n; ++r)
                    for (int c = 0; c + 1 < n; ++c) {
                        QColor fill = kFakeColour;
                        fill.setAlphaF(float(0.04 + 0.5 * m_cellDensity[std::size_t(r) * std::size_t(n - 1) + std::size_t(c)]));
                        painter.setBrush(fill);
                        const QPointF quad[4] = {node(Index(r) * n + c), node(Index(r) * n + c + 1),
                                                 node(Index(r + 1) * n + c + 1), node(Index(r + 1) * n + c)};
                        painter.drawPolygon(quad, 4);
                    }
                painter.restore();
            }
            for (int r = 0; r < n; ++r)
                for (int c = 0; c < n; ++c) {
                    if (c + 1 < n) painter.drawLine(node(Index(r) * n + c), node(Index(r) * n + c + 1));
                    if (r + 1 < n) painter.drawLine(node(Index(r) * n + c), node(Index(r + 1) * n + c));
                }
        }
    }
    const double dot = dotRadius();
    const Matrix fake = shownFake();
    if (m_showReal) {
        painter.setPen(Qt::NoPen);
        painter.setBrush(kRealColour);
        for (Index i = 0; i < m_real.rows(); ++i) painter.drawEllipse(toWidget(m_real(i, 0), m_real(i, 1), area), dot, dot);
    }
    if (m_showFake) {
        painter.setPen(QPen(Qt::white, 0.8));
        painter.setBrush(kFakeColour);
        for (Index i = 0; i < fake.rows(); ++i) painter.drawEllipse(toWidget(fake(i, 0), fake(i, 1), area), dot, dot);
    }
    if (m_showArrows && m_arrows.rows() == fake.rows() && fake.rows() > 0) {
        // Arrow lengths relative to the longest, so they stay visible as the gradients shrink.
        const double longest = std::max(1e-12, m_arrows.rowwise().norm().maxCoeff());
        const double reach = 0.08 * (m_hi - m_lo);
        painter.setPen(QPen(QColor(60, 60, 60), 1.2));
        for (Index i = 0; i < fake.rows(); ++i) {
            const double sx = m_arrows(i, 0) / longest * reach, sy = m_arrows(i, 1) / longest * reach;
            const QPointF from = toWidget(fake(i, 0), fake(i, 1), area);
            const QPointF to = toWidget(fake(i, 0) + sx, fake(i, 1) + sy, area);
            painter.drawLine(from, to);
        }
    }
    painter.setPen(QPen(QColor(160, 160, 160), 1));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(area);
}

AdversarialPlaneView::AdversarialPlaneView(QWidget* parent) : QWidget(parent) {
    setObjectName(QStringLiteral("adversarialPlaneView"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    struct Toggle {
        const char* name;
        QString text, tip;
        bool on;
    };
    const Toggle list[] = {
        {"real", tr("Real"), tr("Samples of the distribution the generator must learn (green)."), true},
        {"fake", tr("Generated"), tr("The generator's output for a fixed batch of noise (purple): watch them move."), true},
        {"heat", tr("Discriminator"), tr("Behind the points: where the discriminator says \"real\" (green) or \"generated\" (purple)."), true},
        {"arrows", tr("Gradients"), tr("Where the generator's loss pushes each generated sample."), true},
        {"manifold", tr("Manifold"), tr("The noise grid as the generator bends it onto the plane; a cell is darker where the generator puts more samples."), false},
    };
    m_overview = new AdversarialOverview(this);
    layout->addWidget(m_overview);
    // Slow motion: one phase every 1.25 s, or one per click; pausing keeps the place.
    auto* slowRow = m_slowRow = new QHBoxLayout;
    m_slowMotion = new QToolButton(this);
    m_slowMotion->setObjectName(QStringLiteral("slowMotion"));
    m_slowMotion->setText(tr("Slow motion"));
    m_slowMotion->setCheckable(true);
    m_slowMotion->setToolTip(tr("Walk one iteration through its ten phases, one every %1 seconds, the idle parts dimmed. "
                                "Click again to pause inside the iteration; Play goes on from there.")
                                 .arg(QLocale().toString(kPhaseMilliseconds / 1000.0, 'g', 3)));
    m_nextPhase = new QToolButton(this);
    m_nextPhase->setObjectName(QStringLiteral("nextPhase"));
    m_nextPhase->setText(tr("Next phase"));
    m_nextPhase->setToolTip(tr("One phase of the iteration, then stop."));
    m_caption = new QLabel(this);
    m_caption->setObjectName(QStringLiteral("phaseCaption"));
    m_caption->setWordWrap(false);
    m_caption->setMinimumWidth(40);
    m_caption->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_phaseTimer = new QTimer(this);
    m_phaseTimer->setInterval(kPhaseMilliseconds);
    connect(m_phaseTimer, &QTimer::timeout, this, &AdversarialPlaneView::phaseStepRequested);
    connect(m_slowMotion, &QToolButton::toggled, this, [this](bool on) {
        if (!on) {
            m_phaseTimer->stop();
            return;
        }
        emit phaseStepRequested();  // the first phase now, not in 1.25 s
        m_phaseTimer->start();
    });
    connect(m_nextPhase, &QToolButton::clicked, this, [this] {
        stopSlowMotion();
        emit phaseStepRequested();
    });
    // Step mode (GAN Lab): train one player alone for one update; the
    // toolbar's Step trains both. Stepping ends slow motion, as in GAN Lab.
    const auto stepButton = [this](const QString& name, const QString& text, const QString& tip, const QString& part) {
        auto* b = new QToolButton(this);
        b->setObjectName(name);
        b->setText(text);
        b->setToolTip(tip);
        connect(b, &QToolButton::clicked, this, [this, part] {
            stopSlowMotion();
            emit partStepRequested(part);
        });
        return b;
    };
    m_stepD = stepButton(QStringLiteral("stepDiscriminator"), tr("Step D"),
                         tr("One update of the discriminator only; the generator stays as it is."),
                         QStringLiteral("discriminator"));
    m_stepG = stepButton(QStringLiteral("stepGenerator"), tr("Step G"),
                         tr("One update of the generator only; the discriminator stays as it is."),
                         QStringLiteral("generator"));
    slowRow->addWidget(m_slowMotion);
    slowRow->addWidget(m_nextPhase);
    slowRow->addWidget(m_stepD);
    slowRow->addWidget(m_stepG);
    // GAN Lab's counter counts iterations (k_D + k_G updates each); the
    // toolbar's epochs are blocks of them.
    m_iterations = new ReadoutLabel(this);
    m_iterations->setObjectName(QStringLiteral("iterationCounter"));
    m_iterations->setToolTip(tr("Iterations trained: in each, the discriminator takes its D steps, then the generator its G steps."));
    QFont bold = m_iterations->font();
    bold.setBold(true);
    m_iterations->setFont(bold);
    m_iterations->setContentsMargins(6, 0, 6, 0);
    m_iterations->setText(tr("Iteration %1").arg(paddedCount(0)));
    m_iterations->setSampleText(tr("Iteration %1").arg(paddedCount(9999999)));
    layout->addLayout(slowRow);
    // A narrow dock has no room beside the buttons: the counter and the
    // caption get a line of their own below them (arrange()).
    m_readoutRow = new QHBoxLayout;
    layout->addLayout(m_readoutRow);
    // The plane with its layer toggles in a column on its left; the verdicts
    // to the right, the splitter between them for the user to move.
    auto* planeSide = new QWidget(this);
    m_planeRow = new QBoxLayout(QBoxLayout::LeftToRight, planeSide);
    m_planeRow->setContentsMargins(0, 0, 0, 0);
    m_toggles = new QWidget(planeSide);
    m_toggleGrid = new QGridLayout(m_toggles);
    m_toggleGrid->setContentsMargins(0, 0, 0, 0);
    m_plane = new AdversarialPlane(planeSide);
    for (const Toggle& t : list) {
        auto* box = new QCheckBox(t.text, m_toggles);
        box->setObjectName(QStringLiteral("show_") + QString::fromLatin1(t.name));
        box->setToolTip(t.tip);
        box->setChecked(t.on);
        connect(box, &QCheckBox::toggled, m_plane, [this, name = QString::fromLatin1(t.name)](bool on) { m_plane->setShown(name, on); });
        m_toggleBoxes.push_back(box);
    }
    m_planeRow->addWidget(m_toggles, 0, Qt::AlignTop);
    m_planeRow->addWidget(m_plane, 1);

    m_verdicts = new VerdictList(this);
    m_verdicts->setObjectName(QStringLiteral("adversarialVerdicts"));
    m_verdicts->setToolTip(tr("What goes wrong in this game, with the evidence and a remedy to try."));
    m_verdicts->setEmptyText(tr("No problem found in the game so far: no mode collapse, no oscillation, "
                                "and the discriminator does not win too fast."));
    m_verdicts->setMinimumWidth(160);
    connect(m_verdicts, &VerdictList::tryRequested, this, &AdversarialPlaneView::tryRequested);

    m_split = new QSplitter(Qt::Horizontal, this);
    m_split->setChildrenCollapsible(false);
    m_split->addWidget(planeSide);
    m_split->addWidget(m_verdicts);
    connect(m_split, &QSplitter::splitterMoved, this, [this] { m_splitMoved = true; });
    layout->addWidget(m_split, 1);
    arrange(true);
    // A narrow dock (a tab beside the output map at 1024x768) must not widen
    // the window: the view takes any width from here and arranges itself.
    setMinimumSize(220, 240);
}

int AdversarialPlaneView::wideWidth() const {
    int toggles = 0;
    for (QCheckBox* box : m_toggleBoxes) toggles = std::max(toggles, box->sizeHint().width());
    return toggles + m_plane->minimumWidth() + m_verdicts->minimumWidth() + 24;
}

void AdversarialPlaneView::arrange(bool wide) {
    // Wide: toggles in a column left of the plane, the verdicts to the right.
    // Narrow: toggles in two columns above the plane, the verdicts below.
    m_wide = wide;
    for (QCheckBox* box : m_toggleBoxes) m_toggleGrid->removeWidget(box);
    for (int i = 0; i < int(m_toggleBoxes.size()); ++i)
        m_toggleGrid->addWidget(m_toggleBoxes[std::size_t(i)], wide ? i : i / 2, wide ? 0 : i % 2);
    m_planeRow->setDirection(wide ? QBoxLayout::LeftToRight : QBoxLayout::TopToBottom);
    for (QBoxLayout* row : {m_slowRow, m_readoutRow}) {
        row->removeWidget(m_iterations);
        row->removeWidget(m_caption);
    }
    QBoxLayout* readouts = wide ? m_slowRow : m_readoutRow;
    readouts->addWidget(m_iterations);
    readouts->addWidget(m_caption, 1);
    m_split->setOrientation(wide ? Qt::Horizontal : Qt::Vertical);
    m_splitMoved = false;
}

void AdversarialPlaneView::stopSlowMotion() { m_slowMotion->setChecked(false); }

void AdversarialPlaneView::setPlaying(bool playing) {
    if (playing) stopSlowMotion();
    m_overview->setPlaying(playing);
}

QString AdversarialPlaneView::iterationText() const { return m_iterations->text(); }

void AdversarialPlaneView::finishMotion() { m_plane->finishGlide(); }

QString AdversarialPlaneView::phaseCaption() const { return m_caption->text(); }

void AdversarialPlaneView::resizeEvent(QResizeEvent* event) {
    QWidget::resizeEvent(event);
    const bool wide = width() >= wideWidth();
    if (wide != m_wide) arrange(wide);
    fitSplit();
}

void AdversarialPlaneView::fitSplit() {
    // The plane is square: its side needs the toggles and as much width as
    // the split is high; the verdicts' sentences get the rest.
    if (m_splitMoved || m_split->height() <= 0) return;
    if (!m_wide) {
        // Below the plane: the verdicts get at least a third of the height.
        const int total = m_split->height() - m_split->handleWidth();
        const int plane = std::min(m_toggles->sizeHint().height() + m_split->width(), total * 2 / 3);
        m_split->setSizes({plane, total - plane});
        return;
    }
    const int planeSide = m_toggles->sizeHint().width() + m_split->height() + 8;
    const int total = m_split->width() - m_split->handleWidth();
    const int verdicts = std::max(m_verdicts->minimumWidth(), total - planeSide);
    m_split->setSizes({total - verdicts, verdicts});
}

bool AdversarialPlaneView::hasPicture() const { return m_plane->hasPicture(); }

QCheckBox* AdversarialPlaneView::layerToggle(const QString& name) const {
    return findChild<QCheckBox*>(QStringLiteral("show_") + name);
}

void AdversarialPlaneView::showSnapshot(std::shared_ptr<const Snapshot> snapshot) {
    if (!snapshot) return;
    const bool had = m_plane->hasPicture();
    const bool shown = m_plane->setSnapshot(*snapshot);
    m_overview->setSnapshot(*snapshot);
    const Payload* phase = adversarial::findPayload(*snapshot, "phase");
    const bool inPhase = shown && phase && phase->values.cols() >= 4 && phase->values(0, 0) > 0.0;
    const int number = inPhase ? int(phase->values(0, 0)) : 0;
    m_overview->setLit(AdversarialPhases::lit(number));
    m_overview->setFlow(AdversarialPhases::flow(number));
    if (shown) m_iterations->setText(tr("Iteration %1").arg(paddedCount(snapshot->step)));
    if (number == 3 || number == 8) m_overview->showLoss(number == 3, phase->values(0, 3));
    const QString caption =
        inPhase ? AdversarialPhases::caption(number, int(phase->values(0, 1)), int(phase->values(0, 2)), phase->values(0, 3))
                : QString();
    m_caption->setText(caption);
    m_caption->setToolTip(caption);
    // Only a game's verdicts: another kind's belong to its own panel.
    m_verdicts->setVerdicts(shown ? snapshot->verdicts : std::vector<Verdict>());
    if (shown && !had) emit pictureAppeared();
}

}  // namespace nnlab
