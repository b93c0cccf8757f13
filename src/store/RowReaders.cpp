#include "RowReaders.h"

namespace tandem::store::rows {

QString metaColumns(const QString& p)
{
    return QStringLiteral("%1.origin, %1.created_at, %1.created_by, %1.updated_at, %1.updated_by, %1.version").arg(p);
}

RecordMeta readMeta(const Statement& st, int first)
{
    RecordMeta m;
    m.origin = st.text(first);
    m.createdAt = st.text(first + 1);
    m.createdBy = st.text(first + 2);
    m.updatedAt = st.text(first + 3);
    m.updatedBy = st.text(first + 4);
    m.version = static_cast<int>(st.integer(first + 5));
    return m;
}

QString childSummaryColumns()
{
    return QStringLiteral("c.uuid, c.family_uuid, c.given_name, c.family_name, c.preferred_name, c.date_of_birth, "
                          "c.expected_delivery_date, c.sex, c.nhs_number, f.postcode");
}

ChildSummary readChildSummary(const Statement& st, int i)
{
    ChildSummary s;
    s.uuid = st.text(i);
    s.familyUuid = st.text(i + 1);
    s.givenName = st.text(i + 2);
    s.familyName = st.text(i + 3);
    s.preferredName = st.text(i + 4);
    s.dateOfBirth = optionalDate(st, i + 5);
    s.expectedDeliveryDate = optionalDate(st, i + 6);
    s.sex = st.text(i + 7);
    s.nhsNumber = st.text(i + 8);
    s.postcode = st.text(i + 9);
    return s;
}

std::optional<QDate> optionalDate(const Statement& st, int column)
{
    if (st.isNull(column))
        return std::nullopt;
    const QDate d = QDate::fromString(st.text(column), Qt::ISODate);
    return d.isValid() ? std::optional<QDate>(d) : std::nullopt;
}

QVariant dateValue(const std::optional<QDate>& date) { return date ? QVariant(date->toString(Qt::ISODate)) : QVariant(); }
QVariant textOrNull(const QString& text) { return text.isEmpty() ? QVariant() : QVariant(text); }

} // namespace tandem::store::rows
