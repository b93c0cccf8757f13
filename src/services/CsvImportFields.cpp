// CsvImportService::fields() and guessMapping(): which columns fill which fields.
#include "tandem/services/CsvImportService.h"
#include "tandem/domain/TextFold.h"

#include <QCoreApplication>

namespace tandem {

namespace {

QString tr(const char* text) { return QCoreApplication::translate("tandem::CsvImportService", text); }

// A header reduced to letters and digits: "NHS No." -> "nhsno", "Child's D.O.B" -> "childsdob".
QString headerKey(const QString& header) { return domain::TextFold::fold(header).remove(QLatin1Char(' ')); }

struct Alias {
    const char* key;
    const char* field;
};

// Words that name a child or household field on their own, or after a child/family prefix.
constexpr Alias kChildAndFamily[] = {
    {"givenname", "child.givenName"}, {"forename", "child.givenName"}, {"forenames", "child.givenName"},
    {"firstname", "child.givenName"}, {"familyname", "child.familyName"}, {"surname", "child.familyName"},
    {"lastname", "child.familyName"}, {"preferredname", "child.preferredName"}, {"knownas", "child.preferredName"},
    {"dob", "child.dateOfBirth"}, {"dateofbirth", "child.dateOfBirth"}, {"birthdate", "child.dateOfBirth"},
    {"edd", "child.expectedDeliveryDate"}, {"expecteddeliverydate", "child.expectedDeliveryDate"},
    {"expecteddateofdelivery", "child.expectedDeliveryDate"}, {"duedate", "child.expectedDeliveryDate"},
    {"sex", "child.sex"}, {"gender", "child.sex"},
    {"nhsno", "child.nhsNumber"}, {"nhsnumber", "child.nhsNumber"}, {"nhs", "child.nhsNumber"}, {"nhsnum", "child.nhsNumber"},
    {"upn", "child.upn"}, {"uniquepupilnumber", "child.upn"},
    {"gp", "child.gpPractice"}, {"gppractice", "child.gpPractice"}, {"gpsurgery", "child.gpPractice"},
    {"registeredgp", "child.gpPractice"}, {"practice", "child.gpPractice"},
    {"gestation", "child.gestationWeeks"}, {"gestationweeks", "child.gestationWeeks"},
    {"gestationatbirth", "child.gestationWeeks"}, {"weeksgestation", "child.gestationWeeks"},
    {"address1", "family.addressLine1"}, {"addressline1", "family.addressLine1"}, {"address", "family.addressLine1"},
    {"addr1", "family.addressLine1"}, {"street", "family.addressLine1"}, {"firstlineofaddress", "family.addressLine1"},
    {"address2", "family.addressLine2"}, {"addressline2", "family.addressLine2"}, {"addr2", "family.addressLine2"},
    {"town", "family.town"}, {"city", "family.town"}, {"towncity", "family.town"}, {"posttown", "family.town"},
    {"postcode", "family.postcode"}, {"postalcode", "family.postcode"},
    {"ward", "family.ward"},
    {"childrenscentre", "family.childrensCentre"}, {"centre", "family.childrensCentre"},
    {"language", "family.mainLanguage"}, {"mainlanguage", "family.mainLanguage"}, {"firstlanguage", "family.mainLanguage"},
    {"homelanguage", "family.mainLanguage"},
    {"interpreter", "family.interpreterNeeded"}, {"interpreterneeded", "family.interpreterNeeded"},
    {"interpreterrequired", "family.interpreterNeeded"},
};

// Words that name an adult's field after an adult prefix ("Parent surname", "Mother's phone").
constexpr Alias kAdult[] = {
    {"givenname", "adult.givenName"}, {"forename", "adult.givenName"}, {"forenames", "adult.givenName"},
    {"firstname", "adult.givenName"}, {"familyname", "adult.familyName"}, {"surname", "adult.familyName"},
    {"lastname", "adult.familyName"}, {"relationship", "adult.relationship"}, {"relationshiptochild", "adult.relationship"},
    {"parentalresponsibility", "adult.parentalResponsibility"}, {"pr", "adult.parentalResponsibility"},
    {"phone", "adult.phone"}, {"phonenumber", "adult.phone"}, {"telephone", "adult.phone"}, {"tel", "adult.phone"},
    {"mobile", "adult.phone"}, {"mobilenumber", "adult.phone"}, {"contactnumber", "adult.phone"},
    {"email", "adult.email"}, {"emailaddress", "adult.email"},
};

// Only adults have these, so they need no prefix.
constexpr const char* kAdultWithoutPrefix[] = {"relationship", "relationshiptochild", "parentalresponsibility", "pr", "phone",
                                               "phonenumber", "telephone", "tel", "mobile", "mobilenumber", "contactnumber",
                                               "email", "emailaddress"};

constexpr const char* kChildPrefixes[] = {"child", "childs", "baby", "babys", "family", "household"};
constexpr const char* kAdultPrefixes[] = {"adult", "parent", "parents", "carer", "carers", "parentcarer", "parentcarers",
                                          "mother", "mothers", "mum", "mums", "father", "fathers", "dad", "dads",
                                          "guardian", "guardians", "maincarer"};

template <size_t N>
QString lookUp(const Alias (&table)[N], const QString& key)
{
    for (const Alias& a : table)
        if (key == QLatin1String(a.key))
            return QString::fromLatin1(a.field);
    return {};
}

QString fieldForHeader(const QString& header)
{
    const QString key = headerKey(header);
    if (key.isEmpty())
        return {};
    for (const char* word : kAdultWithoutPrefix)
        if (key == QLatin1String(word))
            return lookUp(kAdult, key);
    if (const QString field = lookUp(kChildAndFamily, key); !field.isEmpty())
        return field;
    // A prefix may be a prefix of another ("parent", "parentcarer"), so try each in turn.
    for (const char* p : kAdultPrefixes) {
        const QLatin1String prefix(p);
        if (key.size() > prefix.size() && key.startsWith(prefix))
            if (const QString field = lookUp(kAdult, key.mid(prefix.size())); !field.isEmpty())
                return field;
    }
    for (const char* p : kChildPrefixes) {
        const QLatin1String prefix(p);
        if (key.size() > prefix.size() && key.startsWith(prefix))
            if (const QString field = lookUp(kChildAndFamily, key.mid(prefix.size())); !field.isEmpty())
                return field;
    }
    return {};
}

} // namespace

QList<ImportField> CsvImportService::fields()
{
    return {
        {QStringLiteral("child.givenName"), tr("Child's given name"), true},
        {QStringLiteral("child.familyName"), tr("Child's family name"), true},
        {QStringLiteral("child.preferredName"), tr("Child's preferred name"), false},
        {QStringLiteral("child.dateOfBirth"), tr("Date of birth"), false},
        {QStringLiteral("child.expectedDeliveryDate"), tr("Expected delivery date"), false},
        {QStringLiteral("child.sex"), tr("Sex"), false},
        {QStringLiteral("child.nhsNumber"), tr("NHS number"), false},
        {QStringLiteral("child.upn"), tr("Unique pupil number"), false},
        {QStringLiteral("child.gpPractice"), tr("GP practice"), false},
        {QStringLiteral("child.gestationWeeks"), tr("Gestation at birth (weeks)"), false},
        {QStringLiteral("family.addressLine1"), tr("Address line 1"), true},
        {QStringLiteral("family.addressLine2"), tr("Address line 2"), false},
        {QStringLiteral("family.town"), tr("Town"), false},
        {QStringLiteral("family.postcode"), tr("Postcode"), true},
        {QStringLiteral("family.ward"), tr("Ward"), false},
        {QStringLiteral("family.childrensCentre"), tr("Children's centre"), false},
        {QStringLiteral("family.mainLanguage"), tr("Main language"), false},
        {QStringLiteral("family.interpreterNeeded"), tr("Interpreter needed"), false},
        {QStringLiteral("adult.givenName"), tr("Adult's given name"), false},
        {QStringLiteral("adult.familyName"), tr("Adult's family name"), false},
        {QStringLiteral("adult.relationship"), tr("Adult's relationship to the child"), false},
        {QStringLiteral("adult.parentalResponsibility"), tr("Adult has parental responsibility"), false},
        {QStringLiteral("adult.phone"), tr("Adult's phone"), false},
        {QStringLiteral("adult.email"), tr("Adult's email"), false},
    };
}

CsvMapping CsvImportService::guessMapping(const QStringList& header)
{
    CsvMapping mapping;
    for (int column = 0; column < header.size(); ++column) {
        const QString field = fieldForHeader(header.at(column));
        // The first matching column wins, as a person reading left to right would choose.
        if (!field.isEmpty() && !mapping.contains(field))
            mapping.insert(field, column);
    }
    return mapping;
}

} // namespace tandem
