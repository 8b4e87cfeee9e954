#include "TrainingToolBar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QSlider>

#include "common/CounterText.h"
#include "common/ReadoutLabel.h"

#include <cmath>

namespace nnlab {

TrainingToolBar::TrainingToolBar(const QList<QAction*>& actions, QWidget* parent) : QToolBar(tr("Training"), parent) {
    setObjectName(QStringLiteral("trainingToolBar"));
    setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    addActions(actions);
    addSeparator();

    auto* speedLabel = new QLabel(tr("Speed"), this);
    speedLabel->setContentsMargins(6, 0, 4, 0);
    addWidget(speedLabel);
    m_speed = new QSlider(Qt::Horizontal, this);
    m_speed->setObjectName(QStringLiteral("speedSlider"));
    m_speed->setRange(1, 10);
    m_speed->setValue(kDefaultSpeed);
    m_speed->setPageStep(1);
    m_speed->setFixedWidth(110);
    m_speed->setToolTip(tr("Training speed: slow it down to watch single updates; the right end trains as fast as the computer can."));
    connect(m_speed, &QSlider::valueChanged, this, &TrainingToolBar::speedChanged);
    addWidget(m_speed);
    addSeparator();

    auto label = [this](const QString& tip) {
        auto* l = new ReadoutLabel(this);
        l->setContentsMargins(8, 0, 8, 0);
        l->setToolTip(tip);
        addWidget(l);
        return l;
    };
    m_epoch = label(tr("Epochs trained: one epoch is one pass over the whole training set."));
    m_epoch->setObjectName(QStringLiteral("epochLabel"));
    QFont big = m_epoch->font();
    big.setPointSizeF(big.pointSizeF() * 1.25);
    big.setBold(true);
    m_epoch->setFont(big);
    m_elapsed = label(tr("Time spent training since the last reset."));
    m_rate = label(tr("Training samples processed per second, a measure of speed."));
    m_epoch->setText(tr("Epoch %1").arg(formatEpoch(0)));
    m_elapsed->setText(formatElapsed(0));
    m_rate->setText(tr("\u2013 samples/s"));
    // Room for the widest values, so that changing digits neither move the toolbar nor relayout the window.
    m_epoch->setSampleText(tr("Epoch %1").arg(formatEpoch(9999999)));
    m_rate->setSampleText(tr("%1 samples/s").arg(QLocale().toString(99999999)));
    m_elapsed->setSampleText(QStringLiteral("00:00:00"));
}

QString TrainingToolBar::formatEpoch(std::uint64_t epoch) { return paddedCount(epoch); }

QString TrainingToolBar::formatElapsed(double seconds) {
    const qint64 s = qint64(std::floor(seconds));
    if (s >= 3600)
        return QStringLiteral("%1:%2:%3").arg(s / 3600).arg((s / 60) % 60, 2, 10, QLatin1Char('0')).arg(s % 60, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1:%2").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
}

QString TrainingToolBar::epochText() const { return m_epoch->text(); }
QString TrainingToolBar::rateText() const { return m_rate->text(); }

QString TrainingToolBar::rateText(const Snapshot& s) {
    // A rate over a few milliseconds (a run that stopped on NaN at once) is
    // noise: "88,235,294 samples/s" at 0:00. Below kMinRateSeconds: a dash.
    if (s.elapsedSeconds < kMinRateSeconds || !std::isfinite(s.samplesPerSecond) || s.samplesPerSecond <= 0.0)
        return tr("\u2013 samples/s");
    return tr("%1 samples/s").arg(QLocale().toString(qlonglong(std::llround(s.samplesPerSecond))));
}

void TrainingToolBar::showSnapshot(std::shared_ptr<const Snapshot> s) {
    if (!s) return;
    m_epoch->setText(tr("Epoch %1").arg(formatEpoch(s->epoch)));
    m_elapsed->setText(formatElapsed(s->elapsedSeconds));
    m_rate->setText(rateText(*s));
}

void TrainingToolBar::setSpeed(int level) {
    if (m_speed->value() != level) m_speed->setValue(level);
}

}  // namespace nnlab
