#include "InstrumentJson.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>
#include <QSet>

#include <cmath>

namespace tandem::domain::InstrumentJson {

bool Reader::fail(const QString& path, const QString& what)
{
    if (!m_error)
        m_error = path.isEmpty() ? tr("%1: %2").arg(m_file, what) : tr("%1: %2: %3").arg(m_file, path, what);
    return false;
}

bool Reader::document(const QByteArray& json, QJsonObject& out)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        return fail({}, tr("not valid JSON (%1 at character %2)").arg(error.errorString()).arg(error.offset));
    if (!doc.isObject())
        return fail({}, tr("the file must hold one JSON object"));
    out = doc.object();
    return true;
}

bool Reader::keys(const QJsonObject& object, const QString& path, const QStringList& required,
                  const QStringList& optional)
{
    for (const QString& key : required)
        if (!object.contains(key))
            return fail(at(path, key), tr("this key is missing"));
    for (auto it = object.begin(); it != object.end(); ++it)
        if (!required.contains(it.key()) && !optional.contains(it.key()))
            return fail(at(path, it.key()), tr("Tandem does not know this key (check its spelling)"));
    return true;
}

bool Reader::object(const QJsonValue& value, const QString& path, QJsonObject& out)
{
    if (!value.isObject())
        return fail(path, tr("an object { ... } is needed"));
    out = value.toObject();
    return true;
}

bool Reader::array(const QJsonValue& value, const QString& path, QJsonArray& out, bool allowEmpty)
{
    if (!value.isArray())
        return fail(path, tr("a list [ ... ] is needed"));
    out = value.toArray();
    if (out.isEmpty() && !allowEmpty)
        return fail(path, tr("the list must not be empty"));
    return true;
}

bool Reader::integer(const QJsonValue& value, const QString& path, int min, int max, int& out)
{
    const double d = value.toDouble();
    if (!value.isDouble() || d != std::floor(d) || d < min || d > max)
        return fail(path, tr("a whole number between %1 and %2 is needed").arg(min).arg(max));
    out = static_cast<int>(d);
    return true;
}

bool Reader::number(const QJsonValue& value, const QString& path, double min, double max, double& out)
{
    const double d = value.toDouble();
    if (!value.isDouble() || !std::isfinite(d) || d < min || d > max)
        return fail(path, tr("a number between %1 and %2 is needed").arg(min).arg(max));
    if (std::abs(d * 100 - std::round(d * 100)) > 1e-6)
        return fail(path, tr("use at most two decimals"));
    out = d;
    return true;
}

bool Reader::boolean(const QJsonValue& value, const QString& path, bool& out)
{
    if (!value.isBool())
        return fail(path, tr("true or false is needed"));
    out = value.toBool();
    return true;
}

bool Reader::text(const QJsonValue& value, const QString& path, QString& out)
{
    if (!value.isString() || value.toString().trimmed().isEmpty())
        return fail(path, tr("some text is needed"));
    out = value.toString().trimmed();
    return true;
}

bool Reader::token(const QJsonValue& value, const QString& path, QString& out)
{
    static const QRegularExpression re(QStringLiteral("^[a-z0-9]+(?:-[a-z0-9]+)*$"));
    if (!value.isString() || !re.match(value.toString()).hasMatch())
        return fail(path, tr("a key in lower case letters, digits and hyphens is needed, e.g. \"gross-motor\""));
    out = value.toString();
    return true;
}

bool Reader::version(const QJsonValue& value, const QString& path, QString& out)
{
    static const QRegularExpression re(QStringLiteral("^[0-9A-Za-z][0-9A-Za-z.\\-]*$"));
    if (!value.isString() || !re.match(value.toString()).hasMatch())
        return fail(path, tr("a version such as \"2026.1\" is needed (letters, digits, dots and hyphens)"));
    out = value.toString();
    return true;
}

bool Reader::header(const QJsonObject& root, const QString& instrument, QString& versionOut)
{
    int format = 0;
    if (!root.contains(QStringLiteral("format")))
        return fail(QStringLiteral("format"), tr("this key is missing"));
    if (!integer(root.value(QStringLiteral("format")), QStringLiteral("format"), 1, 999, format))
        return false;
    if (format != kFormat)
        return fail(QStringLiteral("format"), tr("this Tandem reads format %1 files; this file is format %2 (a newer "
                                                 "Tandem may be needed)")
                                                  .arg(kFormat)
                                                  .arg(format));
    if (!root.contains(QStringLiteral("instrument")))
        return fail(QStringLiteral("instrument"), tr("this key is missing"));
    const QJsonValue name = root.value(QStringLiteral("instrument"));
    if (name.toString() != instrument)
        return fail(QStringLiteral("instrument"),
                    tr("\"%1\" is needed; this file is for \"%2\"").arg(instrument, name.toString()));
    if (!root.contains(QStringLiteral("version")))
        return fail(QStringLiteral("version"), tr("this key is missing"));
    return version(root.value(QStringLiteral("version")), QStringLiteral("version"), versionOut);
}

