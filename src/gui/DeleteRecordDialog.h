#pragma once

#include "tandem/services/FamilyTypes.h"

#include <QDialog>

#include <memory>

namespace Ui { class DeleteRecordDialog; }

namespace tandem {
class Session;
}

namespace tandem::gui {

class FieldFeedback;

// Administrators: deletes one child, one adult or the whole household, with a required
// reason. Deletion hides the record from lists and search; the store keeps it for audit.
class DeleteRecordDialog : public QDialog {
    Q_OBJECT
public:
    DeleteRecordDialog(Session& session, const FamilyRecord& record, const QString& preselectChildUuid = {},
                       QWidget* parent = nullptr);
    ~DeleteRecordDialog() override;

    // After accept(): whether the whole household went, so the record screen closes.
    bool deletedFamily() const { return m_deletedFamily; }

private:
    enum class Kind { Child, Adult, Family };
    void selectionChanged();
    void validate();
    void save();

    Session& m_session;
    QString m_familyUuid;
    bool m_deletedFamily = false;
    std::unique_ptr<Ui::DeleteRecordDialog> m_ui;
    FieldFeedback* m_feedback = nullptr;
};

} // namespace tandem::gui
