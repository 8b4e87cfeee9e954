#include "figures/ExportFigureDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>

namespace nnlab {

ExportFigureDialog::ExportFigureDialog(bool withFormat, QWidget* parent) : QDialog(parent) {
    setWindowTitle(withFormat ? tr("Export Figure") : tr("Export All Figures"));
    auto* form = new QFormLayout;
    if (withFormat) {
        m_format = new QComboBox(this);
        m_format->setObjectName(QStringLiteral("formatCombo"));
        m_format->addItem(tr("PNG image"), int(FigureFormat::Png));
        m_format->addItem(tr("SVG drawing"), int(FigureFormat::Svg));
        m_format->addItem(tr("PDF document"), int(FigureFormat::Pdf));
        m_format->setToolTip(tr("PNG is a picture of pixels; SVG and PDF keep lines and text sharp at any zoom."));
        form->addRow(tr("&Format:"), m_format);
    }
    auto spin = [this](int lo, int hi, const QString& suffix, const QString& name, const QString& tip) {
        auto* box = new QSpinBox(this);
        box->setRange(lo, hi);
        box->setSuffix(suffix);
        box->setObjectName(name);
        box->setToolTip(tip);
        return box;
    };
    m_width = spin(kMinFigureSide, kMaxFigureSide, tr(" px"), QStringLiteral("widthSpin"), tr("Width of the PNG in pixels."));
    m_height = spin(kMinFigureSide, kMaxFigureSide, tr(" px"), QStringLiteral("heightSpin"), tr("Height of the PNG in pixels."));
    m_dpi = spin(kMinFigureDpi, kMaxFigureDpi, tr(" dpi"), QStringLiteral("dpiSpin"),
                 tr("Dots per inch: how large text and lines are for the size. 150 dpi suits a printed page; "
                    "SVG and PDF get the same layout and printed size."));
    form->addRow(tr("&Width:"), m_width);
    form->addRow(tr("&Height:"), m_height);
    form->addRow(tr("&Resolution:"), m_dpi);
    auto* printed = new QLabel(this);
    printed->setObjectName(QStringLiteral("printedSize"));
    form->addRow(tr("Printed size:"), printed);
    auto updatePrinted = [this, printed] {
        const FigureOptions o = options();
        const QLocale locale;
        printed->setText(tr("%1 \u00d7 %2 cm")
                             .arg(locale.toString(o.size.width() * 2.54 / o.dpi, 'f', 1),
                                  locale.toString(o.size.height() * 2.54 / o.dpi, 'f', 1)));
    };
    for (QSpinBox* box : {m_width, m_height, m_dpi}) connect(box, &QSpinBox::valueChanged, this, updatePrinted);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        remember();
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);

    setOptions(lastFigureOptions());
    setFormat(lastFigureFormat());
    updatePrinted();
}

FigureOptions ExportFigureDialog::options() const {
    FigureOptions o;
    o.size = QSize(m_width->value(), m_height->value());
    o.dpi = m_dpi->value();
    return o;
}

FigureFormat ExportFigureDialog::format() const {
    return m_format ? FigureFormat(m_format->currentData().toInt()) : FigureFormat::Png;
}

void ExportFigureDialog::setOptions(const FigureOptions& options) {
    m_width->setValue(options.size.width());
    m_height->setValue(options.size.height());
    m_dpi->setValue(options.dpi);
}

void ExportFigureDialog::setFormat(FigureFormat format) {
    if (m_format) m_format->setCurrentIndex(std::max(0, m_format->findData(int(format))));
}

void ExportFigureDialog::remember() const {
    saveFigureOptions(options());
    if (m_format) saveFigureFormat(format());
}

}  // namespace nnlab
