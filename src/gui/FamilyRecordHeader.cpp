#include "FamilyRecordHeader.h"

#include "RecordText.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace tandem::gui {

namespace {
QLabel* line(QWidget* parent, const char* name)
{
    auto* label = new QLabel(parent);
    label->setObjectName(QString::fromLatin1(name));
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}
} // namespace

FamilyRecordHeader::FamilyRecordHeader(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("familyRecordHeader"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(16);

    m_back = new QPushButton(tr("← &Back"), this);
    m_back->setObjectName(QStringLiteral("recordBackButton"));
    m_back->setAccessibleName(tr("Back to the list of families"));
    m_back->setToolTip(tr("Back to the list of families (Alt+Left or Esc)"));
    layout->addWidget(m_back, 0, Qt::AlignTop);

    auto* text = new QVBoxLayout;
    text->setSpacing(2);
    m_title = line(this, "householdTitle");
    m_address = line(this, "householdAddressLabel");
    m_details = line(this, "householdDetailsLabel");
    m_details->setStyleSheet(QStringLiteral("color: #3d4a5c;"));
    text->addWidget(m_title);
    text->addWidget(m_address);
    text->addWidget(m_details);

    auto* language = new QHBoxLayout;
    language->setSpacing(8);
    m_language = line(this, "householdLanguageLabel");
    m_language->setWordWrap(false);
    m_interpreter = new QLabel(tr("Interpreter needed"), this);
    m_interpreter->setObjectName(QStringLiteral("interpreterBadge"));
    m_interpreter->setStyleSheet(QStringLiteral("background: #fff4ce; border: 1px solid #e0c36a; border-radius: 3px; padding: 1px 6px; "
                                                "color: #5c4400; font-weight: bold;"));
    language->addWidget(m_language);
    language->addWidget(m_interpreter);
    language->addStretch(1);
    text->addLayout(language);
    m_needs = line(this, "accessibilityNeedsLabel");
    text->addWidget(m_needs);
    layout->addLayout(text, 1);

    connect(m_back, &QPushButton::clicked, this, &FamilyRecordHeader::backRequested);
}

void FamilyRecordHeader::setRecord(const FamilyRecord& record)
{
    const Family& f = record.family;
    m_title->setText(QStringLiteral("<h2 style='margin:0'>%1</h2>").arg(RecordText::householdName(f).toHtmlEscaped()));
    m_address->show();
    m_language->show();
    m_address->setText(QStringLiteral("<b>%1</b>").arg(RecordText::addressLine(f.address).toHtmlEscaped()));

    QStringList details;
    if (!f.ward.isEmpty())
        details << tr("%1 ward").arg(f.ward);
    if (!f.childrensCentre.isEmpty())
        details << f.childrensCentre;
    // The involvements say who the key worker is now: FamilyService::addInvolvement can name a
    // new one without changing the household's keyWorkerUuid, and an ended one keeps its flag.
    QString keyWorker;
    bool anyKeyWorker = false;
    for (const Involvement& i : record.involved) {
        anyKeyWorker = anyKeyWorker || i.keyWorker;
        if (i.keyWorker && !i.until && keyWorker.isEmpty())
            keyWorker = i.workerName;
    }
    if (!anyKeyWorker)
        keyWorker = record.keyWorkerName;
    if (!keyWorker.isEmpty())
        details << tr("Key worker: %1").arg(keyWorker);
    m_details->setText(details.join(QStringLiteral(" · ")));
    m_details->setVisible(!details.isEmpty());

    m_language->setText(f.mainLanguage.isEmpty() ? tr("Main language not recorded") : tr("Main language: %1").arg(f.mainLanguage));
    m_interpreter->setVisible(f.interpreterNeeded);
    m_needs->setText(tr("Accessibility needs: %1").arg(f.accessibilityNeeds));
    m_needs->setVisible(!f.accessibilityNeeds.trimmed().isEmpty());
}

void FamilyRecordHeader::clear(const QString& title)
{
    m_title->setText(QStringLiteral("<h2 style='margin:0'>%1</h2>").arg(title.toHtmlEscaped()));
    for (QLabel* label : {m_address, m_details, m_language, m_interpreter, m_needs})
        label->hide();
}

} // namespace tandem::gui
