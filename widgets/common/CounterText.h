#pragma once
// A counter as TensorFlow Playground and GAN Lab show theirs: six digits,
// zero-padded, grouped by the locale ("001,234"; longer numbers keep all
// their digits). The toolbar's epochs and the game's iterations both use it.
#include <QLocale>
#include <QString>

#include <cstdint>

namespace nnlab {

QString paddedCount(std::uint64_t count, const QLocale& locale = QLocale());

}  // namespace nnlab
