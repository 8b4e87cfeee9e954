#pragma once
// The message of what f throws (empty if it throws nothing): tests check that
// an error names its field first.
#include <QString>

#include <exception>
#include <functional>

namespace nnlab::test {

inline QString errorOf(const std::function<void()>& f) {
    try {
        f();
    } catch (const std::exception& e) {
        return QString::fromStdString(e.what());
    }
    return {};
}

}  // namespace nnlab::test
