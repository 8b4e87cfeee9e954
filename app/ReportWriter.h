#pragma once
// A one-file report of a run for a homework hand-in: title, date, settings,
// final metrics and figures. Built from plain data (ReportContent.h fills it
// from the window), so it can be written and tested without a window.
// HTML: one self-contained file, figures embedded as base64 PNG.
// PDF: the same document laid out by QTextDocument and printed with QPdfWriter
// on A4. Both are written whole or not at all (QSaveFile).
#include <QCoreApplication>
#include <QDateTime>
#include <QImage>
#include <QList>
#include <QString>
#include <QStringList>

namespace nnlab {

struct ReportRow {
    QString label, value;
};

struct ReportSection {
    QString heading;
    QList<ReportRow> rows;
};

struct ReportFigure {
    QString caption;
    QImage image;
};

struct ReportData {
    QString title;
    QDateTime created;
    QList<ReportSection> settings;
    QList<ReportRow> metrics;
    QList<ReportFigure> figures;
    // Captions of the window's figures that had nothing to show (the health
    // plots of a run opened from a file and not trained since): named in the
    // report, so a reader knows they were left out and why.
    QStringList omittedFigures;
};

class ReportWriter {
    Q_DECLARE_TR_FUNCTIONS(nnlab::ReportWriter)
public:
    // How <img> finds a figure: a data: URL in the file, or "figure-N.png",
    // a resource QTextDocument is given (it does not read data: URLs).
    enum class Images { Embedded, Resources };

    static QString html(const ReportData& report, Images images = Images::Embedded);
    static QByteArray pdf(const ReportData& report);
    // false and *error naming the file on failure; nothing is left behind.
    static bool writeHtml(const ReportData& report, const QString& path, QString* error = nullptr);
    static bool writePdf(const ReportData& report, const QString& path, QString* error = nullptr);

    static QString figureResourceName(int index);
};

}  // namespace nnlab
