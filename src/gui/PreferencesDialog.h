#pragma once

#include <QDialog>

#include <memory>

namespace Ui { class PreferencesDialog; }

namespace tandem::gui {

class PreferencesDialog : public QDialog {
    Q_OBJECT
public:
    explicit PreferencesDialog(int idleLockMinutes, QWidget* parent = nullptr);
    ~PreferencesDialog() override;
    int idleLockMinutes() const;

private:
    std::unique_ptr<Ui::PreferencesDialog> m_ui;
};

} // namespace tandem::gui
