#include "tandem/core/Csv.h"

#include "QtCatch.h"

using namespace tandem;

namespace {

CsvTable ok(const QByteArray& bytes)
{
    const Result<CsvTable> r = Csv::parse(bytes);
    INFO(r.message().toStdString());
    REQUIRE(r.ok());
    return r.value();
}

QString fails(const QByteArray& bytes)
{
    const Result<CsvTable> r = Csv::parse(bytes);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().code == ErrorCode::Invalid);
    return r.message();
}

} // namespace

TEST_CASE("Csv: header and rows, with line numbers", "[core]")
{
    const CsvTable t = ok("Given name, Family name ,DOB\nAda,Penn,01/02/2023\nZoe,Smith,03/04/2022\n");
    CHECK(t.header == QStringList({"Given name", "Family name", "DOB"}));
    REQUIRE(t.rows.size() == 2);
    CHECK(t.rows[0] == QStringList({"Ada", "Penn", "01/02/2023"}));
    CHECK(t.rows[1] == QStringList({"Zoe", "Smith", "03/04/2022"}));
    CHECK(t.lineNumbers == QList<int>({2, 3}));
    // Without a final line break.
    CHECK(ok("a,b\n1,2").rows == QList<QStringList>{{"1", "2"}});
    // Header only.
    CHECK(ok("a,b\n").rows.isEmpty());
}

TEST_CASE("Csv: CRLF, LF and CR line endings", "[core]")
{
    for (const char* bytes : {"a,b\r\n1,2\r\n3,4\r\n", "a,b\n1,2\n3,4\n", "a,b\r1,2\r3,4\r", "a,b\r\n1,2\n3,4\r"}) {
        INFO(bytes);
        const CsvTable t = ok(bytes);
        CHECK(t.rows == QList<QStringList>({{"1", "2"}, {"3", "4"}}));
        CHECK(t.lineNumbers == QList<int>({2, 3}));
    }
}

TEST_CASE("Csv: quoted fields hold separators, quotes and line breaks", "[core]")
{
    const CsvTable t = ok("name,notes,n\n\"Penn, Ada\",\"said \"\"hello\"\"\",1\n"
                          "\"Smith\",\"line one\r\nline two\nline three\",2\n"
                          "\"\",\"\",3\n"
                          "next,row,4\n");
    REQUIRE(t.rows.size() == 4);
    CHECK(t.rows[0] == QStringList({"Penn, Ada", "said \"hello\"", "1"}));
    CHECK(t.rows[1] == QStringList({"Smith", "line one\nline two\nline three", "2"}));
    CHECK(t.rows[2] == QStringList({"", "", "3"}));
    CHECK(t.rows[3] == QStringList({"next", "row", "4"}));
    // A row's line is where it starts; a quoted break moves the next row down.
    CHECK(t.lineNumbers == QList<int>({2, 3, 6, 7}));
}

TEST_CASE("Csv: lenient with spaces around quoted fields and stray quotes inside plain ones", "[core]")
{
    const CsvTable t = ok("a,b,c\n1, \"x,y\" ,3\n5\" tall,it's,\"q\"r\n");
    CHECK(t.rows[0] == QStringList({"1", "x,y", "3"}));
    CHECK(t.rows[1] == QStringList({"5\" tall", "it's", "qr"}));
    // Plain fields are left as read, spaces included; only the header is trimmed.
    CHECK(ok("a,b\n 1 , 2 \n").rows[0] == QStringList({" 1 ", " 2 "}));
}

TEST_CASE("Csv: separator chosen from the header line", "[core]")
{
    CHECK(ok("a;b;c\n1;2,5;3\n").rows[0] == QStringList({"1", "2,5", "3"}));
    CHECK(ok("a\tb\tc\n1\t2,5\t3\n").rows[0] == QStringList({"1", "2,5", "3"}));
    CHECK(ok("a,b;c\n1,2;3\n").rows[0] == QStringList({"1", "2;3"}));         // tie goes to comma
    CHECK(ok("a;b;c,d\n1;2;3,4\n").header == QStringList({"a", "b", "c,d"})); // more ; than ,
    CHECK(ok("\"a;x\",b\n1,2\n").header == QStringList({"a;x", "b"}));        // quoted ; not counted
    CHECK(ok("\n\na;b\n1;2\n").header == QStringList({"a", "b"}));           // first non-blank line
    CHECK(ok("a\n1\n").rows[0] == QStringList{"1"});                           // one column
}

TEST_CASE("Csv: blank lines are skipped, line numbers stay physical", "[core]")
{
    const CsvTable t = ok("\n\r\na,b\n\n1,2\n   \n,\n3,4\n\n");
    CHECK(t.header == QStringList({"a", "b"}));
    CHECK(t.rows == QList<QStringList>({{"1", "2"}, {"3", "4"}}));
    CHECK(t.lineNumbers == QList<int>({5, 8}));
}

TEST_CASE("Csv: short rows padded, trailing empty fields dropped, long rows refused", "[core]")
{
    const CsvTable t = ok("a,b,c\n1\n1,2\n1,2,3,\n1,2,3,,  ,\n");
    CHECK(t.rows == QList<QStringList>({{"1", "", ""}, {"1", "2", ""}, {"1", "2", "3"}, {"1", "2", "3"}}));

    const QString m = fails("a,b,c\n1,2,3\n1,2,3,4\n");
    CHECK(m.contains(QStringLiteral("Line 3")));
    CHECK(m.contains(QStringLiteral("4 values")));
    CHECK(m.contains(QStringLiteral("3 columns")));
    CHECK(fails("a\tb\n1\t2\t3\n").contains(QStringLiteral("tab")));
}

