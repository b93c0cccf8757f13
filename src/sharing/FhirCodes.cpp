#include "FhirCodes.h"

#include <QRegularExpression>
#include <QUuid>

#include <cmath>

namespace tandem::sharing::fhir {
namespace {

// Namespace for Tandem's name-based resource ids. Fixed forever: changing it would give every
// derived resource a new id and make partners see new records.
const QUuid kIdNamespace(QStringLiteral("{5d0c8e0a-3f2b-4f7e-9a41-7b1c2e6d9f30}"));

struct Pair {
    const char* a;
    const char* b;
};

constexpr Pair kRelationships[] = {
    {"mother", "MTH"}, {"father", "FTH"},      {"parent", "PRN"},   {"step-parent", "STPPRN"},
    {"grandparent", "GRPRN"}, {"foster-carer", "PRNFOST"}, {"guardian", "GUARD"}, {"other", ""},
};

constexpr Pair kClasses[] = {{"home", "HH"}, {"clinic", "AMB"}, {"childrens-centre", "AMB"}, {"virtual", "VR"}};

QDate lastSunday(int year, int month)
{
    const QDate last(year, month, QDate(year, month, 1).daysInMonth());
    return last.addDays(-(last.dayOfWeek() % 7));
}

bool digits(QStringView text, qsizetype from, qsizetype count, int* value)
{
    int v = 0;
    for (qsizetype i = from; i < from + count; ++i) {
        const char16_t c = text[i].unicode();
        if (c < u'0' || c > u'9')
            return false;
        v = v * 10 + (c - u'0');
    }
    *value = v;
    return true;
}

struct DateTimeParts {
    QDate date;
    QTime time;
    int offsetSeconds = 0;
};

// yyyy-MM-ddTHH:mm:ss[.f...](Z|+hh:mm|-hh:mm), by hand: a bundle holds many of them.
std::optional<DateTimeParts> splitDateTime(QStringView text)
{
    if (text.size() < 20 || text[10] != u'T' || text[13] != u':' || text[16] != u':')
        return std::nullopt;
    const auto date = parseDate(text.left(10).toString());
    int h = 0, m = 0, sec = 0;
    if (!date || !digits(text, 11, 2, &h) || !digits(text, 14, 2, &m) || !digits(text, 17, 2, &sec) || h > 23 || m > 59 || sec > 59)
        return std::nullopt;
    qsizetype i = 19;
    int ms = 0;
    if (text[i] == u'.') {
        qsizetype n = 0;
        while (i + 1 + n < text.size() && text[i + 1 + n].isDigit() && text[i + 1 + n].unicode() < 128)
            ++n;
        if (n < 1 || n > 9)
            return std::nullopt;
        int first = 0;
        digits(text, i + 1, qMin<qsizetype>(n, 3), &first);
        ms = n >= 3 ? first : (n == 2 ? first * 10 : first * 100);
        i += 1 + n;
    }
    DateTimeParts parts{*date, QTime(h, m, sec, ms), 0};
    if (i == text.size() - 1 && text[i] == u'Z')
        return parts;
    int oh = 0, om = 0;
    if (i != text.size() - 6 || (text[i] != u'+' && text[i] != u'-') || text[i + 3] != u':' || !digits(text, i + 1, 2, &oh)
        || !digits(text, i + 4, 2, &om) || om > 59 || oh > 14 || (oh == 14 && om > 0))
        return std::nullopt;
    parts.offsetSeconds = (oh * 60 + om) * 60 * (text[i] == u'-' ? -1 : 1);
    return parts;
}

QString timeText(const QTime& time)
{
    return time.msec() == 0 ? time.toString(QStringLiteral("HH:mm:ss")) : time.toString(QStringLiteral("HH:mm:ss.zzz"));
}

} // namespace

QString fullUrl(const QString& id) { return QStringLiteral("urn:uuid:") + id; }

bool isUuid(const QString& text)
{
    if (text.size() != 36)
        return false;
    for (qsizetype i = 0; i < 36; ++i) {
        const char16_t c = text[i].unicode();
        const bool dash = i == 8 || i == 13 || i == 18 || i == 23;
        if (dash ? c != u'-' : !((c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f')))
            return false;
    }
    return true;
}

QString derivedId(const QString& baseId, const char* label)
{
    return QUuid::createUuidV5(kIdNamespace, baseId + u'/' + QLatin1String(label)).toString(QUuid::WithoutBraces);
}

QString senderOrganizationId(const QString& code) { return derivedId(code, "organization/sender"); }
QString recipientOrganizationId(const QString& code) { return derivedId(code, "organization/recipient"); }
QString gestationObservationId(const QString& childId) { return derivedId(childId, "gestation"); }
QString carePlanId(const QString& childId) { return derivedId(childId, "care-plan"); }
QString perChildId(const QString& childId, const QString& recordId) { return derivedId(childId + u'/' + recordId, "record"); }

QString v3Relationship(const QString& token)
{
    for (const Pair& p : kRelationships)
        if (token == QLatin1String(p.a))
            return QLatin1String(p.b);
    return {};
}

QString encounterClass(const QString& place)
{
    for (const Pair& p : kClasses)
        if (place == QLatin1String(p.a))
            return QLatin1String(p.b);
    return QStringLiteral("AMB"); // no place recorded: the class is required, ambulatory is the general case
}

QString encounterClassDisplay(const QString& code)
{
    if (code == QLatin1String("HH"))
        return QStringLiteral("home health");
    if (code == QLatin1String("VR"))
        return QStringLiteral("virtual");
    return QStringLiteral("ambulatory");
}

QString instrumentCode(const QString& kind, int intervalMonths)
{
    const bool asq = kind == QLatin1String("asq3") || kind == QLatin1String("asqse2");
    return asq && intervalMonths > 0 ? kind + u'-' + QString::number(intervalMonths) : kind;
}

std::optional<Instrument> parseInstrumentCode(const QString& code)
{
    static const QRegularExpression re(QStringLiteral("^(asq3|asqse2)(?:-([1-9][0-9]?))?$|^(wellcomm|eyfs)$"));
    const auto m = re.match(code);
    if (!m.hasMatch())
        return std::nullopt;
    if (!m.captured(3).isEmpty())
        return Instrument{m.captured(3), 0};
    return Instrument{m.captured(1), m.captured(2).isEmpty() ? 0 : m.captured(2).toInt()};
}

QString instrumentDisplay(const QString& kind, int intervalMonths)
{
    // English on purpose: displays in a bundle are for the partner's system, not this user's language.
    const QString months = intervalMonths > 0 ? QStringLiteral(" %1 month questionnaire").arg(intervalMonths) : QString();
    if (kind == QLatin1String("asq3"))
        return QStringLiteral("ASQ-3") + (months.isEmpty() ? QStringLiteral(" questionnaire") : months);
    if (kind == QLatin1String("asqse2"))
        return QStringLiteral("ASQ:SE-2") + (months.isEmpty() ? QStringLiteral(" questionnaire") : months);
    if (kind == QLatin1String("wellcomm"))
        return QStringLiteral("WellComm screening");
    return QStringLiteral("EYFS progress check at two");
}

QString reviewDisplay() { return QStringLiteral("Integrated review at 2 to 2\u00bd years"); }

QString dateText(const QDate& date) { return date.toString(QStringLiteral("yyyy-MM-dd")); }

std::optional<QDate> parseDate(const QString& text)
{
    int y = 0, m = 0, d = 0;
    if (text.size() != 10 || text[4] != u'-' || text[7] != u'-' || !digits(text, 0, 4, &y) || !digits(text, 5, 2, &m)
        || !digits(text, 8, 2, &d))
        return std::nullopt;
    const QDate date(y, m, d);
    if (!date.isValid() || y < 1900 || y > 2199)
        return std::nullopt;
    return date;
}

QString instantText(const QDateTime& utc)
{
    return utc.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz")) + u'Z';
}

std::optional<QDateTime> parseInstant(const QString& text)
{
    const auto parts = splitDateTime(text);
    if (!parts)
        return std::nullopt;
    return QDateTime(parts->date, parts->time, Qt::OffsetFromUTC, parts->offsetSeconds).toUTC();
}

int ukOffsetMinutes(const QDate& date, const QTime& time)
{
    // UK civil time: BST from 01:00 GMT on the last Sunday of March to 01:00 GMT on the last Sunday
    // of October. In local clock terms that is [01:00 in March, 02:00 in October): a time in the
    // spring gap counts as BST, a time in the autumn repeat as its first (BST) occurrence.
    const QDateTime local(date, time, Qt::UTC); // compared as plain clock readings
    const QDateTime start(lastSunday(date.year(), 3), QTime(1, 0), Qt::UTC);
    const QDateTime end(lastSunday(date.year(), 10), QTime(2, 0), Qt::UTC);
    return local >= start && local < end ? 60 : 0;
}

QString localDateTimeText(const QDateTime& local)
{
    const QDate date = local.date();
    const QTime time = local.time();
    const int offset = ukOffsetMinutes(date, time);
    return dateText(date) + u'T' + timeText(time) + QStringLiteral("+%1:00").arg(offset / 60, 2, 10, QLatin1Char('0'));
}

std::optional<QDateTime> parseLocalDateTime(const QString& text)
{
    const auto parts = splitDateTime(text);
    if (!parts)
        return std::nullopt;
    return QDateTime(parts->date, parts->time);
}

double round2(double value) { return std::round(value * 100.0) / 100.0; }

} // namespace tandem::sharing::fhir
