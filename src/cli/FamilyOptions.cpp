#include "FamilyOptions.h"
#include "CliOptions.h"

#include "tandem/domain/RecordRules.h"

#include <QCoreApplication>

namespace tandem::cli {

namespace {

QString tr(const char* text) { return QCoreApplication::translate("tandem::cli::Commands", text); }

Error usageError(const QString& message) { return makeError(ErrorCode::Invalid, message); }

QString missing(const QCommandLineParser& p, std::initializer_list<const char*> names)
{
    for (const char* name : names)
        if (textOption(p, name).isEmpty())
            return QStringLiteral("--") + QLatin1String(name);
    return {};
}

// A token from a fixed list, case-insensitively; empty when the value is not one of them.
QString token(const QString& value, const QStringList& tokens)
{
    for (const QString& t : tokens)
        if (value.compare(t, Qt::CaseInsensitive) == 0)
            return t;
    return {};
}

} // namespace

QList<QCommandLineOption> householdOptions()
{
    return {opt(QStringLiteral("address1"), tr("First line of the address (required)."), tr("text")),
            opt(QStringLiteral("address2"), tr("Second line of the address."), tr("text")),
            opt(QStringLiteral("town"), tr("Town."), tr("text")),
            opt(QStringLiteral("postcode"), tr("Postcode, e.g. \"NG7 2QP\" (required)."), tr("postcode")),
            opt(QStringLiteral("ward"), tr("Ward."), tr("text")),
            opt(QStringLiteral("centre"), tr("Children's centre."), tr("text")),
            opt(QStringLiteral("language"), tr("Main language spoken at home."), tr("text")),
            opt(QStringLiteral("interpreter"), tr("The family needs an interpreter.")),
            opt(QStringLiteral("key-worker"), tr("Sign-in name of the family's key worker."), tr("username"))};
}

QList<QCommandLineOption> childOptions()
{
    return {opt(QStringLiteral("child-given"), tr("Child's given name (\"Baby\" before a birth) (required)."), tr("name")),
            opt(QStringLiteral("child-family"), tr("Child's family name (required)."), tr("name")),
            opt(QStringLiteral("child-preferred"), tr("Name the child is known by."), tr("name")),
            opt(QStringLiteral("dob"), tr("Date of birth, dd/mm/yyyy or yyyy-mm-dd."), tr("date")),
            opt(QStringLiteral("edd"), tr("Expected delivery date for an unborn child, instead of --dob."), tr("date")),
            opt(QStringLiteral("sex"), tr("female, male or unknown (F, M, U); default unknown."), tr("sex")),
            opt(QStringLiteral("nhs"), tr("NHS number, with or without spaces."), tr("number")),
            opt(QStringLiteral("upn"), tr("Unique pupil number."), tr("upn")),
            opt(QStringLiteral("gp"), tr("GP practice."), tr("text")),
            opt(QStringLiteral("gestation"), tr("Gestation at birth in whole weeks (22-44)."), tr("weeks")),
            opt(QStringLiteral("confirm-not-duplicate"),
                tr("You have checked the possible duplicate the last attempt named, and this is a different child."))};
}

QList<QCommandLineOption> adultOptions()
{
    return {opt(QStringLiteral("adult-given"), tr("Adult's given name."), tr("name")),
            opt(QStringLiteral("adult-family"), tr("Adult's family name."), tr("name")),
            opt(QStringLiteral("relationship"), tr("Adult's relationship to the child: %1 (default parent).")
                                                    .arg(domain::RecordRules::relationshipTokens().join(QStringLiteral(", "))),
                tr("relationship")),
            opt(QStringLiteral("pr"), tr("The adult has parental responsibility.")),
            opt(QStringLiteral("phone"), tr("Adult's phone number."), tr("number")),
            opt(QStringLiteral("email"), tr("Adult's email address."), tr("address")),
            opt(QStringLiteral("contact"), tr("How the adult prefers to be contacted: %1.")
                                               .arg(domain::RecordRules::contactMethodTokens().join(QStringLiteral(", "))),
                tr("method"))};
}

Result<Child> childFromOptions(const QCommandLineParser& p)
{
    if (const QString name = missing(p, {"child-given", "child-family"}); !name.isEmpty())
        return usageError(tr("Give the child's %1.").arg(name));
    Child c;
    c.givenName = textOption(p, "child-given");
    c.familyName = textOption(p, "child-family");
    c.preferredName = textOption(p, "child-preferred");
    auto dob = dateOption(p, "dob");
    TANDEM_TRY(dob);
    auto edd = dateOption(p, "edd");
    TANDEM_TRY(edd);
    if (dob.value() && edd.value())
        return usageError(tr("Give either --dob (born) or --edd (unborn), not both."));
    if (!dob.value() && !edd.value())
        return usageError(tr("Give the child's --dob, or --edd for an unborn child."));
    c.dateOfBirth = dob.value();
    c.expectedDeliveryDate = edd.value();

    const QString sex = textOption(p, "sex").toLower();
    if (sex.isEmpty() || sex == QLatin1String("u") || sex == QLatin1String("unknown"))
        c.sex = QStringLiteral("unknown");
    else if (sex == QLatin1String("f") || sex == QLatin1String("female"))
        c.sex = QStringLiteral("female");
    else if (sex == QLatin1String("m") || sex == QLatin1String("male"))
        c.sex = QStringLiteral("male");
    else
        return usageError(tr("--sex \"%1\" is not one of female, male, unknown (or F, M, U).").arg(textOption(p, "sex")));
    c.nhsNumber = textOption(p, "nhs");
    c.upn = textOption(p, "upn");
    c.gpPractice = textOption(p, "gp");
    if (p.isSet(QStringLiteral("gestation"))) {
        bool ok = false;
        c.gestationWeeks = textOption(p, "gestation").toInt(&ok);
        if (!ok)
            return usageError(tr("--gestation needs a whole number of weeks, not \"%1\".").arg(textOption(p, "gestation")));
    }
    return c;
}

Result<Family> familyFromOptions(const QCommandLineParser& p)
{
    if (const QString name = missing(p, {"address1", "postcode"}); !name.isEmpty())
        return usageError(tr("Give the household's %1.").arg(name));
    auto child = childFromOptions(p);
    TANDEM_TRY(child);
    Family f;
    f.address.line1 = textOption(p, "address1");
    f.address.line2 = textOption(p, "address2");
    f.address.town = textOption(p, "town");
    f.address.postcode = textOption(p, "postcode");
    f.ward = textOption(p, "ward");
    f.childrensCentre = textOption(p, "centre");
    f.mainLanguage = textOption(p, "language");
    f.interpreterNeeded = p.isSet(QStringLiteral("interpreter"));
    f.children << child.value();

    bool anyAdult = p.isSet(QStringLiteral("pr"));
    for (const char* name : {"adult-given", "adult-family", "relationship", "phone", "email", "contact"})
        anyAdult = anyAdult || p.isSet(QLatin1String(name));
    if (!anyAdult)
        return f;
    if (const QString name = missing(p, {"adult-given", "adult-family"}); !name.isEmpty())
        return usageError(tr("Give the adult's %1, or leave the adult out and add them later.").arg(name));
    Person a;
    a.givenName = textOption(p, "adult-given");
    a.familyName = textOption(p, "adult-family");
    const QString relationship = textOption(p, "relationship");
    a.relationship = relationship.isEmpty() ? QStringLiteral("parent") : token(relationship, domain::RecordRules::relationshipTokens());
    if (a.relationship.isEmpty())
        return usageError(tr("--relationship \"%1\" is not one of %2.")
                              .arg(relationship, domain::RecordRules::relationshipTokens().join(QStringLiteral(", "))));
    // The only adult registered must hold parental responsibility (RecordRules); say which option.
    a.parentalResponsibility = p.isSet(QStringLiteral("pr"));
    if (!a.parentalResponsibility)
        return usageError(tr("Add --pr if %1 has parental responsibility; if not, leave the adult out and add them later.")
                              .arg(a.givenName));
    a.phone = textOption(p, "phone");
    a.email = textOption(p, "email");
    const QString contact = textOption(p, "contact");
    a.preferredContact = contact.isEmpty() ? QString() : token(contact, domain::RecordRules::contactMethodTokens());
    if (!contact.isEmpty() && a.preferredContact.isEmpty())
        return usageError(tr("--contact \"%1\" is not one of %2.")
                              .arg(contact, domain::RecordRules::contactMethodTokens().join(QStringLiteral(", "))));
    f.adults << a;
    return f;
}

} // namespace tandem::cli
