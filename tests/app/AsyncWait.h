#pragma once
// Tests wait for the window's asynchronous answers here (the window itself
// never waits): a run state from the worker, or a signal with a timeout.
#include "TrainingController.h"

#include <QObject>
#include <QtTest>

namespace nnlab::testing {

// Asks the worker for its run and runs the event loop until it answers (null on timeout).
inline RunStatePtr fetchAndWait(TrainingController& controller, int timeoutMs = 10000) {
    RunStatePtr state;
    bool answered = false;
    QObject context;
    controller.fetchState(&context, [&](RunStatePtr s) {
        state = std::move(s);
        answered = true;
    });
    QTest::qWaitFor([&] { return answered; }, timeoutMs);
    return state;
}

}  // namespace nnlab::testing
