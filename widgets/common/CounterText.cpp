#include "common/CounterText.h"

namespace nnlab {

QString paddedCount(std::uint64_t count, const QLocale& locale) {
    QString digits = QString::number(count).rightJustified(6, QLatin1Char('0'));
    const QString separator = locale.groupSeparator();
    for (int i = int(digits.size()) - 3; i > 0; i -= 3) digits.insert(i, separator);
    return digits;
}

}  // namespace nnlab
