#include "GuiTestHelpers.h"
#include "SharingTestData.h"

#include "AddPartnerDialog.h"

#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

using namespace tandem;
using namespace tandem::gui;
using namespace tandem::test;

namespace {

QString writeCard(const QTemporaryDir& dir, const sharing::PartnerCard& card, const char* name = "partner-card.json")
{
    const QString path = dir.filePath(QString::fromLatin1(name));
    writeFile(path, card.toJson());
    return path;
}

void type(QLineEdit* edit, const QString& text)
{
    edit->clear();
    QTest::keyClicks(edit, text);
}

// The fingerprint with one digit in the given group changed.
QString wrongInGroup(const QString& fingerprint, int group)
{
    QString digits = sharing::normaliseFingerprint(fingerprint);
    const qsizetype at = static_cast<qsizetype>(group) * 5 + 2;
    digits[at] = QChar(u'0' + (digits.at(at).digitValue() + 1) % 10);
    return digits;
}

} // namespace

TEST_CASE("AddPartnerDialog: Add stays disabled until the typed fingerprint matches the card", "[gui][sharing]")
{
    TestStore t;
    auto session = t.unlockAdmin();
    QTemporaryDir dir;
    const sharing::PartnerCard card = otherCard(QStringLiteral("Brook Lane Children's Centre"), kCentreCode);
    const QString fingerprint = card.fingerprint();

    AddPartnerDialog dialog(*session);
    dialog.show();
    auto* add = child<QPushButton>(&dialog, "addPartnerOkButton");
    auto* typed = child<QLineEdit>(&dialog, "typedFingerprintEdit");
    CHECK_FALSE(add->isEnabled());
    CHECK_FALSE(typed->isEnabled()); // nothing to compare with yet

    REQUIRE(dialog.loadCard(writeCard(dir, card)));
    CHECK(child<QLabel>(&dialog, "organisationLabel")->text() == QStringLiteral("Brook Lane Children's Centre"));
    CHECK(child<QLabel>(&dialog, "codeLabel")->text() == kCentreCode);
    const QString shown = child<QLabel>(&dialog, "fingerprintLabel")->text();
    CHECK(shown.count(QLatin1Char('\n')) == 1); // two rows of four groups
    CHECK(sharing::normaliseFingerprint(shown) == sharing::normaliseFingerprint(fingerprint));
    CHECK_FALSE(add->isEnabled());

    // The first two groups, as read out: right so far, still not enough.
    type(typed, fingerprint.left(11));
    CHECK_FALSE(add->isEnabled());
    CHECK(child<QLabel>(&dialog, "matchLabel")->text().contains(QStringLiteral("10 of 40 digits")));
    CHECK_FALSE(child<QLabel>(&dialog, "mismatchLabel")->isVisible());

    // One digit misheard in the third group: says which group, and Add stays off.
    type(typed, wrongInGroup(fingerprint, 2));
    auto* why = child<QLabel>(&dialog, "mismatchLabel");
    CHECK(why->isVisible());
    CHECK(why->text().contains(QStringLiteral("Group 3 does not match")));
    CHECK_FALSE(add->isEnabled());

    // All forty digits, without the spaces: matches.
    type(typed, sharing::normaliseFingerprint(fingerprint));
    CHECK_FALSE(why->isVisible());
    REQUIRE(add->isEnabled());
    CHECK(child<QLabel>(&dialog, "matchLabel")->text().contains(QStringLiteral("matches")));

    // A digit too many is not a match either.
    type(typed, fingerprint + QStringLiteral("1"));
    CHECK_FALSE(add->isEnabled());
    CHECK(why->text().contains(QStringLiteral("more than the 40 digits")));

    type(typed, fingerprint);
    REQUIRE(add->isEnabled());
    QTest::mouseClick(add, Qt::LeftButton);
    CHECK(dialog.result() == QDialog::Accepted);
    REQUIRE(dialog.added().has_value());
    CHECK(dialog.added()->code == kCentreCode);
    auto partners = PartnerService(*session).list();
    REQUIRE(partners.ok());
    REQUIRE(partners.value().size() == 1);
    CHECK(partners.value().first().fingerprint == fingerprint);
}

