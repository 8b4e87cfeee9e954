// The words of a generative adversarial network's verdicts: its evidence
// (mode coverage, the swinging gap D(real) - D(fake), a discriminator that
// wins) and its remedies with their figures, through tr(). The engine keeps
// its English for the CLI; the keys and figures are core's GanVerdicts.h.
#include "healthview/VerdictList.h"

#include <QLocale>

namespace nnlab {
namespace {

QString number(double v) { return QLocale().toString(v, 'g', 3); }
QString whole(double v) { return QLocale().toString(qlonglong(v)); }
double first(const Remedy& r, std::size_t i = 0) { return i < r.tryThis.size() ? r.tryThis[i].number : 0.0; }

}  // namespace

QString VerdictList::adversarialRemedyText(const Remedy& r) {
    const std::string& k = r.key;
    if (k == "lower_generator_lr") return tr("Halve the generator's learning rate to %1").arg(number(first(r)));
    if (k == "lower_discriminator_lr") return tr("Halve the discriminator's learning rate to %1").arg(number(first(r)));
    if (k == "lower_both_lr")
        return tr("Halve both learning rates (%1 for the discriminator, %2 for the generator)").arg(number(first(r)), number(first(r, 1)));
    if (k == "more_discriminator_steps")
        return tr("Train the discriminator %1 times per iteration: it punishes a crowded mode sooner").arg(whole(first(r)));
    if (k == "more_generator_steps")
        return tr("Train the generator %1 times per iteration: it gets more moves against the discriminator").arg(whole(first(r)));
    return QString();
}

QString VerdictList::adversarialTryLabel(const Remedy& r) {
    const std::string& k = r.key;
    if (k == "use_non_saturating") return tr("Switch the loss to non-saturating");
    if (k == "label_smoothing") return tr("Label the real samples %1").arg(number(first(r)));
    if (k == "lower_generator_lr") return tr("Set the generator's learning rate to %1").arg(number(first(r)));
    if (k == "lower_discriminator_lr") return tr("Set the discriminator's learning rate to %1").arg(number(first(r)));
    if (k == "lower_both_lr")
        return tr("Set the learning rates to %1 (discriminator) and %2 (generator)").arg(number(first(r)), number(first(r, 1)));
    if (k == "more_discriminator_steps") return tr("Train the discriminator %1 times per iteration").arg(whole(first(r)));
    if (k == "more_generator_steps") return tr("Train the generator %1 times per iteration").arg(whole(first(r)));
    return QString();
}

QString VerdictList::adversarialEvidenceText(const Evidence& e) {
    const std::string& k = e.key;
    const auto& f = e.figures;
    if (k == "mode_coverage" && f.size() >= 3)
        return tr("The generated samples reach %1 of the %2 real modes (for %3 epochs in a row).")
            .arg(whole(f[0]), whole(f[1]), whole(f[2]));
    if (k == "mode_shares" && f.size() >= 2 && f.size() % 2 == 0) {
        QStringList fake, real;
        const std::size_t modes = f.size() / 2;
        for (std::size_t m = 0; m < modes; ++m) {
            fake << percentText(f[m]);
            real << percentText(f[modes + m]);
        }
        return tr("Generated samples per mode: %1 (real samples: %2).")
            .arg(fake.join(QStringLiteral(", ")), real.join(QStringLiteral(", ")));
    }
    if (k == "gap_oscillation" && f.size() >= 3)
        return tr("Over the last %1 epochs D(real) \u2212 D(fake) changed direction %2 times, spreading by %3 around its trend.")
            .arg(whole(f[1]), whole(f[0]), figureText(f[2]));
    if (k == "d_fake_low" && f.size() >= 3)
        return tr("The discriminator gives generated samples D(fake) = %1 and real ones D(real) = %2; D(fake) fell under %3 in epoch %4.")
            .arg(figureText(f[0]), figureText(f[1]), number(0.1), whole(f[2]));
    if (k == "generator_gradient" && f.size() >= 2)
        return tr("Under the minimax loss the generator's gradient per logit is D(fake) = %1: it vanishes as the discriminator wins. "
                  "The non-saturating loss would give 1 \u2212 D(fake) = %2.")
            .arg(figureText(f[0]), figureText(f[1]));
    return QString();
}

}  // namespace nnlab
