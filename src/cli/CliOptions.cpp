#include "CliOptions.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace tandem::cli {

namespace {
QString tr(const char* text) { return QCoreApplication::translate("tandem::cli::Commands", text); }
}

QCommandLineOption opt(const QString& name, const QString& help, const QString& value)
{
    return value.isEmpty() ? QCommandLineOption(name, help) : QCommandLineOption(name, help, value);
}

QString textOption(const QCommandLineParser& parser, const char* name) { return parser.value(QLatin1String(name)).trimmed(); }

Result<std::optional<QDate>> dateOption(const QCommandLineParser& parser, const char* name)
{
    const QString text = textOption(parser, name);
    if (!parser.isSet(QLatin1String(name)))
        return std::optional<QDate>();
    static const QRegularExpression dmy(QStringLiteral(R"(^(\d{1,2})/(\d{1,2})/(\d{4})$)"));
    static const QRegularExpression iso(QStringLiteral(R"(^(\d{4})-(\d{2})-(\d{2})$)"));
    QDate date;
    if (const auto m = dmy.match(text); m.hasMatch())
        date = QDate(m.captured(3).toInt(), m.captured(2).toInt(), m.captured(1).toInt());
    else if (const auto m = iso.match(text); m.hasMatch())
        date = QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    else
        return makeError(ErrorCode::Invalid, tr("--%1 \"%2\" is not a date: write it as dd/mm/yyyy or yyyy-mm-dd.")
                                                 .arg(QLatin1String(name), text));
    if (!date.isValid())
        return makeError(ErrorCode::Invalid, tr("--%1 \"%2\" is not a real date.").arg(QLatin1String(name), text));
    return std::optional<QDate>(date);
}

QString showDate(const QDate& date) { return date.toString(QStringLiteral("dd/MM/yyyy")); }

} // namespace tandem::cli
