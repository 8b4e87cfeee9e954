#include "ReportWriter.h"

#include "figures/FigureExport.h"

#include <QBuffer>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QTextDocument>
#include <QUrl>

#include <algorithm>

namespace nnlab {

namespace {

// Figures are shown at most this wide and this tall in the PDF's layout (A4
// less margins is about 680 x 1000 of these units), full resolution kept in
// the file: two figures with their captions fit on a page under the
// "Figures" heading and its note (QTextDocument cannot keep a caption with
// its figure), and a tall one (the square output map) does not fill a page alone.
constexpr int kPdfFigureWidth = 620;
constexpr int kPdfFigureHeight = 290;

int pdfFigureWidth(const QImage& image) {
    if (image.isNull() || image.height() <= 0) return kPdfFigureWidth;
    const double byHeight = double(kPdfFigureHeight) * image.width() / image.height();
    return int(std::min({double(kPdfFigureWidth), double(image.width()), byHeight}));
}

QByteArray pngBytes(const QImage& image) {
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

QString rowsTable(const QList<ReportRow>& rows) {
    QString out = QStringLiteral("<table class=\"rows\" cellspacing=\"0\" cellpadding=\"3\">\n");
    for (const ReportRow& row : rows)
        out += QStringLiteral("<tr><th align=\"left\" valign=\"top\">%1</th><td>%2</td></tr>\n")
                   .arg(row.label.toHtmlEscaped(), row.value.toHtmlEscaped());
    return out + QStringLiteral("</table>\n");
}

}  // namespace

QString ReportWriter::figureResourceName(int index) {
    return QStringLiteral("figure-%1.png").arg(index + 1);
}

QString ReportWriter::html(const ReportData& report, Images images) {
    const QLocale locale;
    QString out;
    out += QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\">\n<head>\n<meta charset=\"utf-8\">\n<title>%2</title>\n")
               .arg(locale.bcp47Name(), report.title.toHtmlEscaped());
    out += QStringLiteral(
        "<style>\n"
        "body { font-family: sans-serif; max-width: 60em; margin: 2em auto; color: #222; }\n"
        "h1 { margin-bottom: 0.2em; } .date { color: #666; }\n"
        "table.rows th { text-align: left; padding-right: 1.5em; font-weight: 600; }\n"
        "figure { margin: 1.5em 0; } figure img { max-width: 100%; border: 1px solid #ddd; }\n"
        "figcaption { color: #444; font-style: italic; }\n"
        "</style>\n</head>\n<body>\n");
    out += QStringLiteral("<h1>%1</h1>\n").arg(report.title.toHtmlEscaped());
    out += QStringLiteral("<p class=\"date\">%1</p>\n")
               .arg(tr("Created %1 with nnlab").arg(locale.toString(report.created, QLocale::LongFormat)).toHtmlEscaped());

    if (!report.metrics.isEmpty()) {
        out += QStringLiteral("<h2>%1</h2>\n").arg(tr("Final metrics").toHtmlEscaped());
        out += rowsTable(report.metrics);
    }
    out += QStringLiteral("<h2>%1</h2>\n").arg(tr("Settings").toHtmlEscaped());
    for (const ReportSection& section : report.settings) {
        out += QStringLiteral("<h3>%1</h3>\n").arg(section.heading.toHtmlEscaped());
        out += rowsTable(section.rows);
    }
    // Figures start on a new page when printed: a heading alone at a page's foot helps no one.
    if (!report.figures.isEmpty() || !report.omittedFigures.isEmpty())
        out += QStringLiteral("<h2 style=\"page-break-before: always\">%1</h2>\n").arg(tr("Figures").toHtmlEscaped());
    if (!report.omittedFigures.isEmpty()) {
        out += QStringLiteral("<p class=\"omitted\">%1</p>\n<ul class=\"omitted\">\n")
                   .arg(tr("Left out, because nothing was recorded for them since the experiment was opened "
                           "(they fill in while the network trains in the window):")
                            .toHtmlEscaped());
        for (const QString& caption : report.omittedFigures) out += QStringLiteral("<li>%1</li>\n").arg(caption.toHtmlEscaped());
        out += QStringLiteral("</ul>\n");
    }
    for (int i = 0; i < report.figures.size(); ++i) {
        const ReportFigure& f = report.figures[i];
        if (f.image.isNull()) continue;
        QString src, width;
        if (images == Images::Embedded) {
            src = QStringLiteral("data:image/png;base64,") + QString::fromLatin1(pngBytes(f.image).toBase64());
        } else {
            src = figureResourceName(i);
            width = QStringLiteral(" width=\"%1\"").arg(pdfFigureWidth(f.image));
        }
        out += QStringLiteral("<figure>\n<p><img src=\"%1\"%2 alt=\"%3\"></p>\n<figcaption>%4</figcaption>\n</figure>\n")
                   .arg(src, width, f.caption.toHtmlEscaped(),
                        tr("Figure %1: %2").arg(i + 1).arg(f.caption).toHtmlEscaped());
    }
    out += QStringLiteral("</body>\n</html>\n");
    return out;
}

QByteArray ReportWriter::pdf(const ReportData& report) {
    QTextDocument document;
    for (int i = 0; i < report.figures.size(); ++i)
        document.addResource(QTextDocument::ImageResource, QUrl(figureResourceName(i)), report.figures[i].image);
    document.setHtml(html(report, Images::Resources));
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setCreator(QStringLiteral("nnlab"));
        writer.setTitle(report.title);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(15, 15, 15, 15),
                                         QPageLayout::Millimeter));
        document.print(&writer);
    }
    return bytes;
}

bool ReportWriter::writeHtml(const ReportData& report, const QString& path, QString* error) {
    return writeWholeFile(path, html(report).toUtf8(), error);
}

bool ReportWriter::writePdf(const ReportData& report, const QString& path, QString* error) {
    const QByteArray bytes = pdf(report);
    if (!bytes.startsWith("%PDF")) {
        if (error) *error = tr("Could not lay out the report as PDF.");
        return false;
    }
    return writeWholeFile(path, bytes, error);
}

}  // namespace nnlab
