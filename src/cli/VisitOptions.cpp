#include "VisitOptions.h"
#include "CliOptions.h"

#include "tandem/services/UserService.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>
#include <QStringDecoder>

#include <cstdio>

namespace tandem::cli {

namespace {

QString tr(const char* text) { return QCoreApplication::translate("tandem::cli::Commands", text); }

Error invalid(const QString& message) { return makeError(ErrorCode::Invalid, message); }

// dd/mm/yyyy, d/m/yyyy or yyyy-mm-dd; an invalid QDate when it is none of them or not real.
QDate parseDate(const QString& text)
{
    static const QRegularExpression dmy(QStringLiteral(R"(^(\d{1,2})/(\d{1,2})/(\d{4})$)"));
    static const QRegularExpression iso(QStringLiteral(R"(^(\d{4})-(\d{2})-(\d{2})$)"));
    if (const auto m = dmy.match(text); m.hasMatch())
        return QDate(m.captured(3).toInt(), m.captured(2).toInt(), m.captured(1).toInt());
    if (const auto m = iso.match(text); m.hasMatch())
        return QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    return {};
}

} // namespace

Result<std::optional<QDateTime>> dateTimeOption(const QCommandLineParser& parser, const char* name)
{
    if (!parser.isSet(QLatin1String(name)))
        return std::optional<QDateTime>();
    const QString text = textOption(parser, name);
    static const QRegularExpression form(QStringLiteral(R"(^(\S+)[ T]+(\d{1,2}):(\d{2})$)"));
    const auto m = form.match(text);
    const QDate day = m.hasMatch() ? parseDate(m.captured(1)) : QDate();
    const QTime time = m.hasMatch() ? QTime(m.captured(2).toInt(), m.captured(3).toInt()) : QTime();
    if (!m.hasMatch())
        return invalid(tr("--%1 \"%2\" is not a date and time: write it as \"YYYY-MM-DD HH:MM\", e.g. \"2026-03-12 14:30\".")
                           .arg(QLatin1String(name), text));
    if (!day.isValid() || !time.isValid())
        return invalid(tr("--%1 \"%2\" is not a real date and time.").arg(QLatin1String(name), text));
    return std::optional<QDateTime>(QDateTime(day, time));
}

Result<std::optional<int>> minutesOption(const QCommandLineParser& parser, const char* name)
{
    if (!parser.isSet(QLatin1String(name)))
        return std::optional<int>();
    bool ok = false;
    const int minutes = textOption(parser, name).toInt(&ok);
    if (!ok)
        return invalid(tr("--%1 needs a whole number of minutes, not \"%2\".").arg(QLatin1String(name), textOption(parser, name)));
    return std::optional<int>(minutes);
}

Result<QString> tokenOption(const QCommandLineParser& parser, const char* name, const QStringList& tokens)
{
    const QString value = textOption(parser, name);
    if (!parser.isSet(QLatin1String(name)))
        return QString();
    for (const QString& t : tokens)
        if (value.compare(t, Qt::CaseInsensitive) == 0)
            return t;
    return invalid(tr("--%1 \"%2\" is not one of %3.").arg(QLatin1String(name), value, tokens.join(QStringLiteral(", "))));
}

QStringList listOption(const QCommandLineParser& parser, const char* name)
{
    QStringList out;
    for (const QString& v : parser.values(QLatin1String(name)))
        if (!v.trimmed().isEmpty())
            out << v.trimmed();
    return out;
}

Result<QList<FollowUpAction>> actionOptions(const QCommandLineParser& parser)
{
    QList<FollowUpAction> out;
    for (const QString& value : parser.values(QStringLiteral("action"))) {
        // The description may itself hold ';': the date and the owner are the last two parts.
        QStringList parts = value.split(QLatin1Char(';'));
        if (parts.size() < 3)
            return invalid(tr("--action \"%1\" is not \"DESCRIPTION;YYYY-MM-DD;OWNER\", e.g. "
                              "\"Book hearing screen;2026-03-20;Amara (HV)\".")
                               .arg(value));
        FollowUpAction a;
        a.ownerName = parts.takeLast().trimmed();
        const QString due = parts.takeLast().trimmed();
        a.description = parts.join(QLatin1Char(';')).trimmed();
        a.dueOn = parseDate(due);
        if (!a.dueOn.isValid())
            return invalid(tr("--action \"%1\": \"%2\" is not a real date; write the due date as YYYY-MM-DD.").arg(value, due));
        out << a;
    }
    return out;
}

Result<QString> readNoteFile(const QString& path)
{
    QFile file;
    const bool fromStdin = path == QLatin1String("-");
    const bool opened = fromStdin ? file.open(stdin, QIODevice::ReadOnly) : (file.setFileName(path), file.open(QIODevice::ReadOnly));
    if (!opened)
        return makeError(ErrorCode::Io, tr("Cannot read the note file \"%1\": %2.").arg(path, file.errorString()));
    const QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError)
        return makeError(ErrorCode::Io, tr("Cannot read the note file \"%1\": %2.").arg(path, file.errorString()));
    QStringDecoder utf8(QStringDecoder::Utf8);
    QString text = utf8(bytes);
    if (utf8.hasError())
        return invalid(tr("The note file \"%1\" is not UTF-8 text; save it as UTF-8 and try again.").arg(fromStdin ? tr("standard input") : path));
    return text;
}

Result<User> userByName(Session& session, const QString& username, const QString& option)
{
    auto users = UserService(session).listUsers();
    TANDEM_TRY(users);
    for (const User& u : users.value())
        if (u.active && u.username.compare(username, Qt::CaseInsensitive) == 0)
            return u;
    return invalid(tr("%1: there is no active user called \"%2\"; tandem-cli user list shows who there is.").arg(option, username));
}

// The note options of "visit log" / "note add": --TEXT or --FILE, and the restriction.
Result<std::optional<Note>> noteFromOptions(const QCommandLineParser& p, const char* textName, const char* fileName,
                                            const char* restrictionName)
{
    auto restriction = tokenOption(p, restrictionName, NoteRestrictions::tokens());
    TANDEM_TRY(restriction);
    const bool hasText = p.isSet(QLatin1String(textName)), hasFile = p.isSet(QLatin1String(fileName));
    if (hasText && hasFile)
        return makeError(ErrorCode::Invalid, tr("Give either --%1 or --%2, not both.").arg(QLatin1String(textName), QLatin1String(fileName)));
    if (!hasText && !hasFile) {
        if (!restriction.value().isEmpty())
            return makeError(ErrorCode::Invalid, tr("--%1 needs a note: add --%2 TEXT or --%3 PATH.")
                                                     .arg(QLatin1String(restrictionName), QLatin1String(textName), QLatin1String(fileName)));
        return std::optional<Note>();
    }
    Note n;
    n.restriction = NoteRestrictions::fromToken(restriction.value()).value_or(NoteRestriction::None);
    n.text = p.value(QLatin1String(textName));
    return std::optional<Note>(n);
}

Result<void> fillFromFile(const QCommandLineParser& p, const char* fileName, std::optional<Note>& note)
{
    if (!note || !p.isSet(QLatin1String(fileName)))
        return {};
    auto text = readNoteFile(p.value(QLatin1String(fileName)));
    TANDEM_TRY(text);
    note->text = text.value();
    return {};
}

} // namespace tandem::cli
