#include "tandem/core/Sharing.h"

#include <QCoreApplication>

namespace tandem {
namespace {

// Category, token and source text side by side, so the lists cannot drift apart.
struct NamedCategory {
    ShareCategory category;
    const char* token;
    const char* name;
};

constexpr NamedCategory kCategories[] = {
    {ShareCategory::Identity, "identity", QT_TRANSLATE_NOOP("tandem::ShareCategories", "Identity and contact details")},
    {ShareCategory::Birth, "birth", QT_TRANSLATE_NOOP("tandem::ShareCategories", "Birth details")},
    {ShareCategory::HealthVisitingContacts, "hv-contacts",
     QT_TRANSLATE_NOOP("tandem::ShareCategories", "Summary of health visiting contacts")},
    {ShareCategory::Assessments, "assessments",
     QT_TRANSLATE_NOOP("tandem::ShareCategories", "Assessment and integrated review results")},
    {ShareCategory::EyfsCheck, "eyfs", QT_TRANSLATE_NOOP("tandem::ShareCategories", "EYFS progress check at two")},
    {ShareCategory::SupportPlan, "support-plan", QT_TRANSLATE_NOOP("tandem::ShareCategories", "Family support plan")},
};

constexpr const char* kMethods[][2] = {
    {"written", QT_TRANSLATE_NOOP("tandem::ConsentMethods", "Written")},
    {"verbal", QT_TRANSLATE_NOOP("tandem::ConsentMethods", "Verbal")},
};

const NamedCategory* find(ShareCategory category)
{
    for (const NamedCategory& n : kCategories)
        if (n.category == category)
            return &n;
    return nullptr;
}

} // namespace

namespace ShareCategories {

QList<ShareCategory> all()
{
    QList<ShareCategory> out;
    for (const NamedCategory& n : kCategories)
        out.append(n.category);
    return out;
}

QString token(ShareCategory category)
{
    const NamedCategory* n = find(category);
    return n ? QString::fromLatin1(n->token) : QString();
}

// Lenient about case and surrounding spaces: tokens also arrive from the command line.
std::optional<ShareCategory> fromToken(const QString& token)
{
    const QString t = token.trimmed();
    for (const NamedCategory& n : kCategories)
        if (t.compare(QLatin1String(n.token), Qt::CaseInsensitive) == 0)
            return n.category;
    return std::nullopt;
}

QStringList tokens()
{
    QStringList out;
    for (const NamedCategory& n : kCategories)
        out.append(QLatin1String(n.token));
    return out;
}

QString displayName(ShareCategory category)
{
    const NamedCategory* n = find(category);
    return n ? QCoreApplication::translate("tandem::ShareCategories", n->name) : QString();
}

QStringList tokensOf(const QList<ShareCategory>& categories)
{
    QStringList out;
    for (const NamedCategory& n : kCategories)
        if (categories.contains(n.category))
            out.append(QLatin1String(n.token));
    return out;
}

} // namespace ShareCategories

namespace ConsentMethods {

QStringList tokens()
{
    QStringList out;
    for (const auto& m : kMethods)
        out.append(QLatin1String(m[0]));
    return out;
}

QString displayName(const QString& token)
{
    for (const auto& m : kMethods)
        if (token == QLatin1String(m[0]))
            return QCoreApplication::translate("tandem::ConsentMethods", m[1]);
    return token; // unknown token: show what is stored rather than nothing
}

} // namespace ConsentMethods

} // namespace tandem
