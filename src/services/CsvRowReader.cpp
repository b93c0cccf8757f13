#include "CsvRowReader.h"

#include "tandem/domain/TextFold.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace tandem {

namespace {

QString tr(const char* text) { return QCoreApplication::translate("tandem::CsvImportService", text); }

// Letters and digits only, folded: "Step-parent" -> "stepparent", "Not known" -> "notknown".
QString squash(const QString& text) { return domain::TextFold::fold(text).remove(QLatin1Char(' ')); }

enum class DateRead { Ok, NotReal, Unreadable };

// dd/mm/yyyy, d/m/yyyy or yyyy-mm-dd; spreadsheets sometimes add a midnight time, which is dropped.
DateRead parseDate(const QString& text, QDate* out)
{
    static const QRegularExpression dmy(QStringLiteral(R"(^(\d{1,2})/(\d{1,2})/(\d{4})(?:\s+00:00(?::00)?)?$)"));
    static const QRegularExpression iso(QStringLiteral(R"(^(\d{4})-(\d{2})-(\d{2})(?:[T ]00:00(?::00)?)?$)"));
    int y = 0, m = 0, d = 0;
    if (const auto match = dmy.match(text); match.hasMatch()) {
        d = match.captured(1).toInt();
        m = match.captured(2).toInt();
        y = match.captured(3).toInt();
    } else if (const auto match = iso.match(text); match.hasMatch()) {
        y = match.captured(1).toInt();
        m = match.captured(2).toInt();
        d = match.captured(3).toInt();
    } else {
        return DateRead::Unreadable;
    }
    *out = QDate(y, m, d);
    return out->isValid() ? DateRead::Ok : DateRead::NotReal;
}

QString sexToken(const QString& text)
{
    const QString key = squash(text);
    if (key == QLatin1String("female") || key == QLatin1String("f"))
        return QStringLiteral("female");
    if (key == QLatin1String("male") || key == QLatin1String("m"))
        return QStringLiteral("male");
    if (key == QLatin1String("unknown") || key == QLatin1String("u") || key == QLatin1String("notknown"))
        return QStringLiteral("unknown");
    return {};
}

QString relationshipToken(const QString& text)
{
    static const char* const aliases[][2] = {
        {"mother", "mother"}, {"mum", "mother"}, {"father", "father"}, {"dad", "father"}, {"parent", "parent"},
        {"stepparent", "step-parent"}, {"stepmother", "step-parent"}, {"stepfather", "step-parent"},
        {"grandparent", "grandparent"}, {"grandmother", "grandparent"}, {"grandfather", "grandparent"},
        {"fostercarer", "foster-carer"}, {"fosterparent", "foster-carer"}, {"guardian", "guardian"},
        {"specialguardian", "guardian"}, {"other", "other"},
    };
    const QString key = squash(text);
    for (const auto& a : aliases)
        if (key == QLatin1String(a[0]))
            return QString::fromLatin1(a[1]);
    return {};
}

// "children[0].nhsNumber" -> "child.nhsNumber", "adults[0].email" -> "adult.email".
QString importFieldFor(const QString& issueField)
{
    static const QRegularExpression indexed(QStringLiteral(R"(^(children|adults)\[\d+\]\.(.+)$)"));
    if (const auto m = indexed.match(issueField); m.hasMatch())
        return (m.captured(1) == QLatin1String("children") ? QStringLiteral("child.") : QStringLiteral("adult.")) + m.captured(2);
    if (issueField == QLatin1String("adults"))
        return QStringLiteral("adult.parentalResponsibility");
    return issueField;
}

} // namespace

void CsvRowReader::Problems::add(const QString& field, const QString& sentence)
{
    fields.insert(field);
    sentences.append(sentence);
}

CsvRowReader::CsvRowReader(const QStringList& header, const CsvMapping& mapping, const QDate& today)
    : m_header(header), m_mapping(mapping), m_today(today)
{
}

QString CsvRowReader::columnName(const QString& fieldKey) const
{
    const int column = m_mapping.value(fieldKey, -1);
    if (column >= 0 && column < m_header.size())
        return m_header.at(column);
    for (const ImportField& f : CsvImportService::fields())
        if (f.key == fieldKey)
            return f.label;
    return fieldKey;
}

