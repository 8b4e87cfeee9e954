#pragma once
// Asks for a figure's format, pixel size and DPI, starting from the last
// choice (QSettings) and remembering the new one on OK.
#include "figures/FigureExport.h"

#include <QDialog>

class QComboBox;
class QSpinBox;

namespace nnlab {

class ExportFigureDialog : public QDialog {
    Q_OBJECT
public:
    // withFormat false: size and DPI only ("Export all figures" writes every format).
    explicit ExportFigureDialog(bool withFormat, QWidget* parent = nullptr);

    FigureOptions options() const;
    FigureFormat format() const;
    void setOptions(const FigureOptions& options);
    void setFormat(FigureFormat format);
    // Stores the choice as the next default.
    void remember() const;

private:
    QComboBox* m_format = nullptr;
    QSpinBox* m_width = nullptr;
    QSpinBox* m_height = nullptr;
    QSpinBox* m_dpi = nullptr;
};

}  // namespace nnlab
