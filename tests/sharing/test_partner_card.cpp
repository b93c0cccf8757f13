#include "tandem/sharing/OrgKeys.h"
#include "tandem/sharing/PartnerCard.h"

#include <catch2/catch.hpp>

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

using namespace tandem;
using namespace tandem::sharing;

namespace {

PartnerCard sampleCard()
{
    auto keys = OrgKeys::generate();
    REQUIRE(keys.ok());
    PartnerCard card;
    card.organisationName = QStringLiteral("Northgate Health Visiting Team");
    card.organisationCode = QStringLiteral("RX1-HV01");
    card.encryptionKey = keys.value().encryptionPublic();
    card.signingKey = keys.value().signingPublic();
    return card;
}

PartnerCard fixedCard() // bytes 1..32 and 33..64: fingerprint known from an independent BLAKE2b
{
    PartnerCard card;
    card.organisationName = QStringLiteral("Northgate Health Visiting Team");
    card.organisationCode = QStringLiteral("RX1-HV01");
    for (int i = 1; i <= 32; ++i) {
        card.encryptionKey += char(i);
        card.signingKey += char(i + 32);
    }
    return card;
}

QJsonObject cardObject(const PartnerCard& card) { return QJsonDocument::fromJson(card.toJson()).object(); }

QByteArray toBytes(const QJsonObject& o) { return QJsonDocument(o).toJson(QJsonDocument::Compact); }

// The card must be refused, with a message containing `expected`.
void requireRefused(const QByteArray& json, const QString& expected)
{
    auto parsed = PartnerCard::fromJson(json);
    INFO(json.toStdString());
    REQUIRE_FALSE(parsed.ok());
    CHECK(parsed.error().code == ErrorCode::Invalid);
    INFO(parsed.message().toStdString());
    CHECK(parsed.message().contains(expected));
}

} // namespace

TEST_CASE("PartnerCard: fingerprint is eight groups of five digits, stable, and matches a known answer", "[sharing][crypto]")
{
    const PartnerCard card = fixedCard();
    const QString fp = card.fingerprint();
    CHECK(fp == QStringLiteral("10265 61402 31064 92814 38349 35767 76168 65554"));
    CHECK(QRegularExpression(QStringLiteral("^[0-9]{5}( [0-9]{5}){7}$")).match(fp).hasMatch());
    CHECK(fixedCard().fingerprint() == fp);

    const PartnerCard random = sampleCard();
    CHECK(QRegularExpression(QStringLiteral("^[0-9]{5}( [0-9]{5}){7}$")).match(random.fingerprint()).hasMatch());
    CHECK(random.fingerprint() == random.fingerprint());
}

TEST_CASE("PartnerCard: any change of code or key changes the fingerprint, the name does not", "[sharing][crypto]")
{
    const PartnerCard base = fixedCard();
    QSet<QString> seen{base.fingerprint()};
    int variants = 1;
    const auto add = [&](const PartnerCard& changed) {
        seen.insert(changed.fingerprint());
        ++variants;
    };
    for (int i = 0; i < 32; ++i) {
        for (const int bit : {0x01, 0x80}) {
            PartnerCard c = base;
            c.encryptionKey[i] = char(c.encryptionKey[i] ^ bit);
            add(c);
            PartnerCard s = base;
            s.signingKey[i] = char(s.signingKey[i] ^ bit);
            add(s);
        }
    }
    for (const QString& code : {QStringLiteral("RX1-HV02"), QStringLiteral("RX1-HV0"), QStringLiteral("RX1-HV011"), QStringLiteral("SX1-HV01")}) {
        PartnerCard c = base;
        c.organisationCode = code;
        add(c);
    }
    // Keys swapped between the two roles
    PartnerCard swapped = base;
    std::swap(swapped.encryptionKey, swapped.signingKey);
    add(swapped);
    CHECK(seen.size() == variants);

    PartnerCard renamed = base;
    renamed.organisationName = QStringLiteral("Another Name");
    CHECK(renamed.fingerprint() == base.fingerprint());
}

