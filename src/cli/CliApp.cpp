#include "CliApp.h"
#include "CliContext.h"
#include "Commands.h"

#include "tandem/core/Version.h"

#include <cstdio>

namespace tandem::cli {

namespace {

QString tr(const char* text) { return QCoreApplication::translate("tandem::cli::CliApp", text); }

void print(const QString& text)
{
    const QByteArray utf8 = text.toUtf8();
    std::fwrite(utf8.constData(), 1, static_cast<size_t>(utf8.size()), stdout);
}

QString overview(const QList<CommandSpec>& commands)
{
    QString text = tr("Usage: tandem-cli <command> [options]\n\n"
                      "Tandem's command line: create and manage encrypted family-record stores.\n\n"
                      "Commands:\n");
    qsizetype width = 0;
    for (const CommandSpec& c : commands)
        width = std::max(width, c.hidden ? 0 : c.name.size());
    for (const CommandSpec& c : commands)
        if (!c.hidden)
            text += QStringLiteral("  %1  %2\n").arg(c.name, -int(width)).arg(c.summary);
    text += tr("\nOptions for every command:\n"
               "  --store <path>           The store file (default: TANDEM_STORE, else %1)\n"
               "  --json                   Print one JSON object instead of text\n"
               "  -h, --help               Help for a command, e.g. tandem-cli user add --help\n"
               "  -v, --version            Print the version\n\n"
               "Passphrases are read from --passphrase-file, TANDEM_PASSPHRASE (TANDEM_NEW_PASSPHRASE for a\n"
               "new one), or a prompt that does not echo. They are never accepted as arguments.\n")
                .arg(QStringLiteral("~/.local/share/Tandem/demo.tandem"));
    return text;
}

} // namespace

int runCli(const QStringList& arguments)
{
    const QList<CommandSpec> commands = allCommands();
    const bool json = arguments.contains(QStringLiteral("--json"));
    CliOutput out(json);

    // The command is the first words that are not options ("assess asq3 add" has three); the
    // longest command name they start with wins, and any words after it are its arguments.
    qsizetype maxWords = 1;
    for (const CommandSpec& c : commands)
        maxWords = std::max(maxWords, c.name.count(QLatin1Char(' ')) + 1);
    QStringList words;
    for (int i = 1; i < arguments.size() && words.size() < maxWords; ++i) {
        if (arguments.at(i).startsWith(QLatin1Char('-')))
            break;
        words.append(arguments.at(i));
    }
    const CommandSpec* spec = nullptr;
    qsizetype matched = 0;
    for (const CommandSpec& c : commands) {
        const QStringList name = c.name.split(QLatin1Char(' '));
        if (words.mid(0, name.size()) == name && name.size() > matched) {
            spec = &c;
            matched = name.size();
        }
    }

    if (!spec) {
        if (arguments.contains(QStringLiteral("--version")) || arguments.contains(QStringLiteral("-v"))) {
            return out.success({{QStringLiteral("version"), QStringLiteral(TANDEM_VERSION_STRING)}},
                               QStringLiteral("tandem-cli " TANDEM_VERSION_STRING));
        }
        if (words.isEmpty()) {
            print(overview(commands));
            const bool asked = arguments.contains(QStringLiteral("--help")) || arguments.contains(QStringLiteral("-h"));
            return asked ? ExitOk : ExitUsage;
        }
        // "assess asq3" alone: name the commands it starts.
        QStringList near;
        for (const CommandSpec& c : commands)
            if (!c.hidden && c.name.startsWith(words.first() + QLatin1Char(' ')))
                near << c.name;
        if (!near.isEmpty())
            return out.usage(tr("Unknown command \"%1\". The %2 commands are: %3. Run tandem-cli --help to see them all.")
                                 .arg(words.join(QLatin1Char(' ')), words.first(), near.join(QStringLiteral(", "))));
        return out.usage(tr("Unknown command \"%1\". Run tandem-cli --help to see the commands.").arg(words.join(QLatin1Char(' '))));
    }

    QCommandLineParser parser;
    parser.setApplicationDescription(spec->summary);
    parser.addPositionalArgument(spec->name, tr("Command"), spec->name);
    if (!spec->arguments.isEmpty())
        parser.addPositionalArgument(spec->arguments, tr("The %1 the command works on.").arg(spec->arguments), spec->arguments);
    parser.addHelpOption();
    parser.addOption({QStringLiteral("store"), tr("The store file."), tr("path")});
    parser.addOption({QStringLiteral("json"), tr("Print one JSON object instead of text.")});
    if (spec->needsUser) {
        parser.addOption({QStringLiteral("user"), tr("Your sign-in name (default: TANDEM_USER)."), tr("username")});
        parser.addOption({QStringLiteral("passphrase-file"), tr("Read your passphrase from the first line of this file."), tr("file")});
    }
    for (const QCommandLineOption& o : spec->options)
        parser.addOption(o);

    if (!parser.parse(arguments))
        return out.usage(parser.errorText() + QStringLiteral(". ") + tr("See tandem-cli %1 --help.").arg(spec->name));
    if (parser.isSet(QStringLiteral("help"))) {
        QString help = parser.helpText();
        help.replace(QStringLiteral("[options] ") + spec->name, spec->name + QStringLiteral(" [options]"));
        print(help);
        return ExitOk;
    }
    const QStringList extra = parser.positionalArguments().mid(spec->name.count(QLatin1Char(' ')) + 1);
    if (spec->maxArguments >= 0 && extra.size() > spec->maxArguments)
        return out.usage(tr("Unexpected argument \"%1\". Passphrases are never taken as arguments; see tandem-cli %2 --help.")
                             .arg(extra.at(spec->maxArguments), spec->name));
    CliContext context(parser, out);
    context.arguments = extra;
    return spec->run(context);
}

} // namespace tandem::cli
