#include "tasks/gan/GanSeries.h"

namespace nnlab {

std::vector<SeriesInfo> ganSeries() {
    return {
        {"d_loss", "discriminator loss", SeriesRole::Loss, ""},
        {"g_loss", "generator loss", SeriesRole::Loss, ""},
        {"d_real", "D(real)", SeriesRole::Metric, ""},
        {"d_fake", "D(fake)", SeriesRole::Metric, ""},
        {"kl", "KL divergence (grid)", SeriesRole::Metric, "kl_divergence"},
        {"js", "JS divergence (grid)", SeriesRole::Metric, "js_divergence"},
    };
}

}  // namespace nnlab