TEST_CASE("AddPartnerDialog: a file that is not a card says why, and our own card is refused", "[gui][sharing]")
{
    TestStore t;
    auto session = t.unlockAdmin();
    QTemporaryDir dir;
    AddPartnerDialog dialog(*session);
    dialog.show();
    auto* message = child<QLabel>(&dialog, "cardMessageLabel");

    const QString junk = dir.filePath(QStringLiteral("notes.json"));
    writeFile(junk, QByteArray("{\"hello\": 1}"));
    CHECK_FALSE(dialog.loadCard(junk));
    CHECK(message->isVisible());
    CHECK_FALSE(message->text().isEmpty());
    CHECK_FALSE(child<QLineEdit>(&dialog, "typedFingerprintEdit")->isEnabled());
    CHECK_FALSE(child<QGroupBox>(&dialog, "cardGroup")->isEnabled());

    // Our own card matches its fingerprint, but the service will not trust it as a partner.
    auto own = PartnerService(*session).ownCard();
    REQUIRE(own.ok());
    REQUIRE(dialog.loadCard(writeCard(dir, own.value(), "own.json")));
    CHECK_FALSE(message->isVisible());
    type(child<QLineEdit>(&dialog, "typedFingerprintEdit"), own.value().fingerprint());
    auto* add = child<QPushButton>(&dialog, "addPartnerOkButton");
    REQUIRE(add->isEnabled());
    QTest::mouseClick(add, Qt::LeftButton);
    CHECK(dialog.isVisible());
    CHECK(message->isVisible());
    CHECK(message->text().contains(QStringLiteral("your own organisation")));
    CHECK_FALSE(dialog.added().has_value());
    auto partners = PartnerService(*session).list();
    REQUIRE(partners.ok());
    CHECK(partners.value().isEmpty());
}

TEST_CASE("AddPartnerDialog: why a typed fingerprint does not match", "[gui][sharing]")
{
    const QString fp = QStringLiteral("04317 88120 55555 12345 67890 00000 11111 22222");
    CHECK(AddPartnerDialog::mismatchReason(QString(), fp).isEmpty());
    CHECK(AddPartnerDialog::mismatchReason(QStringLiteral("04317 881"), fp).isEmpty());
    CHECK(AddPartnerDialog::mismatchReason(QStringLiteral("04317-88120"), fp).isEmpty());
    CHECK(AddPartnerDialog::mismatchReason(fp, fp).isEmpty());
    CHECK(AddPartnerDialog::mismatchReason(QStringLiteral("04318"), fp).contains(QStringLiteral("Group 1")));
    CHECK(AddPartnerDialog::mismatchReason(QStringLiteral("04317 88120 55555 12345 67890 00000 11111 2222"), fp).isEmpty());
    CHECK(AddPartnerDialog::mismatchReason(QStringLiteral("04317 88120 55555 12345 67890 00000 11111 22223"), fp)
              .contains(QStringLiteral("Group 8")));
    CHECK(AddPartnerDialog::mismatchReason(QStringLiteral("O4317"), fp).contains(QStringLiteral("only the digits")));
    CHECK(AddPartnerDialog::mismatchReason(fp + QStringLiteral(" 9"), fp).contains(QStringLiteral("more than")));
}

TEST_CASE("Accessibility: adding a partner", "[gui][a11y][sharing]")
{
    TestStore t;
    auto session = t.unlockAdmin();
    QTemporaryDir dir;
    AddPartnerDialog dialog(*session);
    REQUIRE(dialog.loadCard(writeCard(dir, otherCard(QStringLiteral("Brook Lane Children's Centre"), kCentreCode))));
    checkKeyboardAndNames(&dialog);
}
