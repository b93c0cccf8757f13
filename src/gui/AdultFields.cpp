#include "AdultFields.h"
#include "FieldFeedback.h"
#include "ui_AdultFields.h"

#include "tandem/domain/RecordRules.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>

namespace tandem::gui {

AdultFields::AdultFields(QWidget* parent) : QWidget(parent), m_ui(std::make_unique<Ui::AdultFields>())
{
    m_ui->setupUi(this);
    for (const QString& token : domain::RecordRules::relationshipTokens())
        m_ui->relationshipCombo->addItem(domain::RecordRules::relationshipDisplayName(token), token);
    setDefaults(QStringLiteral("parent"), false);
}

AdultFields::~AdultFields() = default;

void AdultFields::setOrdinal(int index)
{
    const QString prefix = QStringLiteral("adult%1").arg(index + 1);
    const QString who = index == 0 ? tr("First adult") : tr("Second adult");
    setObjectName(prefix + QStringLiteral("Fields"));
    for (QWidget* w : findChildren<QWidget*>()) {
        const QString name = w->objectName();
        if (name.isEmpty() || name.startsWith(QLatin1String("adult")))
            continue;
        w->setObjectName(prefix + name.at(0).toUpper() + name.mid(1));
        if (!w->accessibleName().isEmpty())
            w->setAccessibleName(tr("%1: %2").arg(who, w->accessibleName()));
    }
}

void AdultFields::setDefaults(const QString& relationshipToken, bool parentalResponsibility)
{
    m_ui->relationshipCombo->setCurrentIndex(m_ui->relationshipCombo->findData(relationshipToken));
    m_ui->parentalResponsibilityCheck->setChecked(parentalResponsibility);
}

Person AdultFields::person() const
{
    Person p;
    p.givenName = m_ui->givenNameEdit->text();
    p.familyName = m_ui->familyNameEdit->text();
    p.relationship = m_ui->relationshipCombo->currentData().toString();
    p.parentalResponsibility = m_ui->parentalResponsibilityCheck->isChecked();
    p.phone = m_ui->phoneEdit->text();
    p.email = m_ui->emailEdit->text();
    return p;
}

void AdultFields::watch(FieldFeedback& feedback)
{
    feedback.add(m_ui->givenNameEdit, m_ui->givenNameIssue);
    feedback.add(m_ui->familyNameEdit, m_ui->familyNameIssue);
    feedback.add(m_ui->relationshipCombo, nullptr);
    feedback.add(m_ui->parentalResponsibilityCheck, m_ui->parentalResponsibilityIssue);
    feedback.add(m_ui->phoneEdit, m_ui->phoneIssue);
    feedback.add(m_ui->emailEdit, m_ui->emailIssue);
}

QList<QPair<QString, QWidget*>> AdultFields::issueFields(const QString& keyPrefix) const
{
    return {{keyPrefix + QStringLiteral("givenName"), m_ui->givenNameEdit},
            {keyPrefix + QStringLiteral("familyName"), m_ui->familyNameEdit},
            {keyPrefix + QStringLiteral("parentalResponsibility"), m_ui->parentalResponsibilityCheck},
            {keyPrefix + QStringLiteral("phone"), m_ui->phoneEdit},
            {keyPrefix + QStringLiteral("email"), m_ui->emailEdit}};
}

} // namespace tandem::gui