QString CsvRowReader::value(const QStringList& row, const QString& fieldKey) const
{
    const int column = m_mapping.value(fieldKey, -1);
    return column >= 0 && column < row.size() ? row.at(column).trimmed() : QString();
}

std::optional<QDate> CsvRowReader::date(const QStringList& row, const QString& fieldKey, Problems& problems) const
{
    const QString text = value(row, fieldKey);
    if (text.isEmpty())
        return std::nullopt;
    QDate parsed;
    switch (parseDate(text, &parsed)) {
    case DateRead::Ok:
        return parsed;
    case DateRead::NotReal:
        problems.add(fieldKey, tr("%1 \"%2\" is not a real date.").arg(columnName(fieldKey), text));
        break;
    case DateRead::Unreadable:
        problems.add(fieldKey, tr("%1 \"%2\" is not a date Tandem can read: write it as dd/mm/yyyy or yyyy-mm-dd.")
                                   .arg(columnName(fieldKey), text));
        break;
    }
    return std::nullopt;
}

std::optional<bool> CsvRowReader::yesNo(const QStringList& row, const QString& fieldKey, Problems& problems) const
{
    const QString text = value(row, fieldKey);
    const QString key = squash(text);
    if (key.isEmpty())
        return std::nullopt;
    for (const char* yes : {"yes", "y", "true", "1"})
        if (key == QLatin1String(yes))
            return true;
    for (const char* no : {"no", "n", "false", "0"})
        if (key == QLatin1String(no))
            return false;
    problems.add(fieldKey, tr("%1 \"%2\" is not yes or no: write yes, no, y, n, true, false, 1 or 0.").arg(columnName(fieldKey), text));
    return std::nullopt;
}

void CsvRowReader::readChild(const QStringList& row, Child& child, Problems& problems) const
{
    child.givenName = value(row, QStringLiteral("child.givenName"));
    child.familyName = value(row, QStringLiteral("child.familyName"));
    child.preferredName = value(row, QStringLiteral("child.preferredName"));
    child.dateOfBirth = date(row, QStringLiteral("child.dateOfBirth"), problems);
    child.expectedDeliveryDate = date(row, QStringLiteral("child.expectedDeliveryDate"), problems);
    const QString sex = value(row, QStringLiteral("child.sex"));
    child.sex = sex.isEmpty() ? QStringLiteral("unknown") : sexToken(sex);
    if (child.sex.isEmpty()) {
        problems.add(QStringLiteral("child.sex"), tr("%1 \"%2\" is not a sex Tandem records: write female, male or unknown "
                                                     "(or F, M, U).").arg(columnName(QStringLiteral("child.sex")), sex));
        child.sex = QStringLiteral("unknown"); // reported once, here
    }
    child.nhsNumber = value(row, QStringLiteral("child.nhsNumber"));
    child.upn = value(row, QStringLiteral("child.upn"));
    child.gpPractice = value(row, QStringLiteral("child.gpPractice"));
    const QString gestation = value(row, QStringLiteral("child.gestationWeeks"));
    if (!gestation.isEmpty()) {
        bool ok = false;
        const int weeks = gestation.toInt(&ok);
        if (ok)
            child.gestationWeeks = weeks;
        else
            problems.add(QStringLiteral("child.gestationWeeks"), tr("%1 \"%2\" is not a whole number of weeks.")
                                                                     .arg(columnName(QStringLiteral("child.gestationWeeks")), gestation));
    }
}

void CsvRowReader::readFamily(const QStringList& row, Family& family, Problems& problems) const
{
    family.address.line1 = value(row, QStringLiteral("family.addressLine1"));
    family.address.line2 = value(row, QStringLiteral("family.addressLine2"));
    family.address.town = value(row, QStringLiteral("family.town"));
    family.address.postcode = value(row, QStringLiteral("family.postcode"));
    family.ward = value(row, QStringLiteral("family.ward"));
    family.childrensCentre = value(row, QStringLiteral("family.childrensCentre"));
    family.mainLanguage = value(row, QStringLiteral("family.mainLanguage"));
    family.interpreterNeeded = yesNo(row, QStringLiteral("family.interpreterNeeded"), problems).value_or(false);
}

