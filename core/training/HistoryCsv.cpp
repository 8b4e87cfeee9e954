#include "training/HistoryCsv.h"

#include <iomanip>

namespace nnlab {

void writeHistoryCsv(std::ostream& out, const std::vector<HistoryPoint>& history, const std::string& metricName) {
    out << "epoch,step,train_loss,test_loss,train_" << metricName << ",test_" << metricName << ",learning_rate\n";
    out << std::setprecision(17);
    for (const HistoryPoint& p : history)
        out << p.epoch << ',' << p.step << ',' << p.trainLoss << ',' << p.testLoss << ',' << p.trainMetric << ','
            << p.testMetric << ',' << p.learningRate << '\n';
}

}  // namespace nnlab
