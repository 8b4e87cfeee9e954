// The verdict list's wording of evidence and notes corrections: the engine's
// English stays for the CLI; here every sentence goes through tr(), filled
// from the Evidence's key, layer, value, names and figures (health/Verdict.h).
#include "healthview/VerdictList.h"
#include "health/Figures.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>

namespace nnlab {
namespace {

QString num(double v) { return VerdictList::figureText(v); }
QString pct(double v) { return VerdictList::percentText(v); }
QString name(const std::string& s) { return QString::fromStdString(s); }

QString quantityWord(const std::string& q) {
    if (q == "output") return VerdictList::tr("output");
    if (q == "gradient") return VerdictList::tr("gradient");
    if (q == "loss") return VerdictList::tr("loss");
    return name(q);
}

struct Note {
    const char* verdict;
    const char* text;
};

// Keyed by verdict name; the same corrections as core/health/Diagnosis.cpp.
const Note kNotes[] = {
    {"vanishing_gradients",
     QT_TRANSLATE_NOOP("Verdict", "Notes error (000-10): the notes say the update ends with w_new = w_old exactly. The gradient gets tiny, not "
                                  "zero. They also blame tanh as much as sigmoid; tanh's slope peaks at 1 and it only vanishes where it "
                                  "saturates. Notes error (003-12): bias gradients are said not to vanish; dL/db[l] is the same backpropagated "
                                  "error as dL/dW[l] and vanishes with it (GBC §6.5).")},
    {"exploding_gradients",
     QT_TRANSLATE_NOOP("Verdict", "Notes error (000-13): NaN is not \"a very large or very small number\"; it is IEEE 754 not-a-number, "
                                  "distinct from +-inf, and comes from overflow, log 0 or 0/0 (GBC §4.1). A NaN loss is not a dead ReLU.")},
    {"dead_relu",
     QT_TRANSLATE_NOOP("Verdict", "Notes error (000-13): the notes show a log with loss: nan as dying ReLU. A dead unit outputs 0 and passes "
                                  "zero gradient; the loss stays finite. NaN comes from overflow, log 0 or 0/0 (GBC §4.1).")},
    {"saturation",
     QT_TRANSLATE_NOOP("Verdict", "Notes error (003-07): the notes say small weights map the sigmoid to 0 \"the same as\" large weights. Small "
                                  "weights put z near 0, where the slope is largest (0.25); large weights saturate. Small weights vanish "
                                  "because many small factors multiply across layers.")},
    {"symmetry",
     QT_TRANSLATE_NOOP("Verdict", "Notes error (000-26): random initialisation is justified in the notes as avoiding \"a false minimum\". The "
                                  "reason is breaking symmetry: units that start equal get equal gradients and stay equal (GBC §8.4).")},
    {"lr_too_high",
     QT_TRANSLATE_NOOP("Verdict", "Notes error (001-07): the notes say a too-large learning rate makes the model \"converge\". It overshoots "
                                  "and can diverge: on E = (xw - y)^2 one step multiplies the error by (1 - 2 a x^2), which oscillates for "
                                  "a > 1/(2x^2) and diverges for a > 1/x^2.")},
};

}  // namespace

QString VerdictList::figureText(double v) { return QLocale().toString(roundedSignificant(v, 3), 'g', 3); }
QString VerdictList::percentText(double share) { return tr("%1 %").arg(QLocale().toString(roundedPercent(share), 'f', 0)); }

QString VerdictList::evidenceText(const Evidence& e) {
    const std::string& k = e.key;
    const QString layer = name(e.layer);
    const auto& f = e.figures;
    const auto& n = e.names;
    if (k == "grad_ratio_first_last" && n.size() >= 2) {
        if (f.size() >= 5)
            return tr("Over the last %1 recorded steps (%2 to %3), the median gradient of %4 is %5 times that of %6 (%7 vs %8).")
                .arg(QLocale().toString(qlonglong(f[2])), QLocale().toString(qlonglong(f[3])), QLocale().toString(qlonglong(f[4])),
                     name(n[0]), num(e.value), name(n[1]), num(f[0]), num(f[1]));
        if (f.size() >= 2)
            return tr("The gradient of %1 is %2 times that of %3 (%4 vs %5).").arg(name(n[0]), num(e.value), name(n[1]), num(f[0]), num(f[1]));
        return tr("The gradient of %1 is %2 times that of %3.").arg(name(n[0]), num(e.value), name(n[1]));
    }
    if (k == "time_grad_ratio" && f.size() >= 4)
        return tr("Over the last %1 recorded steps, the median gradient reaching the hidden state of %2 at the first time "
                  "step is %3 times that at the last of its %4 steps (%5 vs %6).")
            .arg(QLocale().toString(qlonglong(f[3])), layer, num(e.value), QLocale().toString(qlonglong(f[2])), num(f[0]), num(f[1]));
    if (k == "loss_since_first_epoch" && f.size() >= 2)
        return tr("The training loss is still %1 of its value after the first epoch (%2 of %3).").arg(pct(e.value), num(f[0]), num(f[1]));
    if (k == "bias_grad_first") return tr("The bias gradient of %1 is small too: %2.").arg(layer, num(e.value));
    if (k == "update_ratio_first")
        return tr("The weights of %1 change by %2 of their size per step (healthy: about 0.001).").arg(layer, num(e.value));
    if (k == "loss_drop_last_half")
        return roundedPercent(e.value) < 0.0 ? tr("The training loss rose by %1 over the last half of the epochs.").arg(pct(-e.value))
                                             : tr("The training loss fell by %1 over the last half of the epochs.").arg(pct(e.value));
    if (k == "nan_step" && n.size() >= 2) {
        const QString step = QLocale().toString(qlonglong(e.value));
        if (n[1].empty())
            return tr("At step %1 the %2 of %3 became NaN or infinite; training stopped with the weights from before that step.")
                .arg(step, quantityWord(n[0]), layer);
        return tr("At step %1 the %2 of %3 in %4 became NaN or infinite; training stopped with the weights from before that step.")
            .arg(step, quantityWord(n[0]), name(n[1]), layer);
    }
    if (k == "grad_growth" && f.size() >= 2)
        return tr("The gradient norm grew %1-fold (%2 to %3).").arg(num(e.value), num(f[0]), num(f[1]));
    if (k == "grad_peak" && f.size() >= 2)
        return tr("At step %1 the gradient norm reached %2, %3 times its value at the first step.")
            .arg(QLocale().toString(qlonglong(f[0])), num(f[1]), num(e.value));
    if (k == "weight_growth" && f.size() >= 2)
        return tr("The weights of %1 grew %2-fold (norm %3 to %4).").arg(layer, num(e.value), num(f[0]), num(f[1]));
    if (k == "dead_share")
        return tr("%1 of the units of %2 output 0 on every input (z \u2264 0 for 100 samples in a row or more): they get no gradient.")
            .arg(pct(e.value), layer);
    if (k == "saturated_share")
        return tr("%1 of the outputs of %2 are saturated (slope below 18 % of its peak; |z| > 3 for sigmoid).").arg(pct(e.value), layer);
    if (k == "loss_remaining" && f.size() >= 2)
        return tr("The training loss is still %1 of its value before training (%2 of %3).").arg(pct(e.value), num(f[0]), num(f[1]));
    if (k == "unit_spread" && !f.empty())
        return tr("The %1 units of %2 have identical weights and biases (largest difference %3): they get the same gradient and stay identical.")
            .arg(QLocale().toString(qlonglong(f[0])), layer, num(e.value));
    if (k == "loss") return tr("The training loss is %1 (ln 2 = 0.693 is a coin toss).").arg(num(e.value));
    if (k == "loss_rise" && f.size() >= 2) return tr("The training loss rose to %1 from a lowest %2.").arg(num(f[0]), num(f[1]));
    if (k == "loss_above_chance" && f.size() >= 3)
        return tr("The training loss sits at %1 for the last %2 epochs, %3 times the %4 of an output that knows nothing: "
                  "the outputs are stuck at wrong answers.")
            .arg(num(f[0]), QLocale().toString(qlonglong(f[2])), num(e.value), num(f[1]));
    if (k == "loss_oscillation" && f.size() >= 2)
        return tr("%1 of the last %2 epochs raised the training loss; it moves by %3 of the first epoch's loss per epoch.")
            .arg(QLocale().toString(qlonglong(f[0])), QLocale().toString(qlonglong(f[1])), pct(e.value));
    if (k == "update_ratio_max")
        return tr("No layer's weights change by more than %1 of their size per step (healthy: about 0.001).").arg(num(e.value));
    if (k == "loss_drop" && !f.empty())
        return tr("The training loss fell steadily but only by %1 of its start in %2 epochs.").arg(pct(e.value), QLocale().toString(qlonglong(f[0])));
    const QString adversarial = adversarialEvidenceText(e);
    if (!adversarial.isEmpty()) return adversarial;
    return QString::fromStdString(e.text);  // a key this GUI does not know yet
}

QString VerdictList::notesText(const Verdict& v) {
    for (const Note& note : kNotes)
        if (v.name == note.verdict) return QCoreApplication::translate("Verdict", note.text);
    return QString::fromStdString(v.notesCorrection);
}

}  // namespace nnlab
