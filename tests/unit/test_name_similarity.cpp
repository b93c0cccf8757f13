#include "tandem/domain/NameSimilarity.h"

#include "QtCatch.h"

namespace Sim = tandem::domain::NameSimilarity;

namespace {
QString u8(const char* s) { return QString::fromUtf8(s); }
bool similar(const char* gA, const char* fA, const char* gB, const char* fB)
{
    return Sim::similar(u8(gA), u8(fA), u8(gB), u8(fB));
}
} // namespace

TEST_CASE("NameSimilarity: edit distance counts each kind of edit once", "[domain]")
{
    const struct { const char* a; const char* b; int d; } cases[] = {
        {"", "", 0},           {"abc", "", 3},          {"", "abc", 3},       {"abc", "abc", 0},
        {"abc", "abd", 1},     {"abc", "abcd", 1},      {"abcd", "abc", 1},   {"abc", "bac", 1},  // transposition
        {"abcd", "acbd", 1},   {"ca", "abc", 3},        {"kitten", "sitting", 3}, {"smith", "smyth", 1},
        {"jones", "jnoes", 1}, {"abc", "cba", 2},       {"Ada", "ada", 1},    // compared as given: case matters
    };
    for (const auto& c : cases) {
        INFO(c.a << " / " << c.b);
        CHECK(Sim::editDistance(u8(c.a), u8(c.b)) == c.d);
        CHECK(Sim::editDistance(u8(c.b), u8(c.a)) == c.d); // symmetric
    }
    // Characters, not UTF-16 units: a character outside the BMP is one edit.
    CHECK(Sim::editDistance(u8("a\U00020000b"), u8("ab")) == 1);
    CHECK(Sim::editDistance(u8("zoë"), u8("zoe")) == 1);
}

TEST_CASE("NameSimilarity: family names equal after folding", "[domain]")
{
    CHECK(similar("Zoë", "O'Brien", "zoe", "OBRIEN"));
    CHECK(similar("Ada", "Kowalczyk-Penn", "Ada", "kowalczyk penn"));
}

TEST_CASE("NameSimilarity: family names sharing a part", "[domain]")
{
    CHECK(similar("Ada", "Kowalczyk-Penn", "Ada", "Penn"));
    CHECK(similar("Ada", "Penn", "Ada", "Kowalczyk-Penn"));
    CHECK(similar("Ada", "Kowalczyk Penn", "Ada", "Kowalczyk-Smith"));
    CHECK_FALSE(similar("Ada", "Kowalczyk-Penn", "Ada", "Pennington")); // parts equal, not prefixes
}

TEST_CASE("NameSimilarity: family name distance limits", "[domain]")
{
    // Short names: one edit.
    CHECK(similar("Ada", "Smith", "Ada", "Smyth"));
    CHECK(similar("Ada", "Jones", "Ada", "Jnoes"));
    CHECK_FALSE(similar("Ada", "Smith", "Ada", "Smythe"));
    // Two edits only when both are 7+ characters.
    CHECK(similar("Ada", "Lovelace", "Ada", "Lovelice"));    // 8 / 8, distance 1
    CHECK(similar("Ada", "Lovelace", "Ada", "Lavelice"));    // 8 / 8, distance 2
    CHECK(similar("Ada", "Kendrick", "Ada", "Kendrik"));     // 8 / 7, distance 1
    CHECK(similar("Ada", "Bradsha", "Ada", "Brodshe"));      // 7 / 7, distance 2
    CHECK_FALSE(similar("Ada", "Bradsh", "Ada", "Brodshe")); // 6 / 7: only one edit allowed
    CHECK_FALSE(similar("Ada", "Lovelace", "Ada", "Lavelico")); // distance 3
}

TEST_CASE("NameSimilarity: given names by prefix", "[domain]")
{
    CHECK(similar("Alex", "Penn", "Alexander", "Penn"));
    CHECK(similar("Alexander", "Penn", "Alex", "Penn"));
    CHECK(similar("Ale", "Penn", "Alexander", "Penn")); // shorter has 3 characters
    CHECK_FALSE(similar("Al", "Penn", "Alexander", "Penn")); // 2 is too short
    CHECK(similar("Mary", "Penn", "Mary-Ann", "Penn"));
}

TEST_CASE("NameSimilarity: given name distance limits", "[domain]")
{
    CHECK(similar("Ada", "Penn", "Ava", "Penn"));           // one edit
    CHECK(similar("Jon", "Penn", "John", "Penn"));          // prefix or one edit
    CHECK_FALSE(similar("Amy", "Penn", "Ava", "Penn"));     // two edits, short
    CHECK(similar("Olivia", "Penn", "Olivya", "Penn"));     // 6 / 6, one edit
    CHECK(similar("Olivia", "Penn", "Alivya", "Penn"));     // 6 / 6, two edits
    CHECK_FALSE(similar("Olivia", "Penn", "Aliva", "Penn")); // 6 / 5: only one edit allowed
    CHECK_FALSE(similar("Olivia", "Penn", "Alevya", "Penn")); // three edits
}

TEST_CASE("NameSimilarity: both names must be similar", "[domain]")
{
    CHECK_FALSE(similar("Ada", "Penn", "Ada", "Lovelace"));
    CHECK_FALSE(similar("Ada", "Penn", "Bob", "Penn"));
}

TEST_CASE("NameSimilarity: given and family names swapped", "[domain]")
{
    CHECK(similar("Penn", "Ada", "Ada", "Penn"));
    CHECK(similar("Kowalczyk", "Zoë", "Zoe", "Kowalczyk-Penn"));
    CHECK(similar("Pen", "Ava", "Ada", "Penn"));
    CHECK_FALSE(similar("Penn", "Bob", "Ada", "Penn"));
}

TEST_CASE("NameSimilarity: names with nothing to compare are never similar", "[domain]")
{
    CHECK_FALSE(similar("", "", "", ""));
    CHECK_FALSE(similar("Ada", "", "Ada", ""));
    CHECK_FALSE(similar("", "Penn", "", "Penn"));
    CHECK_FALSE(similar("-", "Penn", "'", "Penn"));
    CHECK_FALSE(similar("A", "Penn", "", "Penn"));
}
