#include "AssessOptions.h"
#include "CliOptions.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QRegularExpression>

namespace tandem::cli {

namespace {

QString tr(const char* text) { return QCoreApplication::translate("tandem::cli::Commands", text); }

Error invalid(const QString& message) { return makeError(ErrorCode::Invalid, message); }

struct Pair {
    QString key;
    QString value;
};

// Every KEY=VALUE given to --NAME; with splitCommas one value may hold several, comma-separated.
Result<QList<Pair>> pairsOf(const QCommandLineParser& parser, const char* name, const QString& example, bool splitCommas)
{
    QList<Pair> out;
    for (const QString& value : parser.values(QLatin1String(name))) {
        const QStringList items = splitCommas ? value.split(QLatin1Char(','), Qt::SkipEmptyParts) : QStringList{value};
        for (const QString& item : items) {
            const qsizetype eq = item.indexOf(QLatin1Char('='));
            if (eq <= 0)
                return invalid(tr("--%1 \"%2\" is not KEY=VALUE, e.g. \"%3\".").arg(QLatin1String(name), item.trimmed(), example));
            out << Pair{item.left(eq).trimmed(), item.mid(eq + 1).trimmed()};
        }
    }
    return out;
}

QStringList keysOf(const QList<domain::NamedKey>& keys)
{
    QStringList out;
    for (const domain::NamedKey& k : keys)
        out << k.key;
    return out;
}

// The definition's key for text (case-insensitive), or an error listing the keys.
Result<QString> knownKey(const QString& text, const QStringList& keys, const char* option, const QString& what)
{
    for (const QString& k : keys)
        if (k.compare(text, Qt::CaseInsensitive) == 0)
            return k;
    return invalid(tr("--%1: \"%2\" is not %3; use one of %4.").arg(QLatin1String(option), text, what, keys.join(QStringLiteral(", "))));
}

bool readNumber(const QString& text, double* value)
{
    static const QRegularExpression form(QStringLiteral(R"(^\d+(\.\d+)?$)"));
    if (!form.match(text).hasMatch())
        return false;
    bool ok = false;
    *value = QLocale::c().toDouble(text, &ok);
    return ok;
}

} // namespace

Result<std::optional<int>> wholeNumberOption(const QCommandLineParser& parser, const char* name)
{
    if (!parser.isSet(QLatin1String(name)))
        return std::optional<int>();
    bool ok = false;
    const int value = textOption(parser, name).toInt(&ok);
    if (!ok)
        return invalid(tr("--%1 needs a whole number, not \"%2\".").arg(QLatin1String(name), textOption(parser, name)));
    return std::optional<int>(value);
}

Result<std::optional<double>> numberOption(const QCommandLineParser& parser, const char* name)
{
    if (!parser.isSet(QLatin1String(name)))
        return std::optional<double>();
    double value = 0;
    if (!readNumber(textOption(parser, name), &value))
        return invalid(tr("--%1 needs a number such as 45 or 42.5, not \"%2\".").arg(QLatin1String(name), textOption(parser, name)));
    return std::optional<double>(value);
}

Result<QString> instrumentToken(const QString& text, const QString& option, const QStringList& allowed)
{
    QString token = text.trimmed().toLower();
    if (token == QLatin1String("asqse"))
        token = QStringLiteral("asqse2");
    if (allowed.contains(token))
        return token;
    QStringList shown = allowed;
    shown.replaceInStrings(QStringLiteral("asqse2"), QStringLiteral("asqse"));
    return invalid(tr("%1 \"%2\" is not one of %3.").arg(option, text, shown.join(QStringLiteral(", "))));
}

Result<QString> instrumentOption(const QCommandLineParser& parser, const char* name, const QStringList& allowed)
{
    if (!parser.isSet(QLatin1String(name)))
        return QString();
    return instrumentToken(textOption(parser, name), QStringLiteral("--") + QLatin1String(name), allowed);
}

Result<Asq3Entry> asq3EntryOptions(const QCommandLineParser& parser, const domain::Asq3Definition& definition)
{
    const bool items = parser.isSet(QStringLiteral("answers")), totals = parser.isSet(QStringLiteral("totals"));
    if (items == totals)
        return invalid(tr("Give the ASQ-3 either as item answers (--answers DOMAIN=LETTERS) or as domain totals (--totals DOMAIN=N), "
                          "not both."));
    const char* option = items ? "answers" : "totals";
    auto pairs = pairsOf(parser, option, items ? QStringLiteral("communication=YYSSN-") : QStringLiteral("communication=45"), true);
    TANDEM_TRY(pairs);
    const QStringList keys = keysOf(definition.domains);
    QHash<QString, Asq3DomainInput> given;
    for (const Pair& p : pairs.value()) {
        auto key = knownKey(p.key, keys, option, tr("an ASQ-3 domain"));
        TANDEM_TRY(key);
        if (given.contains(key.value()))
            return invalid(tr("--%1 gives %2 twice.").arg(QLatin1String(option), key.value()));
        Asq3DomainInput input;
        input.domain = key.value();
        if (items) {
            auto answers = Asq3Answers::fromLetters(p.value);
            if (!answers)
                return invalid(tr("--answers %1=\"%2\": write one letter per item, Y (yes), S (sometimes), N (not yet) or - (not "
                                  "answered), e.g. %1=YYSSN-.")
                                   .arg(key.value(), p.value));
            input.answers = *answers;
        } else {
            double total = 0;
            if (!readNumber(p.value, &total))
                return invalid(tr("--totals %1=\"%2\": the total is a number such as 45 or 42.5.").arg(key.value(), p.value));
            input.total = total;
        }
        given.insert(key.value(), input);
    }
    QStringList missing;
    Asq3Entry entry;
    entry.mode = items ? Asq3EntryMode::Items : Asq3EntryMode::Totals;
    for (const QString& key : keys) {
        if (given.contains(key))
            entry.domains << given.value(key);
        else
            missing << key;
    }
    if (!missing.isEmpty())
        return invalid(tr("--%1 has no %2: give all %3 domains (%4).")
                           .arg(QLatin1String(option), missing.join(QStringLiteral(", ")))
                           .arg(keys.size())
                           .arg(keys.join(QStringLiteral(", "))));
    return entry;
}

Result<QList<WellCommScreening>> screeningOptions(const QCommandLineParser& parser)
{
    auto pairs = pairsOf(parser, "screen", QStringLiteral("4=amber"), true);
    TANDEM_TRY(pairs);
    QList<WellCommScreening> out;
    for (const Pair& p : pairs.value()) {
        WellCommScreening s;
        bool ok = false;
        s.section = p.key.toInt(&ok);
        if (!ok)
            return invalid(tr("--screen \"%1=%2\": the section is a number, e.g. 4=amber.").arg(p.key, p.value));
        auto result = knownKey(p.value, WellCommResults::tokens(), "screen", tr("a WellComm result"));
        TANDEM_TRY(result);
        s.result = result.value();
        out << s;
    }
    return out;
}

Result<QList<EyfsAreaInput>> eyfsAreaOptions(const QCommandLineParser& parser, const domain::EyfsDefinition& definition)
{
    const QStringList areas = keysOf(definition.areas);
    const QStringList statuses = keysOf(definition.statuses);
    auto statusPairs = pairsOf(parser, "area", QStringLiteral("physical=on-track"), true);
    TANDEM_TRY(statusPairs);
    // A summary is free text and may hold commas: one area per --summary.
    auto summaryPairs = pairsOf(parser, "summary", QStringLiteral("physical=Climbs the steps confidently"), false);
    TANDEM_TRY(summaryPairs);
    QHash<QString, QString> status, summary;
    for (const Pair& p : statusPairs.value()) {
        auto area = knownKey(p.key, areas, "area", tr("a prime area"));
        TANDEM_TRY(area);
        auto token = knownKey(p.value, statuses, "area", tr("a status"));
        TANDEM_TRY(token);
        if (status.contains(area.value()))
            return invalid(tr("--area gives %1 twice.").arg(area.value()));
        status.insert(area.value(), token.value());
    }
    for (const Pair& p : summaryPairs.value()) {
        auto area = knownKey(p.key, areas, "summary", tr("a prime area"));
        TANDEM_TRY(area);
        if (summary.contains(area.value()))
            return invalid(tr("--summary gives %1 twice.").arg(area.value()));
        summary.insert(area.value(), p.value);
    }
    QStringList missing;
    QList<EyfsAreaInput> out;
    for (const QString& key : areas) {
        if (!status.contains(key))
            missing << QStringLiteral("--area ") + key;
        if (!summary.contains(key))
            missing << QStringLiteral("--summary ") + key;
        out << EyfsAreaInput{key, status.value(key), summary.value(key)};
    }
    if (!missing.isEmpty())
        return invalid(tr("Give a status (--area AREA=STATUS) and a summary (--summary AREA=TEXT) for each prime area (%1); missing: %2.")
                           .arg(areas.join(QStringLiteral(", ")), missing.join(QStringLiteral(", "))));
    return out;
}

QString showNumber(double value)
{
    QString text = QLocale::c().toString(value, 'f', 2);
    while (text.contains(QLatin1Char('.')) && (text.endsWith(QLatin1Char('0')) || text.endsWith(QLatin1Char('.'))))
        text.chop(1);
    return text;
}

} // namespace tandem::cli