TEST_CASE("Csv: header problems name the column and line", "[core]")
{
    QString m = fails("a,,c\n1,2,3\n");
    CHECK(m.contains(QStringLiteral("Column 2")));
    CHECK(m.contains(QStringLiteral("line 1")));
    m = fails("\na, \n");
    CHECK(m.contains(QStringLiteral("Column 2")));
    CHECK(m.contains(QStringLiteral("line 2")));
    m = fails("NHS,name,nhs \n");
    CHECK(m.contains(QStringLiteral("Columns 1 and 3")));
    CHECK(m.contains(QStringLiteral("\"nhs\"")));
}

TEST_CASE("Csv: empty files and files with no header", "[core]")
{
    CHECK(fails("").contains(QStringLiteral("empty")));
    CHECK(fails("\xEF\xBB\xBF").contains(QStringLiteral("empty")));
    for (const char* blank : {"\n", "\r\n\r\n", "   \n\t\n", ",,\n"}) {
        INFO(blank);
        CHECK(fails(blank).contains(QStringLiteral("no header")));
    }
}

TEST_CASE("Csv: an unterminated quote names the line it opened on", "[core]")
{
    QString m = fails("a,b\n1,2\n3,\"open\n4,5\n");
    CHECK(m.contains(QStringLiteral("Line 3")));
    m = fails("\"a,b\n");
    CHECK(m.contains(QStringLiteral("Line 1")));
    m = fails("a,b\n1,\"x\"\"\n");
    CHECK(m.contains(QStringLiteral("Line 2")));
}

TEST_CASE("Csv: UTF-8 with and without BOM, Windows-1252 fallback", "[core]")
{
    const QString zoe = QString::fromUtf8("Zo\u00EB");
    CHECK(ok("name\nZo\xC3\xAB\n").rows[0][0] == zoe);
    const CsvTable bom = ok("\xEF\xBB\xBFname\nZo\xC3\xAB\n");
    CHECK(bom.header == QStringList{"name"}); // BOM does not stick to the first heading
    CHECK(bom.rows[0][0] == zoe);
    // 0xEB is ë in Windows-1252 and invalid on its own in UTF-8.
    CHECK(ok("name\nZo\xEB\n").rows[0][0] == zoe);
    // 0x80 and 0x92: the euro sign and curly apostrophe, where 1252 differs from Latin-1.
    CHECK(ok("name\n\x80 O\x92" "Brien\n").rows[0][0] == QString::fromUtf8("\u20AC O\u2019Brien"));
    // UTF-16 from Excel's "Unicode Text".
    const QString text = QStringLiteral("name\tn\nZo\u00EB\t1\n");
    QByteArray utf16("\xFF\xFE", 2);
    for (QChar c : text)
        utf16.append(char(c.unicode() & 0xFF)).append(char(c.unicode() >> 8));
    const CsvTable u = ok(utf16);
    CHECK(u.header == QStringList({"name", "n"}));
    CHECK(u.rows[0] == QStringList({zoe, "1"}));
}

TEST_CASE("Csv: row limit is 200,000", "[core]")
{
    QByteArray rows("n\n");
    for (int i = 0; i < 200000; ++i)
        rows.append("1\n");
    CHECK(ok(rows).rows.size() == 200000);
    rows.append("1\n");
    CHECK(fails(rows).contains(QStringLiteral("200,000")));
}

TEST_CASE("Csv: size limit is 50 MB", "[core]")
{
    QByteArray big("n\n");
    big.append(QByteArray(50 * 1024 * 1024 - big.size(), 'x'));
    CHECK(ok(big).rows.size() == 1);
    big.append('x');
    CHECK(fails(big).contains(QStringLiteral("50 MB")));
}

TEST_CASE("Csv: formatRow quotes only what needs it and round-trips", "[core]")
{
    CHECK(Csv::formatRow({"a", "b c", ""}) == QStringLiteral("a,b c,"));
    CHECK(Csv::formatRow({"Penn, Ada", "say \"hi\"", "two\nlines", "cr\r"})
          == QStringLiteral("\"Penn, Ada\",\"say \"\"hi\"\"\",\"two\nlines\",\"cr\r\""));
    CHECK(Csv::formatRow({"a;b", "c,d"}, QLatin1Char(';')) == QStringLiteral("\"a;b\";c,d"));
    CHECK(Csv::formatRow({"a\tb"}, QLatin1Char('\t')) == QStringLiteral("\"a\tb\""));
    CHECK(Csv::formatRow({}).isEmpty());

    const QStringList header = {"name", "notes", "n"};
    const QList<QStringList> rows = {{"Penn, Ada", "said \"hi\"\nand left", "1"}, {"", "\"", "2"}, {" x ", "", "3"}};
    QString text = Csv::formatRow(header) + QLatin1Char('\n');
    for (const QStringList& r : rows)
        text += Csv::formatRow(r) + QStringLiteral("\r\n");
    const CsvTable t = ok(text.toUtf8());
    CHECK(t.header == header);
    CHECK(t.rows == rows);
}
