#include "PreferencesDialog.h"
#include "ui_PreferencesDialog.h"

#include "GuiSettings.h"

#include <QPushButton>

namespace tandem::gui {

PreferencesDialog::PreferencesDialog(int idleLockMinutes, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::PreferencesDialog>())
{
    m_ui->setupUi(this);
    m_ui->idleLockSpinBox->setRange(1, GuiSettings::kMaxIdleLockMinutes);
    m_ui->idleLockSpinBox->setValue(idleLockMinutes);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("okButton"));
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setAccessibleName(tr("Save preferences"));
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));
    resize(sizeHint().expandedTo(QSize(420, 0)));
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

PreferencesDialog::~PreferencesDialog() = default;

int PreferencesDialog::idleLockMinutes() const { return m_ui->idleLockSpinBox->value(); }

} // namespace tandem::gui
