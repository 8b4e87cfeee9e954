#include "adversarial/AdversarialPhases.h"

#include <QLocale>

namespace nnlab {

QString AdversarialPhases::caption(int phase, int repetition, int repetitions, double figure) {
    const QString n = QLocale().toString(figure, 'g', 3);
    QString text;
    switch (phase) {
    case 1: text = tr("1. The generator makes samples from fresh noise"); break;
    case 2: text = tr("2. The discriminator classifies real and generated samples: mean D(fake) %1").arg(n); break;
    case 3: text = tr("3. The discriminator's loss on both: %1").arg(n); break;
    case 4: text = tr("4. The discriminator's gradients: norm %1").arg(n); break;
    case 5: text = tr("5. The discriminator takes its step"); break;
    case 6: text = tr("6. The generator makes samples from fresh noise"); break;
    case 7: text = tr("7. The discriminator classifies the generated samples: mean D(fake) %1").arg(n); break;
    case 8: text = tr("8. The generator's loss: %1").arg(n); break;
    case 9: text = tr("9. The generator's gradients, back through the discriminator: norm %1").arg(n); break;
    case 10: text = tr("10. The generator takes its step"); break;
    default: return QString();
    }
    if (repetitions > 1)
        text += QLatin1Char(' ') + (phase <= 5 ? tr("(discriminator step %1 of %2)") : tr("(generator step %1 of %2)"))
                                       .arg(repetition)
                                       .arg(repetitions);
    return text;
}

std::vector<AdversarialOverview::Box> AdversarialPhases::lit(int phase) {
    using B = AdversarialOverview;
    switch (phase) {
    case 1:
    case 6: return {B::Noise, B::Generator, B::Samples};
    case 2:
    case 7: return {B::Samples, B::Discriminator, B::Predictions};
    case 3:
    case 8: return {B::Predictions, B::Losses};
    case 4: return {B::Losses, B::Discriminator};
    case 9: return {B::Losses, B::Gradients, B::Generator};
    case 5: return {B::Discriminator};
    case 10: return {B::Generator};
    default: return {};
    }
}

std::vector<AdversarialOverview::Flow> AdversarialPhases::flow(int phase) {
    using B = AdversarialOverview;
    // Arrow i runs from box i to box i + 1 (AdversarialOverview::Box's order).
    switch (phase) {
    case 1:
    case 6: return {{B::Noise, false}, {B::Generator, false}};           // noise -> G -> samples
    case 2:
    case 7: return {{B::Samples, false}, {B::Discriminator, false}};     // samples -> D -> predictions
    case 3:
    case 8: return {{B::Predictions, false}};                            // predictions -> losses
    case 4: return {{B::Predictions, true}, {B::Discriminator, true}};   // losses -> back to D
    case 9: return {{B::Losses, false}};                                 // losses -> gradients on the samples
    default: return {};
    }
}

}  // namespace nnlab
