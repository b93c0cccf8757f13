#pragma once

#include "tandem/services/FamilyTypes.h"

#include <QWidget>

class QLabel;
class QPushButton;

namespace tandem::gui {

// The top of the record screen: household name, current address, ward, children's centre,
// language (with an "Interpreter needed" badge), accessibility needs and key worker, with
// the Back button.
class FamilyRecordHeader : public QWidget {
    Q_OBJECT
public:
    explicit FamilyRecordHeader(QWidget* parent = nullptr);

    void setRecord(const FamilyRecord& record);
    void clear(const QString& title);

Q_SIGNALS:
    void backRequested();

private:
    QPushButton* m_back = nullptr;
    QLabel* m_title = nullptr;
    QLabel* m_address = nullptr;
    QLabel* m_details = nullptr;
    QLabel* m_language = nullptr;
    QLabel* m_interpreter = nullptr;
    QLabel* m_needs = nullptr;
};

} // namespace tandem::gui
