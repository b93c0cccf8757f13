#include "tandem/domain/InstrumentDefinition.h"

#include "InstrumentJson.h"

#include <QJsonObject>

namespace tandem::domain::InstrumentFiles {

using InstrumentJson::kMaxAgeMonths;
using InstrumentJson::Reader;
using InstrumentJson::tr;

Result<EyfsDefinition> parseEyfs(const QByteArray& json)
{
    Reader r(QStringLiteral("eyfs.json"));
    EyfsDefinition def;
    QJsonObject root;
    if (!r.document(json, root) || !r.header(root, QStringLiteral("eyfs"), def.version)
        || !r.keys(root, {},
                   {QStringLiteral("format"), QStringLiteral("instrument"), QStringLiteral("version"),
                    QStringLiteral("source"), QStringLiteral("ageMonths"), QStringLiteral("areas"),
                    QStringLiteral("statuses"), QStringLiteral("concernStatus")},
                   {QStringLiteral("title"), QStringLiteral("note")})
        || !r.text(root.value(QStringLiteral("source")), QStringLiteral("source"), def.source))
        return r.error();

    {
        const QString path = QStringLiteral("ageMonths");
        QJsonObject o;
        if (!r.object(root.value(path), path, o) || !r.keys(o, path, {QStringLiteral("from"), QStringLiteral("to")})
            || !r.integer(o.value(QStringLiteral("from")), Reader::at(path, QStringLiteral("from")), 0, kMaxAgeMonths,
                          def.fromMonths)
            || !r.integer(o.value(QStringLiteral("to")), Reader::at(path, QStringLiteral("to")), 0, kMaxAgeMonths,
                          def.toMonths))
            return r.error();
        if (def.fromMonths > def.toMonths) {
            r.fail(path, tr("\"from\" must not be after \"to\""));
            return r.error();
        }
    }

    if (!r.namedKeys(root.value(QStringLiteral("areas")), QStringLiteral("areas"), def.areas)
        || !r.namedKeys(root.value(QStringLiteral("statuses")), QStringLiteral("statuses"), def.statuses)
        || !r.token(root.value(QStringLiteral("concernStatus")), QStringLiteral("concernStatus"), def.concernStatus))
        return r.error();
    bool known = false;
    for (const NamedKey& s : def.statuses)
        known = known || s.key == def.concernStatus;
    if (!known) {
        r.fail(QStringLiteral("concernStatus"), tr("\"%1\" is not one of the statuses").arg(def.concernStatus));
        return r.error();
    }
    return def;
}

} // namespace tandem::domain::InstrumentFiles
