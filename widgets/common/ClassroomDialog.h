#pragma once
// "Hide controls for the class": one check box per control a teacher can
// hide (experiment/ClassroomControls.h), in groups. The choice is part of the
// experiment (saved with it, undoable); the dialog only edits the list.
#include <QDialog>

#include <map>
#include <string>
#include <vector>

class QCheckBox;

namespace nnlab {

class ClassroomDialog : public QDialog {
    Q_OBJECT
public:
    explicit ClassroomDialog(const std::vector<std::string>& hidden, QWidget* parent = nullptr);

    // The names checked, sorted.
    std::vector<std::string> hiddenControls() const;
    void setHidden(const std::string& name, bool hidden);
    // The label a control has in the dialog (and in the window), translated.
    static QString controlLabel(const std::string& name);

private:
    std::map<std::string, QCheckBox*> m_boxes;
};

}  // namespace nnlab
