#pragma once
// Runs an executable to its end with a time limit, as a script would: the
// headless and CLI tests check its exit status, its output and its files.
// A run that does not end in time is killed and reported as hung, so a
// program waiting for a click fails the test instead of stalling it.
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace nnlab::test {

struct ProcessRun {
    bool finished = false;  // ended by itself within the limit
    bool crashed = false;
    int exitCode = -1;
    QString out, err;
    QString describe() const {
        return QStringLiteral("%1, exit %2\nstdout: %3\nstderr: %4")
            .arg(!finished ? QStringLiteral("hung (killed)") : crashed ? QStringLiteral("crashed") : QStringLiteral("ended"))
            .arg(exitCode)
            .arg(out.left(2000), err.left(2000));
    }
};

// The system's environment with Qt's offscreen platform: no window appears.
inline QProcessEnvironment offscreenEnvironment() {
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    return env;
}

inline ProcessRun runProcess(const QString& program, const QStringList& args, const QString& workingDir, int timeoutMs,
                             const QProcessEnvironment& env = offscreenEnvironment()) {
    QProcess p;
    p.setProcessEnvironment(env);
    p.setWorkingDirectory(workingDir);
    p.start(program, args);
    ProcessRun r;
    if (!p.waitForStarted(10000)) {
        r.err = QStringLiteral("cannot start ") + program;
        return r;
    }
    r.finished = p.waitForFinished(timeoutMs);
    if (!r.finished) {
        p.kill();
        p.waitForFinished(5000);
    }
    r.crashed = p.exitStatus() == QProcess::CrashExit;
    r.exitCode = r.finished && !r.crashed ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

}  // namespace nnlab::test