QString CsvRowReader::impliedRelationship() const
{
    // A births list names its adult columns "Mother forename" and so on: that is the relationship.
    for (const char* key : {"adult.givenName", "adult.familyName"}) {
        const QString heading = relationshipToken(columnName(QString::fromLatin1(key)).section(QLatin1Char(' '), 0, 0)
                                                      .remove(QStringLiteral("'s")).remove(QLatin1Char('\'')));
        if (!heading.isEmpty())
            return heading;
    }
    return QStringLiteral("parent");
}

void CsvRowReader::readAdult(const QStringList& row, Family& family, Problems& problems) const
{
    bool any = false;
    for (const char* key : {"adult.givenName", "adult.familyName", "adult.relationship", "adult.parentalResponsibility",
                            "adult.phone", "adult.email"})
        any = any || !value(row, QString::fromLatin1(key)).isEmpty();
    if (!any)
        return; // a child without a named adult is a valid registration
    Person adult;
    adult.givenName = value(row, QStringLiteral("adult.givenName"));
    adult.familyName = value(row, QStringLiteral("adult.familyName"));
    adult.phone = value(row, QStringLiteral("adult.phone"));
    adult.email = value(row, QStringLiteral("adult.email"));
    const QString relationship = value(row, QStringLiteral("adult.relationship"));
    adult.relationship = relationship.isEmpty() ? impliedRelationship() : relationshipToken(relationship);
    if (adult.relationship.isEmpty()) {
        QStringList names;
        for (const QString& token : domain::RecordRules::relationshipTokens())
            names << domain::RecordRules::relationshipDisplayName(token).toLower();
        problems.add(QStringLiteral("adult.relationship"), tr("%1 \"%2\" is not a relationship Tandem records: write one of %3.")
                                                               .arg(columnName(QStringLiteral("adult.relationship")), relationship,
                                                                    names.join(QStringLiteral(", "))));
        adult.relationship = QStringLiteral("other"); // reported once, here
    }
    // A birth mother always holds parental responsibility; anyone else only when the file says so.
    const auto pr = yesNo(row, QStringLiteral("adult.parentalResponsibility"), problems);
    adult.parentalResponsibility = pr.value_or(adult.relationship == QLatin1String("mother"));
    family.adults << adult;
}

void CsvRowReader::addRuleIssue(const domain::FieldIssue& issue, Problems& problems) const
{
    const QString field = importFieldFor(issue.field);
    // One unreadable value is one problem, not also a missing date or a missing responsibility.
    const QString dob = QStringLiteral("child.dateOfBirth"), edd = QStringLiteral("child.expectedDeliveryDate");
    const bool dateField = field == dob || field == edd;
    if (problems.fields.contains(field) || (dateField && (problems.fields.contains(dob) || problems.fields.contains(edd)))
        || (issue.field == QLatin1String("adults") && problems.fields.contains(QStringLiteral("adult.relationship"))))
        return;
    if (issue.field == QLatin1String("adults")) {
        problems.add(field, tr("%1: say yes if the adult in this row has parental responsibility; if they do not, leave the "
                               "adult's columns empty and add them to the record later.").arg(columnName(field)));
        return;
    }
    problems.add(field, QStringLiteral("%1: %2").arg(columnName(field), issue.message));
}

RowDraft CsvRowReader::read(const QStringList& row) const
{
    RowDraft draft;
    Problems problems;
    Child child;
    readChild(row, child, problems);
    draft.family.children << child;
    readFamily(row, draft.family, problems);
    readAdult(row, draft.family, problems);
    // Checked even when a value was unreadable, so the preview lists every problem at once.
    for (const domain::FieldIssue& issue : domain::RecordRules::checkRegistration(draft.family, m_today))
        addRuleIssue(issue, problems);
    draft.problems = problems.sentences;
    return draft;
}

} // namespace tandem
