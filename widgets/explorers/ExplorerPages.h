#pragma once
// The concept explorers by name, for the window's "Explore" menu and tests:
//   activations, losses, optimizers, learning-rate, convolution, capacity, distributions
#include <QString>
#include <QStringList>

class QWidget;

namespace nnlab {

// The page names in menu order.
QStringList explorerPageNames();
// A new page, or nullptr for an unknown name (or a page not built yet).
QWidget* createExplorerPage(const QString& name, QWidget* parent = nullptr);
// Runs the page's animation forward, for a hand-out picture mid-race (pages
// without steps ignore it).
void advanceExplorerPage(QWidget* page, int steps);
// The page's title for menus and tabs ("Activation functions").
QString explorerPageTitle(const QString& name);

}  // namespace nnlab
