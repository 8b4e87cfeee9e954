#include "healthview/VerdictList.h"
#include "healthview/WrappingButton.h"

#include <QCoreApplication>
#include <QHeaderView>
#include <QLocale>
#include <QPushButton>
#include <QStyledItemDelegate>

#include <iterator>

namespace nnlab {
namespace {

struct Text {
    const char* key;
    const char* text;
};

// Keyed by verdict name; the engine's English is the fallback.
const Text kTitles[] = {
    {"vanishing_gradients", QT_TRANSLATE_NOOP("Verdict", "Vanishing gradients: the early layers hardly learn")},
    {"vanishing_through_time", QT_TRANSLATE_NOOP("Verdict", "The gradient fades through time: the early steps of a sequence hardly teach the recurrent layer")},
    {"exploding_gradients", QT_TRANSLATE_NOOP("Verdict", "Exploding gradients: the updates blow up")},
    {"dead_relu", QT_TRANSLATE_NOOP("Verdict", "Dead ReLUs: units that output 0 for every input")},
    {"saturation", QT_TRANSLATE_NOOP("Verdict", "Saturated units: sigmoid/tanh outputs stuck near their limits")},
    {"symmetry", QT_TRANSLATE_NOOP("Verdict", "Symmetric units: every unit of a layer computes the same thing")},
    {"lr_too_high", QT_TRANSLATE_NOOP("Verdict", "Learning rate too high: the loss jumps or diverges")},
    {"lr_too_low", QT_TRANSLATE_NOOP("Verdict", "Learning rate too low: the loss falls, but very slowly")},
    // A generative adversarial network's verdicts.
    {"mode_collapse", QT_TRANSLATE_NOOP("Verdict", "Mode collapse: the generator makes only some of the real modes")},
    {"oscillation", QT_TRANSLATE_NOOP("Verdict", "Oscillation: the two players chase each other without settling")},
    {"discriminator_wins", QT_TRANSLATE_NOOP("Verdict", "The discriminator wins too fast: it tells every generated sample apart")},
};

// Keyed by remedy key (the same key means the same advice in every verdict).
const Text kRemedies[] = {
    {"use_relu_he", QT_TRANSLATE_NOOP("Verdict", "Use ReLU in the hidden layers with He initialisation")},
    {"use_recommended_init", QT_TRANSLATE_NOOP("Verdict", "Initialise each layer for its activation (Glorot for sigmoid/tanh, He for ReLU)")},
    {"use_glorot", QT_TRANSLATE_NOOP("Verdict", "Initialise with Glorot")},
    {"use_he_init", QT_TRANSLATE_NOOP("Verdict", "Initialise ReLU layers with He and zero biases")},
    {"random_init", QT_TRANSLATE_NOOP("Verdict", "Initialise the weights at random to break the symmetry")},
    {"use_leaky_relu", QT_TRANSLATE_NOOP("Verdict", "Use leaky ReLU: its gradient is never 0, so units can recover")},
    {"clip_norm", QT_TRANSLATE_NOOP("Verdict", "Clip the gradient norm to 1")},
    {"batchnorm", QT_TRANSLATE_NOOP("Verdict", "Add batch normalisation between the hidden layers")},
    {"fewer_layers", QT_TRANSLATE_NOOP("Verdict", "Use fewer layers")},
    {"normalise_inputs", QT_TRANSLATE_NOOP("Verdict", "Standardise the inputs and add batch normalisation")},
    {"schedule", QT_TRANSLATE_NOOP("Verdict", "Decay the learning rate over the epochs")},
    {"use_adam", QT_TRANSLATE_NOOP("Verdict", "Use Adam")},
    {"use_lstm", QT_TRANSLATE_NOOP("Verdict", "Use an LSTM instead of the plain RNN: its cell state carries the gradient back through time")},
    {"train_gates", QT_TRANSLATE_NOOP("Verdict", "Train on: the LSTM or GRU learns to hold its gates open, and the gradient then reaches the early steps")},
    {"shorter_sequences", QT_TRANSLATE_NOOP("Verdict", "Train on shorter sequences (a shorter delay) first, then lengthen them")},
    {"use_non_saturating", QT_TRANSLATE_NOOP("Verdict", "Use the non-saturating loss: -log D(G(z)) keeps the generator's gradient when the discriminator wins")},
    {"label_smoothing", QT_TRANSLATE_NOOP("Verdict", "Label the real samples 0.9 instead of 1 (one-sided label smoothing): a less sure discriminator")},
    {"reset_other_seed", QT_TRANSLATE_NOOP("Verdict", "Reset with another seed: another start often reaches every mode")},
};

// QTreeView draws wrapped text but sizes rows as one line; this measures a
// row at the width its column really has, so long sentences get their lines.
class WrappingDelegate : public QStyledItemDelegate {
public:
    explicit WrappingDelegate(QTreeView* view) : QStyledItemDelegate(view), m_view(view) {}
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override {
        QSize size = QStyledItemDelegate::sizeHint(option, index);
        if (index.column() != 0) return size;
        int depth = 0;
        for (QModelIndex p = index.parent(); p.isValid(); p = p.parent()) ++depth;
        const int width = m_view->columnWidth(0) - (depth + 1) * m_view->indentation() - 8;
        if (width <= 40) return size;
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        const QRect text = QFontMetrics(opt.font).boundingRect(QRect(0, 0, width, 100000), Qt::TextWordWrap, opt.text);
        size.setHeight(std::max(size.height(), text.height() + 6));
        return size;
    }

private:
    QTreeView* m_view;
};

QString lookup(const Text* table, std::size_t n, const std::string& key, const std::string& fallback) {
    for (std::size_t i = 0; i < n; ++i)
        if (key == table[i].key) return QCoreApplication::translate("Verdict", table[i].text);
    return QString::fromStdString(fallback);
}

}  // namespace

VerdictList::VerdictList(QWidget* parent) : QTreeWidget(parent) {
    setColumnCount(2);
    setHeaderHidden(true);
    setWordWrap(true);
    setUniformRowHeights(false);
    setTextElideMode(Qt::ElideNone);  // a cut-off diagnosis is no diagnosis: wrap instead
    setItemDelegate(new WrappingDelegate(this));
    header()->setStretchLastSection(false);
    header()->setSectionResizeMode(0, QHeaderView::Stretch);
    header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    setToolTip(tr("What the gradient health says about this run, with the evidence and what to do about it."));
    rebuild();
}

QString VerdictList::titleFor(const Verdict& v) {
    return lookup(kTitles, std::size(kTitles), v.name, v.title);
}

QString VerdictList::remedyText(const Verdict& v, const Remedy& r) {
    // lower_lr and raise_lr carry the current and the proposed value: keep the engine's figures.
    if (r.key == "lower_lr" || r.key == "raise_lr") {
        const QLocale locale;
        const double value = r.tryThis.empty() ? 0.0 : r.tryThis.front().number;
        return r.key == "lower_lr" ? tr("Lower the learning rate to %1").arg(locale.toString(value, 'g', 3))
                                   : tr("Raise the learning rate to %1").arg(locale.toString(value, 'g', 3));
    }
    (void)v;
    const QString adversarial = adversarialRemedyText(r);
    if (!adversarial.isEmpty()) return adversarial;
    return lookup(kRemedies, std::size(kRemedies), r.key, r.text);
}

QString VerdictList::signature(const std::vector<Verdict>& verdicts) {
    QString s;
    for (const Verdict& v : verdicts) {
        // Not the layers: they flicker in and out between frames of a deep
        // net (dense_6 near the threshold) and only name the tooltip, which
        // is refreshed in place. A rebuild makes new buttons, and showing each
        // asks the X server where the pointer is.
        s += QString::fromStdString(v.name) + QLatin1Char('|');
        for (const Remedy& r : v.remedies) s += QString::fromStdString(r.key) + QString::number(r.tryThis.size());
        s += QLatin1Char(';');
    }
    return s;
}

QString VerdictList::layersToolTip(const Verdict& v) {
    QStringList layers;
    for (const std::string& l : v.layers) layers << QString::fromStdString(l);
    return tr("Layers: %1\nCurriculum: %2").arg(layers.join(QStringLiteral(", ")), QString::fromStdString(v.curriculum));
}

void VerdictList::setEmptyText(const QString& text) {
    if (text == m_emptyText) return;
    m_emptyText = text;
    if (m_verdicts.empty()) rebuild();
}

void VerdictList::setHarmlessDead(int units) {
    if (units == m_harmlessDead) return;
    m_harmlessDead = units;
    if (m_verdicts.empty()) rebuild();
}

void VerdictList::setVerdicts(const std::vector<Verdict>& verdicts, int layerCount) {
    const QString sig = signature(verdicts) + QString::number(layerCount);
    m_layerCount = layerCount;
    const bool same = sig == m_signature && topLevelItemCount() > 0;
    m_verdicts = verdicts;
    if (!same) {
        m_signature = sig;
        rebuild();
        return;
    }
    // Same verdicts: refresh the figures and layers only, so expansion and focus stay.
    for (int i = 0; i < topLevelItemCount() && i < int(m_verdicts.size()); ++i) {
        QTreeWidgetItem* top = topLevelItem(i);
        const Verdict& v = m_verdicts[std::size_t(i)];
        top->setToolTip(0, layersToolTip(v));
        for (int k = 0; k < int(v.evidence.size()) && k < top->childCount(); ++k)
            top->child(k)->setText(0, evidenceText(v.evidence[std::size_t(k)]));
    }
}

void VerdictList::rebuild() {
    clear();
    if (m_verdicts.empty()) {
        const QString text =
            m_harmlessDead > 0
                ? tr("No problem found in the gradients so far. The %1 dead units on the canvas are fewer than half of "
                     "each layer: harmless while the other units carry the signal.").arg(m_harmlessDead)
                : (m_emptyText.isEmpty() ? tr("No problem found in the gradients so far.") : m_emptyText);
        auto* item = new QTreeWidgetItem(this, {text});
        item->setFlags(Qt::ItemIsEnabled);
        return;
    }
    for (const Verdict& v : m_verdicts) {
        auto* top = new QTreeWidgetItem(this, {titleFor(v)});
        QFont bold = top->font(0);
        bold.setBold(true);
        top->setFont(0, bold);
        top->setData(0, Qt::UserRole, QString::fromStdString(v.name));
        top->setToolTip(0, layersToolTip(v));
        for (const Evidence& e : v.evidence) {
            auto* item = new QTreeWidgetItem(top, {evidenceText(e)});
            item->setData(0, Qt::UserRole, QString::fromStdString(e.key));
            item->setToolTip(0, tr("Evidence"));
        }
        for (const Remedy& r : v.remedies) {
            auto* item = new QTreeWidgetItem(top, {QStringLiteral("\u2192 ") + remedyText(v, r)});
            item->setData(0, Qt::UserRole, QString::fromStdString(r.key));
            item->setToolTip(0, remedyText(v, r));  // the whole sentence where the column cuts it
            if (r.tryThis.empty()) continue;
            // The button names its change and sits in the row right under its
            // remedy, as wide as the list: no guessing which line it belongs to.
            const QString label = tryLabel(r, m_layerCount);
            auto* row = new QTreeWidgetItem(top);
            row->setFlags(Qt::ItemIsEnabled);
            row->setFirstColumnSpanned(true);
            row->setData(0, Qt::UserRole, QStringLiteral("try:") + QString::fromStdString(r.key));
            auto* button = new WrappingButton(label, this);
            button->setObjectName(QStringLiteral("try_%1_%2").arg(QString::fromStdString(v.name), QString::fromStdString(r.key)));
            button->setToolTip(tr("Try this: %1. Edit > Undo takes it back.").arg(label));
            button->setMinimumWidth(40);  // a narrow dock cuts the text; the tooltip keeps it whole

            const QString verdict = QString::fromStdString(v.name), remedy = QString::fromStdString(r.key);
            const std::vector<TryChange> changes = r.tryThis;
            connect(button, &QPushButton::clicked, this, [this, verdict, remedy, changes, label] {
                emit tryRequested(verdict, remedy, changes, label);
            });
            setItemWidget(row, 0, button);
        }
        if (!v.notesCorrection.empty()) {
            auto* note = new QTreeWidgetItem(top, {notesText(v)});
            QFont italic = note->font(0);
            italic.setItalic(true);
            note->setFont(0, italic);
            note->setToolTip(0, tr("Where the course notes say otherwise, the lab follows the textbook (GBC)."));
        }
        top->setExpanded(true);
    }
    sizeButtonRows();
}

void VerdictList::sizeButtonRows() {
    // A wrapped button is as tall as its row is narrow: give each row its height.
    for (int i = 0; i < topLevelItemCount(); ++i) {
        QTreeWidgetItem* top = topLevelItem(i);
        for (int k = 0; k < top->childCount(); ++k) {
            QTreeWidgetItem* row = top->child(k);
            auto* button = qobject_cast<WrappingButton*>(itemWidget(row, 0));
            if (!button) continue;
            const int width = std::max(60, viewport()->width() - 2 * indentation() - 4);
            row->setSizeHint(0, QSize(width, button->heightForWidth(width) + 4));
        }
    }
}

void VerdictList::resizeEvent(QResizeEvent* event) {
    QTreeWidget::resizeEvent(event);
    sizeButtonRows();
    // Wrapped rows are as tall as the column is narrow: measure them again.
    scheduleDelayedItemsLayout();
}

bool VerdictList::triggerTry(const QString& verdict, const QString& remedy) {
    auto* button = findChild<QPushButton*>(QStringLiteral("try_%1_%2").arg(verdict, remedy));
    if (!button) return false;
    button->click();
    return true;
}

}  // namespace nnlab
