#include "SharingOptions.h"

#include <QCoreApplication>

#include <cstdio>
#include <unistd.h>

namespace tandem::cli {

namespace {
QString tr(const char* text) { return QCoreApplication::translate("tandem::cli::Commands", text); }

// Every value of a repeatable option, split on commas, trimmed, without empty ones.
QStringList items(const QCommandLineParser& parser, const char* name)
{
    QStringList out;
    for (const QString& value : parser.values(QLatin1String(name)))
        for (const QString& item : value.split(QLatin1Char(','), Qt::SkipEmptyParts))
            if (const QString t = item.trimmed(); !t.isEmpty())
                out << t;
    return out;
}
} // namespace

Result<QList<ShareCategory>> categoriesOption(const QCommandLineParser& parser, const char* name)
{
    QList<ShareCategory> given;
    for (const QString& token : items(parser, name)) {
        const auto category = ShareCategories::fromToken(token.toLower());
        if (!category)
            return makeError(ErrorCode::Invalid, tr("--%1: \"%2\" is not a category you can share; use one or more of %3 (restricted notes "
                                                    "are never shared).")
                                                     .arg(QLatin1String(name), token, ShareCategories::tokens().join(QStringLiteral(", "))));
        given << *category;
    }
    QList<ShareCategory> ordered;
    for (ShareCategory c : ShareCategories::all())
        if (given.contains(c))
            ordered << c;
    return ordered;
}

QStringList codesOption(const QCommandLineParser& parser, const char* name)
{
    QStringList out;
    for (const QString& code : items(parser, name))
        if (!out.contains(code.toUpper()))
            out << code.toUpper();
    return out;
}

bool stdinIsTerminal() { return isatty(STDIN_FILENO) == 1; }
bool stderrIsTerminal() { return isatty(STDERR_FILENO) == 1; }

void printText(const QString& text)
{
    const QByteArray utf8 = text.toUtf8() + '\n';
    std::fwrite(utf8.constData(), 1, static_cast<size_t>(utf8.size()), stdout);
    std::fflush(stdout);
}

QString askLine(const QString& prompt)
{
    const QByteArray p = prompt.toUtf8();
    std::fwrite(p.constData(), 1, static_cast<size_t>(p.size()), stderr);
    std::fflush(stderr);
    QByteArray line;
    int c = 0;
    while ((c = std::fgetc(stdin)) != EOF && c != '\n' && line.size() < 1024)
        line.append(static_cast<char>(c));
    return QString::fromUtf8(line).trimmed();
}

} // namespace tandem::cli