bool Reader::sourced(const QJsonValue& value, const QString& path, double min, double max, SourcedValue& out)
{
    QJsonObject o;
    return object(value, path, o)
        && keys(o, path, {QStringLiteral("value"), QStringLiteral("verified"), QStringLiteral("source")})
        && number(o.value(QStringLiteral("value")), path, min, max, out.value)
        && boolean(o.value(QStringLiteral("verified")), at(path, QStringLiteral("verified")), out.verified)
        && text(o.value(QStringLiteral("source")), at(path, QStringLiteral("source")), out.source);
}

bool Reader::ageSpan(const QJsonValue& value, const QString& path, AgeSpan& out)
{
    const std::optional<AgeSpan> span = value.isString() ? parseAgeSpan(value.toString()) : std::nullopt;
    if (!span)
        return fail(path, tr("an age such as \"28m16d\" (months, then days 0 to 30) is needed"));
    out = *span;
    return true;
}

bool Reader::window(const QJsonValue& value, const QString& path, int months, AgeWindow& out)
{
    QJsonObject o;
    if (!object(value, path, o)
        || !keys(o, path, {QStringLiteral("from"), QStringLiteral("to"), QStringLiteral("verified"),
                           QStringLiteral("source")})
        || !ageSpan(o.value(QStringLiteral("from")), at(path, QStringLiteral("from")), out.from)
        || !ageSpan(o.value(QStringLiteral("to")), at(path, QStringLiteral("to")), out.to)
        || !boolean(o.value(QStringLiteral("verified")), at(path, QStringLiteral("verified")), out.verified)
        || !text(o.value(QStringLiteral("source")), at(path, QStringLiteral("source")), out.source))
        return false;
    if (out.from > out.to)
        return fail(path, tr("\"from\" must not be after \"to\""));
    const AgeSpan own{months, 0};
    if (own < out.from || own > out.to)
        return fail(path, tr("the window must include %1 months, the questionnaire's own age").arg(months));
    return true;
}

bool Reader::prematurity(const QJsonValue& value, const QString& path, PrematurityRule& out)
{
    QJsonObject o;
    return object(value, path, o)
        && keys(o, path, {QStringLiteral("minWeeksEarly"), QStringLiteral("untilMonths"), QStringLiteral("verified"),
                          QStringLiteral("source")})
        && integer(o.value(QStringLiteral("minWeeksEarly")), at(path, QStringLiteral("minWeeksEarly")), 1, 18,
                   out.minWeeksEarly)
        && integer(o.value(QStringLiteral("untilMonths")), at(path, QStringLiteral("untilMonths")), 1, 72,
                   out.untilMonths)
        && boolean(o.value(QStringLiteral("verified")), at(path, QStringLiteral("verified")), out.verified)
        && text(o.value(QStringLiteral("source")), at(path, QStringLiteral("source")), out.source);
}

bool Reader::namedKeys(const QJsonValue& value, const QString& path, QList<NamedKey>& out)
{
    QJsonArray list;
    if (!array(value, path, list))
        return false;
    QSet<QString> seen;
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString p = at(path, i);
        QJsonObject o;
        NamedKey named;
        if (!object(list.at(i), p, o) || !keys(o, p, {QStringLiteral("key"), QStringLiteral("name")})
            || !token(o.value(QStringLiteral("key")), at(p, QStringLiteral("key")), named.key)
            || !text(o.value(QStringLiteral("name")), at(p, QStringLiteral("name")), named.name))
            return false;
        if (seen.contains(named.key))
            return fail(at(p, QStringLiteral("key")), tr("\"%1\" appears twice").arg(named.key));
        seen.insert(named.key);
        out.append(named);
    }
    return true;
}

bool Reader::perDomain(const QJsonValue& value, const QString& path, const QList<NamedKey>& domains, double max,
                       QList<std::pair<QString, SourcedValue>>& out)
{
    QJsonObject o;
    QStringList domainKeys;
    for (const NamedKey& d : domains)
        domainKeys.append(d.key);
    if (!object(value, path, o) || !keys(o, path, domainKeys))
        return false;
    for (const QString& key : domainKeys) {
        SourcedValue v;
        if (!sourced(o.value(key), at(path, key), 0, max, v))
            return false;
        out.append({key, v});
    }
    return true;
}

} // namespace tandem::domain::InstrumentJson
