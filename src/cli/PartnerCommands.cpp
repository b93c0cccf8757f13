// org card, partner add / list: exchanging partner cards and confirming their fingerprints.
#include "CliContext.h"
#include "CliOptions.h"
#include "Commands.h"
#include "SharingOptions.h"
#include "SharingView.h"

#include "tandem/services/PartnerService.h"
#include "tandem/store/AtomicFile.h"

#include <QFileInfo>
#include <QJsonArray>

namespace tandem::cli {

namespace {

QString tr(const char* text) { return QCoreApplication::translate("tandem::cli::Commands", text); }

QString readAloudAdvice()
{
    return tr("Read the fingerprint aloud to the partner over the phone: they type it in when they add your card, and you type in "
              "theirs the same way.");
}

int runOrgCard(CliContext& c)
{
    const QString out = textOption(c.parser, "out");
    if (c.parser.isSet(QStringLiteral("out")) && out.isEmpty())
        return c.out.usage(tr("--out needs a file name. See tandem-cli org card --help."));
    auto session = c.unlock();
    if (!session.ok())
        return c.out.failure(session.error());
    auto card = PartnerService(*session.value()).ownCard();
    if (!card.ok())
        return c.out.failure(card.error());
    const sharing::PartnerCard& own = card.value();
    const QByteArray file = own.toJson();
    if (!out.isEmpty()) {
        auto written = store::writeFileAtomically(out, file);
        if (!written.ok())
            return c.out.failure(written.error());
        const QString path = QFileInfo(out).absoluteFilePath();
        return c.out.success({{QStringLiteral("card"), cardJson(own)}, {QStringLiteral("path"), path}},
                             tr("Wrote the partner card of %1 (%2) to %3.").arg(own.organisationName, own.organisationCode, path)
                                 + QLatin1Char('\n') + tr("Fingerprint: %1").arg(own.fingerprint()) + QLatin1Char('\n') + readAloudAdvice());
    }
    if (c.out.json())
        return c.out.success({{QStringLiteral("card"), cardJson(own)}, {QStringLiteral("card_file"), QString::fromUtf8(file)}}, {});
    // The card alone on standard output, so "org card > card.json" works; the advice for people on standard error.
    printText(QString::fromUtf8(file).trimmed());
    c.out.progress(tr("Fingerprint: %1").arg(own.fingerprint()) + QLatin1Char('\n') + readAloudAdvice());
    return ExitOk;
}

int runPartnerAdd(CliContext& c)
{
    const QString path = c.arguments.value(0).trimmed();
    if (path.isEmpty())
        return c.out.usage(tr("partner add needs the partner's CARD file. See tandem-cli partner add --help."));
    const bool given = c.parser.isSet(QStringLiteral("fingerprint"));
    QString typed = textOption(c.parser, "fingerprint");
    if (given && typed.isEmpty())
        return c.out.usage(tr("--fingerprint needs the digits the partner read to you. See tandem-cli partner add --help."));
    auto card = PartnerService::readCard(path);
    if (!card.ok())
        return c.out.failure(card.error());
    auto session = c.unlock();
    if (!session.ok())
        return c.out.failure(session.error());
    Session& s = *session.value();
    // Before asking anyone to read a fingerprint aloud: may this user add partners at all?
    if (auto allowed = s.require(Permission::ManagePartners); !allowed.ok())
        return c.out.failure(allowed.error());

    const sharing::PartnerCard& theirs = card.value();
    const QString shown = tr("Partner card:") + QLatin1Char('\n') + cardText(theirs);
    if (!given) {
        if (!stdinIsTerminal()) {
            if (!c.out.json())
                printText(shown);
            return c.out.failure(makeError(ErrorCode::NeedsConfirmation,
                                           tr("Nothing was added: the fingerprint must be confirmed first. Phone %1 and ask them to read "
                                              "their fingerprint aloud; if it matches the one shown, run the command again with "
                                              "--fingerprint and the digits they read.")
                                               .arg(theirs.organisationName)),
                                 {{QStringLiteral("card"), cardJson(theirs)}});
        }
        // With --json standard output holds one object only: the card goes with the prompt, to standard error.
        if (!c.out.json())
            printText(shown);
        typed = askLine((c.out.json() ? shown + QLatin1Char('\n') : QString())
                        + tr("Phone %1 and ask them to read their fingerprint aloud. Type what they read (spaces do not matter): ")
                              .arg(theirs.organisationName));
        if (typed.isEmpty())
            return c.out.failure(makeError(ErrorCode::Invalid, tr("No fingerprint was typed, so nothing was added.")));
    }
    auto added = PartnerService(s).add(theirs, typed);
    if (!added.ok())
        return c.out.failure(added.error());
    const Partner& p = added.value();
    return c.out.success({{QStringLiteral("partner"), partnerJson(p)}},
                         tr("Added %1 (%2) as a partner organisation; the fingerprint matched.").arg(p.name, p.code) + QLatin1Char('\n')
                             + cardText(theirs) + QLatin1Char('\n')
                             + tr("Record consent naming %1 before exporting a bundle to them.").arg(p.code));
}

int runPartnerList(CliContext& c)
{
    auto session = c.unlock();
    if (!session.ok())
        return c.out.failure(session.error());
    auto partners = PartnerService(*session.value()).list();
    if (!partners.ok())
        return c.out.failure(partners.error());
    QJsonArray list;
    for (const Partner& p : partners.value())
        list.append(partnerJson(p));
    return c.out.success({{QStringLiteral("partners"), list}}, partnerTable(partners.value()));
}

} // namespace

QList<CommandSpec> partnerCommands()
{
    return {
        {QStringLiteral("org card"), tr("Write this organisation's partner card, to exchange with a partner."),
         {opt(QStringLiteral("out"), tr("Write the card to this file (default: standard output)."), tr("file"))}, true, runOrgCard, QString(), 0},
        {QStringLiteral("partner add"), tr("Add a partner organisation from its card, once its fingerprint is confirmed (team leads, administrators)."),
         {opt(QStringLiteral("fingerprint"), tr("The fingerprint the partner read to you, e.g. \"12345 67890 ...\"."), tr("digits"))}, true,
         runPartnerAdd, QStringLiteral("CARD"), 1},
        {QStringLiteral("partner list"), tr("List the partner organisations, their fingerprints and when bundles were last exchanged."), {},
         true, runPartnerList, QString(), 0},
    };
}

} // namespace tandem::cli
