#include "tandem/core/Contact.h"

#include <QCoreApplication>

namespace tandem {
namespace {

// Token and source text side by side, so the list and the names cannot drift apart.
struct Named {
    const char* token;
    const char* name;
};

constexpr Named kContactTypes[] = {
    {"antenatal", QT_TRANSLATE_NOOP("tandem::ContactTypes", "Antenatal contact")},
    {"new-birth", QT_TRANSLATE_NOOP("tandem::ContactTypes", "New birth visit")},
    {"six-to-eight-week", QT_TRANSLATE_NOOP("tandem::ContactTypes", "6–8 week review")},
    {"twelve-month", QT_TRANSLATE_NOOP("tandem::ContactTypes", "12-month review")},
    {"two-year", QT_TRANSLATE_NOOP("tandem::ContactTypes", "2–2½ year review")},
    {"additional", QT_TRANSLATE_NOOP("tandem::ContactTypes", "Additional contact")},
    {"clinic", QT_TRANSLATE_NOOP("tandem::ContactTypes", "Clinic appointment")},
    {"phone-video", QT_TRANSLATE_NOOP("tandem::ContactTypes", "Phone or video call")},
    {"not-brought", QT_TRANSLATE_NOOP("tandem::ContactTypes", "Not brought (did not attend)")},
    {"no-access", QT_TRANSLATE_NOOP("tandem::ContactTypes", "No access")},
};
constexpr int kMandatedCount = 5; // the first five above

constexpr Named kPlaces[] = {
    {"home", QT_TRANSLATE_NOOP("tandem::ContactPlaces", "Home")},
    {"clinic", QT_TRANSLATE_NOOP("tandem::ContactPlaces", "Clinic")},
    {"childrens-centre", QT_TRANSLATE_NOOP("tandem::ContactPlaces", "Children's centre or family hub")},
    {"virtual", QT_TRANSLATE_NOOP("tandem::ContactPlaces", "Virtual (phone or video)")},
};

template <std::size_t N>
QStringList tokensOf(const Named (&list)[N])
{
    QStringList out;
    for (const Named& n : list)
        out.append(QLatin1String(n.token));
    return out;
}

template <std::size_t N>
QString nameOf(const Named (&list)[N], const char* context, const QString& token)
{
    for (const Named& n : list)
        if (token == QLatin1String(n.token))
            return QCoreApplication::translate(context, n.name);
    return token; // unknown token: show what is stored rather than nothing
}

} // namespace

namespace ContactTypes {

QStringList tokens() { return tokensOf(kContactTypes); }

QString displayName(const QString& token) { return nameOf(kContactTypes, "tandem::ContactTypes", token); }

bool isMandated(const QString& token)
{
    for (int i = 0; i < kMandatedCount; ++i)
        if (token == QLatin1String(kContactTypes[i].token))
            return true;
    return false;
}

bool isMissedAttempt(const QString& token)
{
    return token == QLatin1String("not-brought") || token == QLatin1String("no-access");
}

} // namespace ContactTypes

namespace ContactPlaces {

QStringList tokens() { return tokensOf(kPlaces); }

QString displayName(const QString& token) { return nameOf(kPlaces, "tandem::ContactPlaces", token); }

} // namespace ContactPlaces

namespace NoteRestrictions {

QString token(NoteRestriction restriction)
{
    switch (restriction) {
    case NoteRestriction::None: return QStringLiteral("none");
    case NoteRestriction::HealthVisiting: return QStringLiteral("health-visiting");
    case NoteRestriction::Safeguarding: return QStringLiteral("safeguarding");
    }
    return {};
}

std::optional<NoteRestriction> fromToken(const QString& token)
{
    // Lenient like the other token parsers: the command line passes what the user typed.
    const QString t = token.trimmed().toLower();
    for (NoteRestriction r : {NoteRestriction::None, NoteRestriction::HealthVisiting, NoteRestriction::Safeguarding})
        if (NoteRestrictions::token(r) == t)
            return r;
    return std::nullopt;
}

QStringList tokens()
{
    return {token(NoteRestriction::None), token(NoteRestriction::HealthVisiting), token(NoteRestriction::Safeguarding)};
}

QString displayName(NoteRestriction restriction)
{
    switch (restriction) {
    case NoteRestriction::None: return QCoreApplication::translate("tandem::NoteRestrictions", "Not restricted");
    case NoteRestriction::HealthVisiting:
        return QCoreApplication::translate("tandem::NoteRestrictions", "Health visiting only");
    case NoteRestriction::Safeguarding: return QCoreApplication::translate("tandem::NoteRestrictions", "Safeguarding only");
    }
    return {};
}

} // namespace NoteRestrictions

} // namespace tandem
