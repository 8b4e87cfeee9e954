#include "images/LayerStackView.h"

#include "common/ClassroomHiding.h"
#include "Error.h"
#include "model/MemoryEstimate.h"
#include "playground/ExperimentDocument.h"
#include "playground/NetworkEdits.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QTableWidget>
#include <QToolButton>

#include <utility>
#include <QVBoxLayout>

#include <algorithm>

namespace nnlab {
namespace {

enum Column { kLayer, kSettings, kShape, kParameters, kColumns };

QString shapeText(const Shape& shape) {
    QStringList parts;
    for (Index d : shape.dims) parts << QString::number(d);
    return parts.join(QStringLiteral(" \u00d7 "));
}

// The layers a student stacks, in the order of the menu: for images, for
// sequences, or for both.
enum class For { Images, Sequences, Both };
struct Addable {
    const char* type;
    For input;
};
const Addable kAddable[] = {{"conv2d", For::Images},     {"maxpool2d", For::Images},      {"avgpool2d", For::Images},
                            {"batchnorm2d", For::Images}, {"global_avgpool", For::Images}, {"global_maxpool", For::Images},
                            {"rnn", For::Sequences},
                            {"lstm", For::Sequences},     {"gru", For::Sequences},         {"layernorm", For::Sequences},
                            {"flatten", For::Both},       {"reshape", For::Both},          {"dense", For::Both},
                            {"dropout", For::Both}};

}  // namespace

LayerStackView::LayerStackView(ExperimentDocument* document, QWidget* parent) : QWidget(parent), m_document(document) {
    setObjectName(QStringLiteral("layerStackView"));
    auto* layout = new QVBoxLayout(this);
    auto* buttons = new QHBoxLayout;
    m_add = new QToolButton(this);
    m_add->setText(tr("Add layer"));
    m_add->setToolTip(tr("Add a layer after the selected one."));
    m_add->setPopupMode(QToolButton::InstantPopup);
    auto* menu = new QMenu(m_add);
    for (const Addable& add : kAddable) {
        QAction* a = menu->addAction(NetworkEdits::layerTypeLabel(add.type));
        a->setObjectName(QStringLiteral("add_") + QString::fromLatin1(add.type));
        a->setData(int(add.input));
        connect(a, &QAction::triggered, this, [this, type = add.type] { addLayer(type); });
    }
    m_add->setMenu(menu);
    m_remove = new QToolButton(this);
    m_remove->setText(tr("Remove"));
    m_remove->setToolTip(tr("Remove the selected layer."));
    m_up = new QToolButton(this);
    m_up->setText(tr("Move up"));
    m_up->setToolTip(tr("Move the selected layer one place towards the input."));
    m_down = new QToolButton(this);
    m_down->setText(tr("Move down"));
    m_down->setToolTip(tr("Move the selected layer one place towards the output."));
    // Arrows, not words: with "Nach oben"/"Nach unten" the row alone was wider
    // than the middle of a 1024 px window.
    for (auto [button, arrow] : {std::pair{m_up, Qt::UpArrow}, std::pair{m_down, Qt::DownArrow}}) {
        button->setArrowType(arrow);
        button->setToolButtonStyle(Qt::ToolButtonIconOnly);
        button->setAccessibleName(button->text());
    }
    connect(m_remove, &QToolButton::clicked, this, &LayerStackView::removeSelected);
    connect(m_up, &QToolButton::clicked, this, [this] { moveSelected(-1); });
    connect(m_down, &QToolButton::clicked, this, [this] { moveSelected(+1); });
    for (QToolButton* b : {m_add, m_remove, m_up, m_down}) {
        buttons->addWidget(b);
        markClassroomControl(b, "network_shape");  // the stack's shape, as the canvas's +/- buttons
    }
    buttons->addStretch(1);
    layout->addLayout(buttons);

    m_table = new QTableWidget(0, kColumns, this);
    m_table->setHorizontalHeaderLabels({tr("Layer"), tr("Settings"), tr("Output shape"), tr("Parameters")});
    m_table->horizontalHeaderItem(kShape)->setToolTip(tr("One image's values after this layer: channels \u00d7 height \u00d7 width, or a flat length."));
    m_table->horizontalHeaderItem(kParameters)->setToolTip(tr("Weights and biases this layer learns."));
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // Widths set by fitColumns: a long layer name ("Dense (vollständig verbunden)")
    // must not squeeze the settings to "..." when the dock beside is wide.
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->viewport()->installEventFilter(this);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] {
        const int layer = selectedLayer();
        m_remove->setEnabled(layer >= 0);
        m_up->setEnabled(layer > 0);
        m_down->setEnabled(layer >= 0 && layer + 1 < int(m_document->experiment().network.layers.size()));
        if (layer >= -1) emit layerSelected(layer);
    });
    layout->addWidget(m_table, 1);

    m_total = new QLabel(this);
    layout->addWidget(m_total);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b00000;"));
    m_message->hide();
    layout->addWidget(m_message);

    connect(m_document, &ExperimentDocument::experimentChanged, this, [this] { refresh(); });
    refresh();
}

int LayerStackView::selectedLayer() const {
    const QList<QTableWidgetItem*> items = m_table->selectedItems();
    return items.isEmpty() ? -2 : items.front()->row() - 1;
}

void LayerStackView::selectLayer(int layer) {
    if (layer + 1 >= 0 && layer + 1 < m_table->rowCount()) m_table->selectRow(layer + 1);
}

