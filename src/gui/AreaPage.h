#pragma once

#include <QWidget>

namespace tandem::gui {

// A work area that has not been built yet. Says so plainly and lists what is coming,
// rather than showing made-up content.
class AreaPage : public QWidget {
    Q_OBJECT
public:
    AreaPage(const QString& objectName, const QString& title, const QString& purpose, const QStringList& coming,
             QWidget* parent = nullptr);
};

} // namespace tandem::gui
