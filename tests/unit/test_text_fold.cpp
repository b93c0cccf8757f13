#include "tandem/domain/TextFold.h"

#include "QtCatch.h"

#include <QString>
#include <QStringList>

namespace Fold = tandem::domain::TextFold;

namespace {
QString u8(const char* s) { return QString::fromUtf8(s); }
} // namespace

TEST_CASE("TextFold: accents, case and apostrophes fold away", "[domain]")
{
    CHECK(Fold::fold(u8("Zoë O'Brien")) == QStringLiteral("zoe obrien"));
    CHECK(Fold::fold(u8("ZOË O’BRIEN")) == QStringLiteral("zoe obrien"));
    CHECK(Fold::fold(u8("O‘Brien")) == QStringLiteral("obrien"));   // left quote typed by autocorrect
    CHECK(Fold::fold(u8("Oʼbrien")) == QStringLiteral("obrien"));   // modifier letter apostrophe
    CHECK(Fold::fold(u8("Chloé")) == QStringLiteral("chloe"));
    CHECK(Fold::fold(u8("Siân")) == QStringLiteral("sian"));
    CHECK(Fold::fold(u8("Ñúñez")) == QStringLiteral("nunez"));
    CHECK(Fold::fold(u8("Dvořák")) == QStringLiteral("dvorak"));
    CHECK(Fold::fold(u8("Ángel Çelik")) == QStringLiteral("angel celik"));
    // Precomposed and decomposed forms give the same key.
    CHECK(Fold::fold(u8("Zo\u00EB")) == Fold::fold(u8("Zoe\u0308")));
    // Capital I with dot above folds to a plain i (its dot is a combining mark).
    CHECK(Fold::fold(u8("\u0130pek")) == QStringLiteral("ipek"));
}

TEST_CASE("TextFold: other punctuation separates, runs collapse, ends are trimmed", "[domain]")
{
    CHECK(Fold::fold(QStringLiteral("Kowalczyk-Penn")) == QStringLiteral("kowalczyk penn"));
    CHECK(Fold::fold(QStringLiteral("  Ada   Lovelace  ")) == QStringLiteral("ada lovelace"));
    CHECK(Fold::fold(QStringLiteral("--Ada--,;Lovelace!!")) == QStringLiteral("ada lovelace"));
    CHECK(Fold::fold(QStringLiteral("\tAda\nLovelace\r\n")) == QStringLiteral("ada lovelace"));
    CHECK(Fold::fold(QStringLiteral("ada*\"OR\"-x NEAR(")) == QStringLiteral("ada or x near"));
    CHECK(Fold::fold(QStringLiteral("a.b/c_d")) == QStringLiteral("a b c d"));
    CHECK(Fold::fold(u8("Ada\u00A0Lovelace")) == QStringLiteral("ada lovelace"));
    // An apostrophe joins, it never separates, even between spaces.
    CHECK(Fold::fold(QStringLiteral("d' Souza")) == QStringLiteral("d souza"));
}

TEST_CASE("TextFold: digits and letters of any script are kept", "[domain]")
{
    CHECK(Fold::fold(QStringLiteral("NG7 2AB")) == QStringLiteral("ng7 2ab"));
    CHECK(Fold::fold(QStringLiteral("03/05/2024")) == QStringLiteral("03 05 2024"));
    CHECK(Fold::fold(u8("Αλέξανδρος")) == Fold::fold(u8("ΑΛΈΞΑΝΔΡΟΣ"))); // final sigma folds too
    CHECK(Fold::fold(u8("Мария Иванова")) == u8("мария иванова"));
    CHECK(Fold::fold(u8("محمد")) == u8("محمد"));
    CHECK(Fold::fold(u8("王小明")) == u8("王小明"));
    CHECK(Fold::fold(u8("Łukasz")) == u8("łukasz")); // no canonical decomposition: stays a distinct letter
    // Outside the BMP: kept whole, not split into half surrogate pairs.
    CHECK(Fold::fold(u8("\U00020000x")) == u8("\U00020000x"));
}

TEST_CASE("TextFold: nothing foldable gives an empty string", "[domain]")
{
    CHECK(Fold::fold(QString()).isEmpty());
    CHECK(Fold::fold(QStringLiteral("   ")).isEmpty());
    CHECK(Fold::fold(QStringLiteral("'-.,'")).isEmpty());
    CHECK(Fold::fold(u8("\u0301\u0308")).isEmpty()); // stray combining marks
    CHECK(Fold::fold(u8("\U0001F600")).isEmpty());   // emoji is not a letter
    CHECK(Fold::tokens(QStringLiteral(" - ")).isEmpty());
}

TEST_CASE("TextFold: fold is idempotent", "[domain]")
{
    const QStringList samples = {u8("Zoë O'Brien"), u8("Kowalczyk-Penn"), u8("  ÅSA  ñ  "), u8("\u0130pek"),
                                 QStringLiteral("ng7 2ab")};
    for (const QString& s : samples) {
        INFO(s.toStdString());
        CHECK(Fold::fold(Fold::fold(s)) == Fold::fold(s));
    }
}

TEST_CASE("TextFold: every code point folds to letters and digits only, idempotently", "[domain]")
{
    int kept = 0;
    for (char32_t cp = 1; cp < 0x40000; ++cp) {
        if (QChar::isSurrogate(cp))
            continue;
        const QString s = QStringLiteral("a") + QString::fromUcs4(&cp, 1) + QStringLiteral("b");
        const QString once = Fold::fold(s);
        if (once != Fold::fold(once) || once.contains(QStringLiteral("  ")) || once != once.trimmed()) {
            INFO(qulonglong(cp));
            FAIL_CHECK("fold not canonical");
        }
        for (const uint c : once.toUcs4())
            if (!(c == ' ' || QChar::isLetter(c) || QChar::isDigit(c))) {
                INFO(qulonglong(cp));
                FAIL_CHECK("fold kept something other than a letter, digit or space");
            }
        kept += once != QStringLiteral("ab") && once != QStringLiteral("a b") ? 1 : 0;
    }
    CHECK(kept > 100000); // most code points are letters of some script
}

TEST_CASE("TextFold: tokens splits the folded text", "[domain]")
{
    CHECK(Fold::tokens(u8("Zoë  O'Brien-Smith")) == QStringList{"zoe", "obrien", "smith"});
    CHECK(Fold::tokens(QStringLiteral("ada")) == QStringList{"ada"});
    CHECK(Fold::tokens(QString()).isEmpty());
}