TEST_CASE("PartnerCard: normaliseFingerprint keeps the digits only", "[sharing]")
{
    CHECK(normaliseFingerprint(QStringLiteral("12345 67890")) == QStringLiteral("1234567890"));
    CHECK(normaliseFingerprint(QStringLiteral(" 12345-67890\n00001 ")) == QStringLiteral("123456789000001"));
    CHECK(normaliseFingerprint(QStringLiteral("abc")) == QString());
    CHECK(normaliseFingerprint(QString::fromUtf8("١٢٣ 45")) == QStringLiteral("45")); // ASCII digits only
}

TEST_CASE("PartnerCard: JSON round trip with fixed key order", "[sharing]")
{
    PartnerCard card = sampleCard();
    card.organisationName = QString::fromUtf8("Children's Centre \"Ysgol Fach\" – Llanfair \\ north");
    const QByteArray json = card.toJson();
    CHECK(json.startsWith(R"({"tandemPartnerCard":1,"organisation":")"));
    const qsizetype name = json.indexOf("\"organisation\"");
    const qsizetype code = json.indexOf("\"code\"");
    const qsizetype enc = json.indexOf("\"encryptionKey\"");
    const qsizetype sign = json.indexOf("\"signingKey\"");
    const qsizetype fp = json.indexOf("\"fingerprint\"");
    CHECK((0 < name && name < code && code < enc && enc < sign && sign < fp));
    CHECK(json.contains(card.fingerprint().toLatin1()));

    auto parsed = PartnerCard::fromJson(json);
    REQUIRE(parsed.ok());
    CHECK(parsed.value().organisationName == card.organisationName);
    CHECK(parsed.value().organisationCode == card.organisationCode);
    CHECK(parsed.value().encryptionKey == card.encryptionKey);
    CHECK(parsed.value().signingKey == card.signingKey);
    CHECK(parsed.value().fingerprint() == card.fingerprint());
    CHECK(parsed.value().toJson() == json);
}

TEST_CASE("PartnerCard: fromJson accepts a card without a fingerprint and normalises the code", "[sharing]")
{
    const PartnerCard card = sampleCard();
    QJsonObject o = cardObject(card);
    o.remove(QStringLiteral("fingerprint"));
    o.insert(QStringLiteral("code"), QStringLiteral(" rx1-hv01 "));
    o.insert(QStringLiteral("organisation"), QStringLiteral("  Northgate   Health Visiting Team "));
    auto parsed = PartnerCard::fromJson(toBytes(o));
    REQUIRE(parsed.ok());
    CHECK(parsed.value().organisationCode == QStringLiteral("RX1-HV01"));
    CHECK(parsed.value().organisationName == QStringLiteral("Northgate Health Visiting Team"));
    CHECK(parsed.value().fingerprint() == card.fingerprint());

    // A fingerprint typed with other spacing is still the same fingerprint
    o.insert(QStringLiteral("fingerprint"), normaliseFingerprint(card.fingerprint()));
    CHECK(PartnerCard::fromJson(toBytes(o)).ok());
}

TEST_CASE("PartnerCard: organisation name length boundary", "[sharing]")
{
    QJsonObject o = cardObject(sampleCard());
    o.insert(QStringLiteral("organisation"), QString(200, QLatin1Char('N')));
    CHECK(PartnerCard::fromJson(toBytes(o)).ok());
    o.insert(QStringLiteral("organisation"), QString(201, QLatin1Char('N')));
    requireRefused(toBytes(o), QStringLiteral("longer than 200"));
}

TEST_CASE("PartnerCard: each malformed card is refused with its own reason", "[sharing][crypto]")
{
    const PartnerCard card = sampleCard();
    const QJsonObject good = cardObject(card);
    const auto with = [&](const char* key, const QJsonValue& value) {
        QJsonObject o = good;
        o.insert(QLatin1String(key), value);
        return toBytes(o);
    };
    const auto without = [&](const char* key) {
        QJsonObject o = good;
        o.remove(QLatin1String(key));
        return toBytes(o);
    };
    const QString badKey = QStringLiteral("32 bytes written in base64");

    requireRefused("{not json", QStringLiteral("not readable JSON"));
    requireRefused("", QStringLiteral("not readable JSON"));
    requireRefused("[1,2]", QStringLiteral("not a Tandem partner card"));
    requireRefused(without("tandemPartnerCard"), QStringLiteral("not a Tandem partner card"));
    requireRefused(with("tandemPartnerCard", QStringLiteral("1")), QStringLiteral("has no card version"));
    requireRefused(with("tandemPartnerCard", 2), QStringLiteral("card version 2"));
    requireRefused(with("extra", true), QStringLiteral("unexpected field \"extra\""));
    requireRefused(without("organisation"), QStringLiteral("no organisation name"));
    requireRefused(with("organisation", QStringLiteral("   ")), QStringLiteral("no organisation name"));
    requireRefused(with("organisation", 7), QStringLiteral("no organisation name"));
    requireRefused(without("code"), QStringLiteral("no organisation code"));
    requireRefused(with("code", QStringLiteral("R")), QStringLiteral("organisation code is not valid"));
    requireRefused(with("code", QStringLiteral("RX1 HV01")), QStringLiteral("organisation code is not valid"));
    requireRefused(with("code", QStringLiteral("-RX1")), QStringLiteral("organisation code is not valid"));
    requireRefused(without("encryptionKey"), QStringLiteral("no encryption key"));
    requireRefused(without("signingKey"), QStringLiteral("no signing key"));
    requireRefused(with("encryptionKey", QStringLiteral("not base64!")), badKey);
    requireRefused(with("encryptionKey", QString::fromLatin1(card.encryptionKey.left(31).toBase64())), badKey);
    requireRefused(with("signingKey", QString::fromLatin1((card.signingKey + 'x').toBase64())), badKey);
    requireRefused(with("signingKey", 12), QStringLiteral("no signing key"));
    requireRefused(with("encryptionKey", QString::fromLatin1(QByteArray(32, '\0').toBase64())),
                   QStringLiteral("encryption key cannot be used safely"));
    QByteArray lowOrder(32, '\0'); // X25519 point of order 4 on the curve: shared secret would be zero
    lowOrder[0] = 1;
    requireRefused(with("encryptionKey", QString::fromLatin1(lowOrder.toBase64())), QStringLiteral("encryption key cannot be used safely"));
    QByteArray identity(32, '\0'); // Ed25519 neutral element: signatures would mean nothing
    identity[0] = 1;
    requireRefused(with("signingKey", QString::fromLatin1(identity.toBase64())), QStringLiteral("signing key cannot be used safely"));
    requireRefused(with("signingKey", QString::fromLatin1(QByteArray(32, '\xff').toBase64())),
                   QStringLiteral("signing key cannot be used safely"));

    // One digit off, a missing group, and a fingerprint that is not a string
    QString wrong = card.fingerprint();
    wrong[0] = wrong[0] == QLatin1Char('9') ? QLatin1Char('0') : QChar(wrong[0].unicode() + 1);
    requireRefused(with("fingerprint", wrong), QStringLiteral("does not match its keys"));
    requireRefused(with("fingerprint", card.fingerprint().left(41)), QStringLiteral("does not match its keys"));
    requireRefused(with("fingerprint", 12345), QStringLiteral("does not match its keys"));
    // A key swapped for another organisation's keeps the old fingerprint: refused
    requireRefused(with("encryptionKey", QString::fromLatin1(sampleCard().encryptionKey.toBase64())), QStringLiteral("does not match its keys"));
    requireRefused(with("code", QStringLiteral("RX1-HV02")), QStringLiteral("does not match its keys"));

    requireRefused(QByteArray(70 * 1024, ' '), QStringLiteral("too large"));
}
