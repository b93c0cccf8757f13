#include "tandem/domain/RecordRules.h"

#include "tandem/domain/NhsNumber.h"
#include "tandem/domain/Postcode.h"
#include "tandem/domain/Upn.h"

#include <QCoreApplication>
#include <QHash>

namespace tandem::domain::RecordRules {
namespace {

QString tr(const char* text) { return QCoreApplication::translate("tandem::domain::RecordRules", text); }

constexpr int kNameMax = 100;
constexpr int kTextMax = 200;
constexpr int kNeedsMax = 2000;
constexpr int kPersonMaxYears = 120;
constexpr int kChildMaxYears = 19;
constexpr int kEddMaxDaysAhead = 44 * 7;
constexpr int kEddMaxDaysPast = 6 * 7;
constexpr int kGestationMin = 22;
constexpr int kGestationMax = 44;

// Limits count characters as a person sees them, not UTF-16 units.
qsizetype length(const QString& s) { return s.toUcs4().size(); }

void add(FieldIssues& issues, const QString& field, const QString& message) { issues.append({field, message}); }

// Required name: collapsed whitespace, 1..kNameMax characters. emptyMessage is the ask.
void checkName(FieldIssues& issues, QString& name, const QString& field, const QString& emptyMessage)
{
    const QString simplified = name.simplified();
    if (simplified.isEmpty())
        add(issues, field, emptyMessage);
    else if (length(simplified) > kNameMax)
        add(issues, field, tr("Shorten this name to %1 characters or fewer; it has %2.")
                               .arg(kNameMax).arg(length(simplified)));
    else
        name = simplified;
}

// Optional single-line text: trimmed when it fits.
void checkText(FieldIssues& issues, QString& text, const QString& field, int max)
{
    const QString trimmed = text.trimmed();
    if (length(trimmed) > max)
        add(issues, field, tr("Shorten this to %1 characters or fewer; it has %2.").arg(max).arg(length(trimmed)));
    else
        text = trimmed;
}

bool validEmail(const QString& email)
{
    if (email.count(QLatin1Char('@')) != 1)
        return false;
    for (QChar c : email)
        if (c.isSpace())
            return false;
    const QString local = email.section(QLatin1Char('@'), 0, 0);
    const QString domain = email.section(QLatin1Char('@'), 1);
    // The dot needs text either side: "jo@example." is a slip, not an address.
    const qsizetype dot = domain.lastIndexOf(QLatin1Char('.'));
    return !local.isEmpty() && dot > 0 && dot < domain.size() - 1 && !domain.startsWith(QLatin1Char('.'));
}

// Digits once spaces, hyphens, brackets and one leading + are removed; -1 for any other character.
int phoneDigits(const QString& phone)
{
    int digits = 0;
    for (qsizetype i = 0; i < phone.size(); ++i) {
        const QChar c = phone.at(i);
        if (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
            ++digits;
        else if (c == QLatin1Char('+') && i == 0)
            continue;
        else if (!(c.isSpace() || c == QLatin1Char('-') || c == QLatin1Char('(') || c == QLatin1Char(')')))
            return -1;
    }
    return digits;
}

QString showDate(const QDate& date) { return date.toString(QStringLiteral("dd/MM/yyyy")); }

// Moves a nested function's issues under an indexed key: "child.x" -> "children[2].x".
void addPrefixed(FieldIssues& into, const FieldIssues& from, const QString& oldPrefix, const QString& newPrefix)
{
    for (FieldIssue issue : from) {
        if (issue.field.startsWith(oldPrefix))
            issue.field = newPrefix + issue.field.mid(oldPrefix.size());
        into.append(issue);
    }
}

} // namespace

FieldIssues checkFamily(Family& family)
{
    FieldIssues issues;
    Address& a = family.address;
    const QString line1 = a.line1.trimmed();
    if (line1.isEmpty())
        add(issues, QStringLiteral("family.addressLine1"),
            tr("Enter the first line of the address, for example the house number and street."));
    else
        checkText(issues, a.line1, QStringLiteral("family.addressLine1"), kTextMax);
    checkText(issues, a.line2, QStringLiteral("family.addressLine2"), kTextMax);
    checkText(issues, a.town, QStringLiteral("family.town"), kTextMax);

    // Postcode::parse asks for a missing postcode and names what is wrong with a bad one.
    if (const Result<QString> pc = Postcode::parse(a.postcode); pc.ok())
        a.postcode = pc.value();
    else
        add(issues, QStringLiteral("family.postcode"), pc.message());

    checkText(issues, family.ward, QStringLiteral("family.ward"), kTextMax);
    checkText(issues, family.childrensCentre, QStringLiteral("family.childrensCentre"), kTextMax);
    checkText(issues, family.mainLanguage, QStringLiteral("family.mainLanguage"), kTextMax);
    // Free text over several lines: only its length is checked, its layout is the writer's.
    if (length(family.accessibilityNeeds) > kNeedsMax)
        add(issues, QStringLiteral("family.accessibilityNeeds"),
            tr("Shorten the accessibility needs to %1 characters or fewer; they have %2.")
                .arg(kNeedsMax).arg(length(family.accessibilityNeeds)));
    return issues;
}

FieldIssues checkPerson(Person& person, const QDate& today)
{
    FieldIssues issues;
    checkName(issues, person.givenName, QStringLiteral("person.givenName"), tr("Enter the person's given name."));
    checkName(issues, person.familyName, QStringLiteral("person.familyName"), tr("Enter the person's family name."));

    if (person.dateOfBirth) {
        const QDate dob = *person.dateOfBirth;
        if (!dob.isValid())
            add(issues, QStringLiteral("person.dateOfBirth"), tr("Enter a real date of birth, or leave it empty."));
        else if (dob > today)
            add(issues, QStringLiteral("person.dateOfBirth"),
                tr("Date of birth %1 is in the future: check the day, month and year.").arg(showDate(dob)));
        else if (dob < today.addYears(-kPersonMaxYears))
            add(issues, QStringLiteral("person.dateOfBirth"),
                tr("Date of birth %1 is more than %2 years ago: check the year.").arg(showDate(dob)).arg(kPersonMaxYears));
    }

    const QString email = person.email.trimmed();
    if (email.isEmpty())
        person.email.clear();
    else if (!validEmail(email))
        add(issues, QStringLiteral("person.email"),
            tr("\"%1\" is not an email address: it should look like name@example.org.").arg(email));
    else
        person.email = email;

    const QString phone = person.phone.trimmed();
    const int digits = phoneDigits(phone);
    if (phone.isEmpty())
        person.phone.clear();
    else if (digits < 0)
        add(issues, QStringLiteral("person.phone"),
            tr("Phone number \"%1\" can contain only digits, spaces, hyphens, brackets and a leading +.").arg(phone));
    else if (digits < 10 || digits > 15)
        add(issues, QStringLiteral("person.phone"),
            tr("Phone number \"%1\" has %2 digits; a UK number has 11 (for example 07700 900123) and an "
               "international one 10 to 15.")
                .arg(phone).arg(digits));
    else
        person.phone = phone;

    if (!person.preferredContact.isEmpty() && !contactMethodTokens().contains(person.preferredContact))
        add(issues, QStringLiteral("person.preferredContact"),
            tr("Choose how the person prefers to be contacted: phone, text, email or letter."));
    if (!relationshipTokens().contains(person.relationship))
        add(issues, QStringLiteral("person.relationship"), tr("Choose the person's relationship to the child."));
    return issues;
}

FieldIssues checkChild(Child& child, const QDate& today)
{
    FieldIssues issues;
    // Before a birth the given name is often unknown: say which placeholder to use.
    checkName(issues, child.givenName, QStringLiteral("child.givenName"),
              child.isUnborn() ? tr("Enter the child's given name, or \"Baby\" until the child is named.")
                               : tr("Enter the child's given name."));
    checkName(issues, child.familyName, QStringLiteral("child.familyName"), tr("Enter the child's family name."));
    const QString preferred = child.preferredName.simplified();
    if (length(preferred) > kNameMax)
        add(issues, QStringLiteral("child.preferredName"),
            tr("Shorten this name to %1 characters or fewer; it has %2.").arg(kNameMax).arg(length(preferred)));
    else
        child.preferredName = preferred;

    if (child.dateOfBirth && child.expectedDeliveryDate) {
        add(issues, QStringLiteral("child.expectedDeliveryDate"),
            tr("Enter either a date of birth (born) or an expected delivery date (unborn), not both: "
               "clear the expected delivery date once the child is born."));
    } else if (!child.dateOfBirth && !child.expectedDeliveryDate) {
        add(issues, QStringLiteral("child.dateOfBirth"),
            tr("Enter the child's date of birth, or the expected delivery date for an unborn child."));
    } else if (child.dateOfBirth) {
        const QDate dob = *child.dateOfBirth;
        if (!dob.isValid())
            add(issues, QStringLiteral("child.dateOfBirth"), tr("Enter a real date of birth for the child."));
        else if (dob > today)
            add(issues, QStringLiteral("child.dateOfBirth"),
                tr("Date of birth %1 is in the future: check the day, month and year, or enter it as the expected "
                   "delivery date for an unborn child.")
                    .arg(showDate(dob)));
        else if (dob < today.addYears(-kChildMaxYears))
            add(issues, QStringLiteral("child.dateOfBirth"),
                tr("Date of birth %1 is more than %2 years ago: check the year.").arg(showDate(dob)).arg(kChildMaxYears));
    } else {
        const QDate edd = *child.expectedDeliveryDate;
        if (!edd.isValid())
            add(issues, QStringLiteral("child.expectedDeliveryDate"), tr("Enter a real expected delivery date."));
        else if (edd > today.addDays(kEddMaxDaysAhead))
            add(issues, QStringLiteral("child.expectedDeliveryDate"),
                tr("Expected delivery date %1 is more than 44 weeks away: check the month and year.").arg(showDate(edd)));
        else if (edd < today.addDays(-kEddMaxDaysPast))
            add(issues, QStringLiteral("child.expectedDeliveryDate"),
                tr("Expected delivery date %1 is more than 6 weeks ago: if the baby has been born, enter the date "
                   "of birth instead.")
                    .arg(showDate(edd)));
    }

    if (!sexTokens().contains(child.sex))
        add(issues, QStringLiteral("child.sex"), tr("Choose the child's sex: female, male or not known."));

    const QString nhs = child.nhsNumber.trimmed();
    if (nhs.isEmpty()) {
        child.nhsNumber.clear();
    } else if (child.isUnborn()) {
        add(issues, QStringLiteral("child.nhsNumber"),
            tr("An unborn child has no NHS number yet: clear it, or enter the date of birth if the child is born."));
    } else if (const Result<QString> parsed = NhsNumber::parse(nhs); parsed.ok()) {
        child.nhsNumber = parsed.value();
    } else {
        add(issues, QStringLiteral("child.nhsNumber"), parsed.message());
    }

    if (child.upn.trimmed().isEmpty())
        child.upn.clear();
    else if (const Result<QString> parsed = Upn::parse(child.upn); parsed.ok())
        child.upn = parsed.value();
    else
        add(issues, QStringLiteral("child.upn"), parsed.message());

    if (child.gestationWeeks) {
        const int weeks = *child.gestationWeeks;
        if (child.isUnborn())
            add(issues, QStringLiteral("child.gestationWeeks"),
                tr("Gestation at birth is recorded once the child is born: clear it for an unborn child."));
        else if (weeks < kGestationMin || weeks > kGestationMax)
            add(issues, QStringLiteral("child.gestationWeeks"),
                tr("Gestation at birth must be %1 to %2 weeks; %3 was entered: check the red book.")
                    .arg(kGestationMin).arg(kGestationMax).arg(weeks));
    }
    checkText(issues, child.gpPractice, QStringLiteral("child.gpPractice"), kTextMax);
    return issues;
}

FieldIssues checkRegistration(Family& family, const QDate& today)
{
    FieldIssues issues = checkFamily(family);
    bool anyResponsible = false;
    for (qsizetype i = 0; i < family.adults.size(); ++i) {
        addPrefixed(issues, checkPerson(family.adults[i], today), QStringLiteral("person."),
                    QStringLiteral("adults[%1].").arg(i));
        anyResponsible = anyResponsible || family.adults.at(i).parentalResponsibility;
    }
    if (!family.adults.isEmpty() && !anyResponsible)
        add(issues, QStringLiteral("adults"),
            tr("Tick parental responsibility for at least one adult, or remove the adults and add them later."));

    if (family.children.isEmpty())
        add(issues, QStringLiteral("children"),
            tr("Add at least one child, born or unborn, to register the family."));
    QHash<QString, qsizetype> firstWithNumber; // normalised NHS number -> child index
    for (qsizetype i = 0; i < family.children.size(); ++i) {
        Child& child = family.children[i];
        addPrefixed(issues, checkChild(child, today), QStringLiteral("child."), QStringLiteral("children[%1].").arg(i));
        // Compared in canonical form, so "943 476 5919" and "9434765919" are the same number.
        const Result<QString> nhs = NhsNumber::parse(child.nhsNumber);
        if (!nhs.ok())
            continue;
        if (const auto it = firstWithNumber.constFind(nhs.value()); it != firstWithNumber.cend())
            add(issues, QStringLiteral("children[%1].nhsNumber").arg(i),
                tr("NHS number %1 is also entered for child %2 of this registration: each child has their own "
                   "number, so check both against the red book.")
                    .arg(NhsNumber::format(nhs.value()))
                    .arg(*it + 1));
        else
            firstWithNumber.insert(nhs.value(), i);
    }
    return issues;
}

QStringList relationshipTokens()
{
    return {QStringLiteral("mother"), QStringLiteral("father"), QStringLiteral("parent"),
            QStringLiteral("step-parent"), QStringLiteral("grandparent"), QStringLiteral("foster-carer"),
            QStringLiteral("guardian"), QStringLiteral("other")};
}

QStringList sexTokens() { return {QStringLiteral("female"), QStringLiteral("male"), QStringLiteral("unknown")}; }

QStringList contactMethodTokens()
{
    return {QStringLiteral("phone"), QStringLiteral("text"), QStringLiteral("email"), QStringLiteral("letter")};
}

QString relationshipDisplayName(const QString& token)
{
    static const char* const names[][2] = {
        {"mother", QT_TRANSLATE_NOOP("tandem::domain::RecordRules", "Mother")},
        {"father", QT_TRANSLATE_NOOP("tandem::domain::RecordRules", "Father")},
        {"parent", QT_TRANSLATE_NOOP("tandem::domain::RecordRules", "Parent")},
        {"step-parent", QT_TRANSLATE_NOOP("tandem::domain::RecordRules", "Step-parent")},
        {"grandparent", QT_TRANSLATE_NOOP("tandem::domain::RecordRules", "Grandparent")},
        {"foster-carer", QT_TRANSLATE_NOOP("tandem::domain::RecordRules", "Foster carer")},
        {"guardian", QT_TRANSLATE_NOOP("tandem::domain::RecordRules", "Guardian")},
        {"other", QT_TRANSLATE_NOOP("tandem::domain::RecordRules", "Other")},
    };
    for (const auto& n : names)
        if (token == QLatin1String(n[0]))
            return tr(n[1]);
    return token; // unknown token: show what is stored rather than nothing
}

QString sexDisplayName(const QString& token)
{
    if (token == QLatin1String("female"))
        return tr("Female");
    if (token == QLatin1String("male"))
        return tr("Male");
    if (token == QLatin1String("unknown"))
        return tr("Not known"); // NHS data dictionary wording
    return token;
}

} // namespace tandem::domain::RecordRules
