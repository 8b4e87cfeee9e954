#pragma once
// The message of the error a call throws, for tests that compare messages
// word for word: the what() of an E, a marked line for another exception, or
// "<no exception>".
#include <QString>

#include <exception>

template <typename E, typename F>
QString messageOf(F&& f) {
    try {
        f();
    } catch (const E& e) {
        return QString::fromStdString(e.what());
    } catch (const std::exception& e) {
        return QStringLiteral("<other exception> ") + e.what();
    }
    return QStringLiteral("<no exception>");
}