QString LayerStackView::settingsText(const LayerSpec& l) const {
    const QLocale locale;
    auto option = [&](const char* key, double fallback) { return locale.toString(l.option(key, fallback)); };
    QStringList parts;
    if (l.type == "conv2d" || l.type == "conv_transpose2d") {
        parts << tr("%n filters", nullptr, int(l.units))
              << tr("%1\u00d7%1 kernel").arg(option("kernel", 3))
              << tr("stride %1").arg(option("stride", 1)) << tr("padding %1").arg(option("padding", 0));
    } else if (l.type == "maxpool2d" || l.type == "avgpool2d") {
        parts << tr("%1\u00d7%1 window").arg(option("kernel", 2)) << tr("stride %1").arg(option("stride", l.option("kernel", 2)));
    } else if (l.type == "dropout") {
        parts << tr("drop rate %1").arg(option("rate", 0.5));
    } else if (NetworkEdits::isWeighted(l)) {
        parts << tr("%n units", nullptr, int(l.units));
    }
    if (l.choice("direction", "forward") == "bidirectional")
        parts << tr("both directions, merged by %1").arg(QString::fromStdString(l.choice("merge", "concat")));
    if (l.option("return_sequences", 0.0) != 0.0) parts << tr("every time step out");
    if (NetworkEdits::hasActivation(l)) parts << NetworkEdits::activationLabel(l.activation.name);
    return parts.join(QStringLiteral(", "));
}

void LayerStackView::refresh() {
    const Experiment& e = m_document->experiment();
    const int selected = selectedLayer();
    const Shape input = NetworkEdits::inputShape(e);
    MemoryEstimate estimate;
    QString problem;
    try {
        estimate = estimateNetworkMemory(e.network, input, 1);
    } catch (const Error& error) {
        problem = QString::fromUtf8(error.what());
    }
    const For kind = input.dims.size() == 2 ? For::Sequences : For::Images;
    for (QAction* a : m_add->menu()->actions()) a->setVisible(a->data().toInt() == int(kind) || a->data().toInt() == int(For::Both));
    QSignalBlocker block(m_table);
    m_table->setRowCount(int(e.network.layers.size()) + 1);
    auto set = [&](int row, int column, const QString& text) {
        auto* item = new QTableWidgetItem(text);
        if (column == kParameters) item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(row, column, item);
    };
    const QLocale locale;
    set(0, kLayer, tr("Input"));
    set(0, kSettings, input.dims.size() == 3 ? tr("one image") : tr("one sequence (time steps \u00d7 features)"));
    set(0, kShape, shapeText(input));
    set(0, kParameters, QString());
    for (std::size_t i = 0; i < e.network.layers.size(); ++i) {
        const LayerSpec& l = e.network.layers[i];
        const int row = int(i) + 1;
        set(row, kLayer, NetworkEdits::layerTypeLabel(l.type));
        set(row, kSettings, settingsText(l));
        const bool known = i < estimate.outputShapes.size();
        set(row, kShape, known ? shapeText(estimate.outputShapes[i]) : tr("does not fit"));
        set(row, kParameters, known ? locale.toString(qlonglong(estimate.layerParameters[i])) : QString());
        m_table->item(row, kLayer)->setToolTip(QString::fromStdString(l.name));
    }
    m_total->setText(problem.isEmpty() ? tr("%1 parameters in all").arg(locale.toString(qlonglong(estimate.parameters)))
                                       : tr("This network does not fit its input: %1").arg(problem));
    fitColumns();
    selectLayer(std::min(selected, int(e.network.layers.size()) - 1));
}

void LayerStackView::apply(const NetworkEdit& edit, int selectAfter) {
    if (!edit.ok()) {
        m_message->setText(edit.error);
        m_message->show();
        return;
    }
    m_message->hide();
    m_document->change(edit.next, edit.description);
    selectLayer(selectAfter);
}

void LayerStackView::addLayer(const std::string& type) {
    const Experiment& e = m_document->experiment();
    const int selected = selectedLayer();
    // After the selected layer; with none, before the output layer.
    const int position = selected >= -1 ? selected + 1 : std::max(0, NetworkEdits::outputLayer(e));
    apply(NetworkEdits::insertLayer(e, position, type), position);
}

void LayerStackView::removeSelected() {
    const int layer = selectedLayer();
    apply(NetworkEdits::removeOneLayer(m_document->experiment(), layer), std::max(-1, layer - 1));
}

void LayerStackView::moveSelected(int delta) {
    const int layer = selectedLayer();
    apply(NetworkEdits::moveLayer(m_document->experiment(), layer, delta), layer + delta);
}

bool LayerStackView::eventFilter(QObject* watched, QEvent* event) {
    if (watched == m_table->viewport() && event->type() == QEvent::Resize) fitColumns();
    return QWidget::eventFilter(watched, event);
}

void LayerStackView::fitColumns() {
    const int available = m_table->viewport()->width();
    // Public in QAbstractItemView, protected in QTableView.
    const auto hint = [this](int column) {
        return std::max(static_cast<QAbstractItemView*>(m_table)->sizeHintForColumn(column),
                        m_table->horizontalHeader()->sectionSizeHint(column));  // the header's words too
    };
    const int shape = hint(kShape), parameters = hint(kParameters);
    // The layer name gets at most a third; the settings the rest, at least
    // room for a few words (they wrap onto a second line before they elide).
    const int layer = std::min(hint(kLayer), std::max(available / 3, 90));
    const int settings = std::max(available - layer - shape - parameters, 150);
    m_table->setColumnWidth(kLayer, layer);
    m_table->setColumnWidth(kSettings, settings);
    m_table->setColumnWidth(kShape, shape);
    m_table->setColumnWidth(kParameters, parameters);
    m_table->resizeRowsToContents();
}

}  // namespace nnlab
