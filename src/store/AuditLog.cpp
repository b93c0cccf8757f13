#include "tandem/store/AuditLog.h"
#include "tandem/core/Clock.h"
#include "tandem/store/Database.h"
#include "tandem/store/Statement.h"

#include <QRegularExpression>

#include <sodium.h>

namespace tandem::store {

namespace {

QString tr(const char* text) { return QCoreApplication::translate("tandem::store::AuditLog", text); }

const QString kHeadSeq = QStringLiteral("audit_head_seq");
const QString kHeadHash = QStringLiteral("audit_head_hash");

bool isToken(const QString& s)
{
    static const QRegularExpression re(QStringLiteral("^[a-z][a-z0-9_.-]{0,63}$"));
    return re.match(s).hasMatch();
}

// A lower-case uuid. Checked by hand: a bundle import audits a hundred thousand ids at once.
bool isRecordId(const QString& s)
{
    if (s.size() != 36)
        return false;
    for (qsizetype i = 0; i < 36; ++i) {
        const char16_t c = s.at(i).unicode();
        const bool dash = i == 8 || i == 13 || i == 18 || i == 23;
        if (dash ? c != u'-' : !((c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f')))
            return false;
    }
    return true;
}

AuditEntry readEntry(const Statement& st)
{
    AuditEntry e;
    e.seq = st.integer(0);
    e.at = st.text(1);
    e.actor = st.text(2);
    e.action = st.text(3);
    e.entity = st.text(4);
    e.recordIds = st.text(5).split(QLatin1Char(','), Qt::SkipEmptyParts);
    e.prevHash = st.text(6);
    e.hash = st.text(7);
    return e;
}

const QString kSelect = QStringLiteral("SELECT seq, at, actor, action, entity, record_ids, prev_hash, hash FROM audit");

} // namespace

QString AuditLog::genesisHash() { return QString(64, QLatin1Char('0')); }

QString AuditLog::computeHash(const AuditEntry& e)
{
    // Unit separators keep field boundaries unambiguous.
    const QChar us(0x1f);
    const QByteArray canonical = (QStringLiteral("tandem-audit-v1") + us + QString::number(e.seq) + us + e.at + us + e.actor
                                  + us + e.action + us + e.entity + us + e.recordIds.join(QLatin1Char(',')) + us + e.prevHash)
                                     .toUtf8();
    unsigned char out[32];
    crypto_generichash(out, sizeof out, reinterpret_cast<const unsigned char*>(canonical.constData()),
                       static_cast<unsigned long long>(canonical.size()), nullptr, 0);
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char*>(out), sizeof out).toHex());
}

Result<qint64> AuditLog::append(const QDateTime& at, const QString& actor, const QString& action, const QString& entity,
                                const QStringList& recordIds)
{
    if (m_db.transactionDepth() == 0)
        return makeError(ErrorCode::Internal, tr("An audit entry must be written inside the change it records."));
    if (!isToken(action) || !isToken(entity) || !(actor == QLatin1String("system") || isRecordId(actor)))
        return makeError(ErrorCode::Internal, tr("An audit entry may hold only action names and record ids."));
    for (const QString& id : recordIds) {
        if (!isRecordId(id))
            return makeError(ErrorCode::Internal, tr("An audit entry may hold only action names and record ids."));
    }

    AuditEntry e;
    e.prevHash = genesisHash();
    {
        auto last = m_db.query(QStringLiteral("SELECT seq, hash FROM audit ORDER BY seq DESC LIMIT 1"));
        TANDEM_TRY(last);
        auto row = last.value().next();
        TANDEM_TRY(row);
        if (row.value()) {
            e.seq = last.value().integer(0);
            e.prevHash = last.value().text(1);
        }
    }
    e.seq += 1;
    e.at = toStoreTimestamp(at);
    e.actor = actor;
    e.action = action;
    e.entity = entity;
    e.recordIds = recordIds;
    e.hash = computeHash(e);

    TANDEM_TRY(m_db.run(QStringLiteral("INSERT INTO audit (seq, at, actor, action, entity, record_ids, prev_hash, hash) "
                                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                        {e.seq, e.at, e.actor, e.action, e.entity, e.recordIds.join(QLatin1Char(',')), e.prevHash, e.hash}));
    // The head is kept apart from the chain so a removed last entry is noticed too.
    // One single-row statement per key: a multi-row INSERT OR REPLACE needs a statement journal,
    // whose every page SQLCipher encrypts, and this runs once per audited change.
    for (const auto& [key, value] : {std::pair{kHeadSeq, QString::number(e.seq)}, std::pair{kHeadHash, e.hash}}) {
        TANDEM_TRY(m_db.run(QStringLiteral("UPDATE meta SET value = ? WHERE key = ?"), {value, key}));
        if (m_db.changes() == 0)
            TANDEM_TRY(m_db.run(QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?)"), {key, value}));
    }
    return e.seq;
}

Result<AuditVerification> AuditLog::verify() const
{
    AuditVerification v;
    auto st = m_db.query(kSelect + QStringLiteral(" ORDER BY seq"));
    TANDEM_TRY(st);
    qint64 expected = 1;
    QString prev = genesisHash();
    auto fail = [&v](qint64 seq, QString problem) {
        v.intact = false;
        v.firstBrokenSeq = seq;
        v.problem = std::move(problem);
        return v;
    };
    for (;;) {
        auto row = st.value().next();
        TANDEM_TRY(row);
        if (!row.value())
            break;
        const AuditEntry e = readEntry(st.value());
        if (e.seq != expected)
            return fail(expected, tr("Audit entry %1 is missing: the trail jumps from entry %2 to entry %3.")
                                      .arg(expected).arg(expected - 1).arg(e.seq));
        if (e.prevHash != prev)
            return fail(e.seq, tr("Audit entry %1 (%2, %3) does not follow entry %4: entries were removed or reordered.")
                                   .arg(e.seq).arg(e.at, e.action).arg(e.seq - 1));
        if (computeHash(e) != e.hash)
            return fail(e.seq, tr("Audit entry %1 (%2, %3) has been altered since it was written.").arg(e.seq).arg(e.at, e.action));
        prev = e.hash;
        v.entries = e.seq;
        ++expected;
    }

    auto headSeq = m_db.query(QStringLiteral("SELECT value FROM meta WHERE key = ?"), {kHeadSeq});
    TANDEM_TRY(headSeq);
    auto hasHead = headSeq.value().next();
    TANDEM_TRY(hasHead);
    const qint64 recordedSeq = hasHead.value() ? headSeq.value().text(0).toLongLong() : 0;
    if (recordedSeq > v.entries)
        return fail(v.entries + 1, tr("Audit entry %1 is missing: the trail ends at entry %2 but the store recorded %3 entries.")
                                       .arg(v.entries + 1).arg(v.entries).arg(recordedSeq));
    if (recordedSeq < v.entries)
        return fail(recordedSeq + 1, tr("Audit entry %1 was added outside Tandem: the store recorded only %2 entries.")
                                         .arg(recordedSeq + 1).arg(recordedSeq));
    if (v.entries > 0) {
        auto headHash = m_db.query(QStringLiteral("SELECT value FROM meta WHERE key = ?"), {kHeadHash});
        TANDEM_TRY(headHash);
        auto hasHash = headHash.value().next();
        TANDEM_TRY(hasHash);
        if (!hasHash.value() || headHash.value().text(0) != prev)
            return fail(v.entries, tr("Audit entry %1, the latest, does not match the hash the store recorded for it.").arg(v.entries));
    }
    v.headHash = prev;
    return v;
}

} // namespace tandem::store
