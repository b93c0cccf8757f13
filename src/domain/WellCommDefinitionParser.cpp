#include "tandem/domain/InstrumentDefinition.h"

#include "tandem/core/Assessment.h"

#include "InstrumentJson.h"

#include <QJsonArray>
#include <QJsonObject>

namespace tandem::domain::InstrumentFiles {

using InstrumentJson::kMaxAgeMonths;
using InstrumentJson::Reader;
using InstrumentJson::tr;

Result<WellCommDefinition> parseWellComm(const QByteArray& json)
{
    Reader r(QStringLiteral("wellcomm.json"));
    WellCommDefinition def;
    QJsonObject root;
    if (!r.document(json, root) || !r.header(root, QStringLiteral("wellcomm"), def.version)
        || !r.keys(root, {},
                   {QStringLiteral("format"), QStringLiteral("instrument"), QStringLiteral("version"),
                    QStringLiteral("results"), QStringLiteral("referralRule"), QStringLiteral("sections")},
                   {QStringLiteral("title"), QStringLiteral("note")}))
        return r.error();

    // The result colours are fixed in code (WellCommResults); the file must name the same ones.
    QList<NamedKey> results;
    if (!r.namedKeys(root.value(QStringLiteral("results")), QStringLiteral("results"), results))
        return r.error();
    QStringList resultKeys;
    for (const NamedKey& k : results)
        resultKeys.append(k.key);
    if (resultKeys != WellCommResults::tokens()) {
        r.fail(QStringLiteral("results"), tr("the results must be %1, in that order")
                                              .arg(WellCommResults::tokens().join(QStringLiteral(", "))));
        return r.error();
    }

    {
        const QString path = QStringLiteral("referralRule");
        QJsonObject o;
        bool verified = false;
        if (!r.object(root.value(path), path, o)
            || !r.keys(o, path, {QStringLiteral("verified"), QStringLiteral("source")})
            || !r.boolean(o.value(QStringLiteral("verified")), Reader::at(path, QStringLiteral("verified")), verified)
            || !r.text(o.value(QStringLiteral("source")), Reader::at(path, QStringLiteral("source")),
                       def.referralRuleSource))
            return r.error();
    }

    QJsonArray sections;
    if (!r.array(root.value(QStringLiteral("sections")), QStringLiteral("sections"), sections))
        return r.error();
    for (qsizetype i = 0; i < sections.size(); ++i) {
        const QString path = Reader::at(QStringLiteral("sections"), i);
        QJsonObject o;
        WellCommSection s;
        if (!r.object(sections.at(i), path, o)
            || !r.keys(o, path, {QStringLiteral("number"), QStringLiteral("fromMonths"), QStringLiteral("toMonths"),
                                 QStringLiteral("verified"), QStringLiteral("source")})
            || !r.integer(o.value(QStringLiteral("number")), Reader::at(path, QStringLiteral("number")), 1, 99, s.number)
            || !r.integer(o.value(QStringLiteral("fromMonths")), Reader::at(path, QStringLiteral("fromMonths")), 0,
                          kMaxAgeMonths, s.fromMonths)
            || !r.integer(o.value(QStringLiteral("toMonths")), Reader::at(path, QStringLiteral("toMonths")), 0,
                          kMaxAgeMonths, s.toMonths)
            || !r.boolean(o.value(QStringLiteral("verified")), Reader::at(path, QStringLiteral("verified")), s.verified)
            || !r.text(o.value(QStringLiteral("source")), Reader::at(path, QStringLiteral("source")), s.source))
            return r.error();
        if (s.fromMonths > s.toMonths) {
            r.fail(path, tr("\"fromMonths\" must not be after \"toMonths\""));
            return r.error();
        }
        if (!def.sections.isEmpty()) {
            const WellCommSection& previous = def.sections.last();
            if (s.number <= previous.number) {
                r.fail(Reader::at(path, QStringLiteral("number")),
                       tr("sections must be in ascending order (%1 comes after %2)").arg(s.number).arg(previous.number));
                return r.error();
            }
            if (s.fromMonths <= previous.toMonths) {
                r.fail(Reader::at(path, QStringLiteral("fromMonths")),
                       tr("the age bands must not overlap (section %1 ends at %2 months)")
                           .arg(previous.number).arg(previous.toMonths));
                return r.error();
            }
        }
        def.sections.append(s);
    }
    return def;
}

} // namespace tandem::domain::InstrumentFiles
