#include "AreaPage.h"

#include <QLabel>
#include <QVBoxLayout>

namespace tandem::gui {

AreaPage::AreaPage(const QString& objectName, const QString& title, const QString& purpose, const QStringList& coming, QWidget* parent)
    : QWidget(parent)
{
    setObjectName(objectName);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 24, 32, 24);
    layout->setSpacing(12);

    auto* heading = new QLabel(QStringLiteral("<h2>%1</h2>").arg(title.toHtmlEscaped()), this);
    heading->setObjectName(objectName + QStringLiteral("Title"));
    auto* about = new QLabel(purpose, this);
    about->setWordWrap(true);
    auto* status = new QLabel(tr("<b>Not available yet.</b> This area is not built in this version of Tandem, so it shows "
                                 "nothing rather than anything made up."),
                              this);
    status->setObjectName(objectName + QStringLiteral("Status"));
    status->setWordWrap(true);
    status->setStyleSheet(QStringLiteral("background: #fff4ce; border: 1px solid #e0c36a; border-radius: 4px; padding: 10px;"));

    QString list;
    for (const QString& item : coming)
        list += QStringLiteral("<li>%1</li>").arg(item.toHtmlEscaped());
    auto* planned = new QLabel(tr("<p>Planned here:</p><ul>%1</ul>").arg(list), this);
    planned->setWordWrap(true);

    layout->addWidget(heading);
    layout->addWidget(about);
    layout->addWidget(status);
    layout->addWidget(planned);
    layout->addStretch(1);
}

} // namespace tandem::gui
