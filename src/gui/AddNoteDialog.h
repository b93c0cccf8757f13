#pragma once

#include "tandem/core/Contact.h"
#include "tandem/services/FamilyTypes.h"

#include <QDialog>

#include <memory>

namespace Ui { class AddNoteDialog; }

namespace tandem {
class Session;
}

namespace tandem::gui {

class FieldFeedback;

// A note on its own, about the household or one child, with who may read it
// (NoteService::addNote). "Health visiting only" is offered only to those who may write it.
class AddNoteDialog : public QDialog {
    Q_OBJECT
public:
    AddNoteDialog(Session& session, const FamilyRecord& record, const QString& focusChildUuid, QWidget* parent = nullptr);
    ~AddNoteDialog() override;

private:
    Note draft() const;
    void validate();
    void save();

    Session& m_session;
    QString m_familyUuid;
    std::unique_ptr<Ui::AddNoteDialog> m_ui;
    FieldFeedback* m_feedback = nullptr;
};

} // namespace tandem::gui
