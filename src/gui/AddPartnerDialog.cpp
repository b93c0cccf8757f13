#include "AddPartnerDialog.h"
#include "FieldFeedback.h"
#include "SharingText.h"
#include "ui_AddPartnerDialog.h"

#include "tandem/services/PartnerService.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QPushButton>

namespace tandem::gui {

namespace {
bool isDigit(QChar c) { return c >= QLatin1Char('0') && c <= QLatin1Char('9'); }
} // namespace

AddPartnerDialog::AddPartnerDialog(Session& session, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::AddPartnerDialog>()), m_session(session)
{
    m_ui->setupUi(this);
    setWindowIcon(QIcon(QStringLiteral(":/tandem/tandem.svg")));
    FieldFeedback::setUpButtons(m_ui->buttonBox, tr("&Add partner"), tr("Add the partner organisation"));
    m_addButton = m_ui->buttonBox->button(QDialogButtonBox::Ok);
    m_addButton->setObjectName(QStringLiteral("addPartnerOkButton"));
    m_addButton->setEnabled(false);

    // Large, fixed-width and in two rows of four groups: easy to follow while someone reads it out.
    QFont big = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    m_ui->fingerprintLabel->setFont(big);
    QFont typed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    typed.setPointSizeF(typed.pointSizeF() * 1.25);
    m_ui->typedFingerprintEdit->setFont(typed);
    m_ui->cardGroup->setEnabled(false);
    m_ui->typedFingerprintEdit->setEnabled(false);

    m_feedback = new FieldFeedback(this);
    m_feedback->add(m_ui->typedFingerprintEdit, m_ui->mismatchLabel);
    m_feedback->fitToWidth(m_ui->matchLabel);
    showMessage(QString());
    updateMatch();

    connect(m_ui->cardFileButton, &QPushButton::clicked, this, &AddPartnerDialog::chooseCard);
    connect(m_feedback, &FieldFeedback::changed, this, &AddPartnerDialog::updateMatch);
    connect(m_addButton, &QPushButton::clicked, this, &AddPartnerDialog::addPartner);
    connect(m_ui->buttonBox->button(QDialogButtonBox::Cancel), &QPushButton::clicked, this, &QDialog::reject);
    resize(sizeHint().expandedTo(QSize(640, 0)));
}

AddPartnerDialog::~AddPartnerDialog() = default;

void AddPartnerDialog::chooseCard()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Choose the partner's card"), QString(),
                                                      tr("Partner cards (*.json *.card);;All files (*)"));
    if (!path.isEmpty())
        loadCard(path);
}

bool AddPartnerDialog::loadCard(const QString& path)
{
    m_card.reset();
    m_ui->cardFileLabel->setText(QFileInfo(path).fileName());
    m_ui->organisationLabel->clear();
    m_ui->codeLabel->clear();
    m_ui->fingerprintLabel->clear();
    m_ui->typedFingerprintEdit->clear();
    auto card = PartnerService::readCard(path);
    const bool ok = card.ok();
    m_ui->cardGroup->setEnabled(ok);
    m_ui->typedFingerprintEdit->setEnabled(ok);
    if (!ok) {
        showMessage(card.error().message);
        updateMatch();
        return false;
    }
    m_card = std::move(card).value();
    showMessage(QString());
    m_ui->organisationLabel->setText(m_card->organisationName);
    m_ui->codeLabel->setText(m_card->organisationCode);
    m_ui->fingerprintLabel->setText(SharingText::fingerprintLines(m_card->fingerprint()));
    m_ui->fingerprintLabel->setAccessibleDescription(m_card->fingerprint());
    m_ui->typedFingerprintEdit->setFocus();
    updateMatch();
    return true;
}

QString AddPartnerDialog::mismatchReason(const QString& typed, const QString& fingerprint)
{
    for (QChar c : typed)
        if (!isDigit(c) && !c.isSpace() && c != QLatin1Char('-'))
            return tr("Type only the digits the partner reads out; spaces do not matter.");
    const QString digits = sharing::normaliseFingerprint(typed);
    const QString expected = sharing::normaliseFingerprint(fingerprint);
    const qsizetype common = std::min(digits.size(), expected.size());
    for (qsizetype i = 0; i < common; ++i) {
        if (digits.at(i) == expected.at(i))
            continue;
        const qsizetype group = i / 5;
        return tr("Group %1 does not match: you typed %2, the card says %3. Check it with the partner; if it still differs, "
                  "do not add this card.")
            .arg(group + 1)
            .arg(digits.mid(group * 5, 5), expected.mid(group * 5, 5));
    }
    if (digits.size() > expected.size())
        return tr("That is more than the %1 digits of a fingerprint.").arg(expected.size());
    return {};
}

void AddPartnerDialog::updateMatch()
{
    QString status;
    QString problem;
    bool matches = false;
    if (m_card) {
        const QString typed = m_ui->typedFingerprintEdit->text();
        const QString digits = sharing::normaliseFingerprint(typed);
        const qsizetype total = sharing::normaliseFingerprint(m_card->fingerprint()).size();
        problem = mismatchReason(typed, m_card->fingerprint());
        matches = problem.isEmpty() && digits.size() == total;
        if (matches)
            status = tr("✓ The fingerprint matches the card. You can add %1 as a partner.").arg(m_card->organisationName);
        else if (problem.isEmpty() && digits.isEmpty())
            status = tr("Ask %1 to read their fingerprint aloud, and type it here.").arg(m_card->organisationName);
        else if (problem.isEmpty())
            status = tr("%1 of %2 digits typed; all match so far.").arg(digits.size()).arg(total);
    }
    m_feedback->setIssue(m_ui->typedFingerprintEdit, problem);
    m_ui->matchLabel->setStyleSheet(matches ? QStringLiteral("color: #1e6b2e; font-weight: bold;") : QString());
    m_feedback->setFittedText(m_ui->matchLabel, status);
    m_addButton->setEnabled(matches);
}

void AddPartnerDialog::addPartner()
{
    if (!m_card || !m_addButton->isEnabled())
        return;
    auto added = PartnerService(m_session).add(*m_card, m_ui->typedFingerprintEdit->text());
    if (!added.ok()) {
        showMessage(added.error().message);
        return;
    }
    m_added = added.value();
    Q_EMIT partnerAdded(*m_added);
    accept();
}

void AddPartnerDialog::showMessage(const QString& message) { FieldFeedback::showMessage(m_ui->cardMessageLabel, message); }

} // namespace tandem::gui
