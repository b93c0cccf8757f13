#include "tandem/store/AssessmentRepository.h"
#include "RowReaders.h"
#include "tandem/store/Database.h"
#include "tandem/store/Statement.h"

#include <QHash>

#include <cmath>

namespace tandem::store {

using rows::textOrNull;

namespace {
QString tr(const char* text) { return QCoreApplication::translate("tandem::store::AssessmentRepository", text); }

// Scores and thresholds are held in hundredths so equality with a cutoff is exact.
qint64 hundredths(double value) { return std::llround(value * 100.0); }
double fromHundredths(qint64 value) { return static_cast<double>(value) / 100.0; }

QVariant optionalHundredths(const std::optional<double>& value)
{
    return value ? QVariant(hundredths(*value)) : QVariant();
}

QVariant optionalInt(int value) { return value > 0 ? QVariant(value) : QVariant(); }

const QString kColumns = QStringLiteral(
    "a.uuid, a.child_uuid, a.family_uuid, a.kind, a.assessed_on, a.practitioner, coalesce(u.display_name, ''), "
    "coalesce(a.interval_months, 0), coalesce(a.interval_reason, ''), a.corrected_age, coalesce(a.entry_mode, 'items'), "
    "a.omitted_items, a.total_adjusted_per_guide, coalesce(a.age_section, 0), a.parent_concern, a.practitioner_concern, "
    "coalesce(a.completed_by_name, ''), coalesce(a.setting, ''), a.parent_agreed_share, coalesce(a.parent_concerns, ''), "
    "coalesce(a.follow_up_plan, ''), a.follow_up_on, a.outcome, a.needs_follow_up, a.unverified, a.definition_version, ");

Assessment read(const Statement& s)
{
    Assessment a;
    a.uuid = s.text(0);
    a.childUuid = s.text(1);
    a.familyUuid = s.text(2);
    a.kind = AssessmentKinds::fromToken(s.text(3)).value_or(AssessmentKind::Asq3);
    a.assessedOn = QDate::fromString(s.text(4), Qt::ISODate);
    a.practitionerUserUuid = s.text(5);
    a.practitionerName = s.text(6);
    a.intervalMonths = static_cast<int>(s.integer(7));
    a.intervalReason = s.text(8);
    a.correctedAge = s.integer(9) != 0;
    a.entryMode = s.text(10) == QLatin1String("totals") ? Asq3EntryMode::Totals : Asq3EntryMode::Items;
    a.omittedItems = static_cast<int>(s.integer(11));
    a.totalAdjustedPerGuide = s.integer(12) != 0;
    a.ageSection = static_cast<int>(s.integer(13));
    a.parentConcern = s.integer(14) != 0;
    a.practitionerConcern = s.integer(15) != 0;
    a.completedByName = s.text(16);
    a.setting = s.text(17);
    a.parentAgreedToShare = s.integer(18) != 0;
    a.parentConcerns = s.text(19);
    a.followUpPlan = s.text(20);
    a.followUpRecordedOn = rows::optionalDate(s, 21);
    a.outcome = s.text(22);
    a.needsFollowUp = s.integer(23) != 0;
    const QString unverified = s.text(24);
    a.unverified = unverified.isEmpty() ? QStringList() : unverified.split(QLatin1Char('\n'));
    a.definitionVersion = s.text(25);
    a.meta = rows::readMeta(s, 26);
    return a;
}

std::optional<ThresholdUsed> readThreshold(const Statement& s, int i)
{
    if (s.isNull(i))
        return std::nullopt;
    return ThresholdUsed{fromHundredths(s.integer(i)), s.integer(i + 1) != 0, s.text(i + 2)};
}

AssessmentPart readPart(const Statement& s)
{
    // Column 0 is the assessment uuid.
    AssessmentPart p;
    p.part = s.text(1);
    if (!s.isNull(2))
        p.score = fromHundredths(s.integer(2));
    p.answers = Asq3Answers::fromLetters(s.text(3)).value_or(QList<Asq3Answer>());
    p.missing = static_cast<int>(s.integer(4));
    p.adjusted = s.integer(5) != 0;
    p.cutoff = readThreshold(s, 6);
    p.monitoring = readThreshold(s, 9);
    p.zone = Zones::fromToken(s.text(12)).value_or(Zone::NotScored);
    p.result = s.text(13);
    p.note = s.text(14);
    return p;
}

QVariantList thresholdValues(const std::optional<ThresholdUsed>& t)
{
    if (!t)
        return {QVariant(), QVariant(), QVariant()};
    return {hundredths(t->value), t->verified ? 1 : 0, t->source};
}
} // namespace

Result<void> AssessmentRepository::insert(Assessment& a, const QString& actor, const QString& at)
{
    a.meta = RecordMeta{at, actor, at, actor, 1, a.meta.origin};
    const bool questionnaire = a.kind == AssessmentKind::Asq3 || a.kind == AssessmentKind::AsqSe2;
    TANDEM_TRY(m_db.run(
        QStringLiteral("INSERT INTO assessment (uuid, child_uuid, family_uuid, kind, assessed_on, practitioner, interval_months, "
                       "interval_reason, corrected_age, entry_mode, omitted_items, total_adjusted_per_guide, age_section, "
                       "parent_concern, practitioner_concern, completed_by_name, setting, parent_agreed_share, parent_concerns, "
                       "follow_up_plan, follow_up_on, outcome, needs_follow_up, unverified, definition_version, origin, "
                       "created_at, created_by, updated_at, updated_by) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {a.uuid, a.childUuid, a.familyUuid, AssessmentKinds::token(a.kind), a.assessedOn.toString(Qt::ISODate),
         a.practitionerUserUuid, questionnaire ? optionalInt(a.intervalMonths) : QVariant(), textOrNull(a.intervalReason),
         a.correctedAge ? 1 : 0,
         a.kind == AssessmentKind::Asq3
             ? QVariant(a.entryMode == Asq3EntryMode::Totals ? QStringLiteral("totals") : QStringLiteral("items"))
             : QVariant(),
         a.omittedItems, a.totalAdjustedPerGuide ? 1 : 0, optionalInt(a.ageSection), a.parentConcern ? 1 : 0,
         a.practitionerConcern ? 1 : 0, textOrNull(a.completedByName), textOrNull(a.setting), a.parentAgreedToShare ? 1 : 0,
         textOrNull(a.parentConcerns), textOrNull(a.followUpPlan), rows::dateValue(a.followUpRecordedOn), a.outcome,
         a.needsFollowUp ? 1 : 0, a.unverified.join(QLatin1Char('\n')), a.definitionVersion, a.meta.origin, at, actor, at,
         actor}));
    for (qsizetype i = 0; i < a.parts.size(); ++i) {
        const AssessmentPart& p = a.parts.at(i);
        QVariantList values{a.uuid, static_cast<int>(i), p.part, optionalHundredths(p.score),
                            p.answers.isEmpty() ? QVariant() : QVariant(Asq3Answers::toLetters(p.answers)), p.missing,
                            p.adjusted ? 1 : 0};
        values << thresholdValues(p.cutoff) << thresholdValues(p.monitoring);
        values << Zones::token(p.zone) << textOrNull(p.result) << textOrNull(p.note);
        TANDEM_TRY(m_db.run(QStringLiteral("INSERT INTO assessment_part (assessment_uuid, position, part, score_hundredths, answers, "
                                           "missing, adjusted, cutoff_hundredths, cutoff_verified, cutoff_source, "
                                           "monitoring_hundredths, monitoring_verified, monitoring_source, zone, result, note) "
                                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                            values));
    }
    return {};
}

Result<QList<Assessment>> AssessmentRepository::select(const QString& where, const QVariantList& params) const
{
    auto st = m_db.query(QStringLiteral("SELECT ") + kColumns + rows::metaColumns(QStringLiteral("a")) +
                             QStringLiteral(" FROM assessment a LEFT JOIN app_user u ON u.uuid = a.practitioner WHERE ") + where +
                             QStringLiteral(" AND a.deleted_at IS NULL ORDER BY a.assessed_on DESC, a.id DESC"),
                         params);
    auto assessments = rows::collect<Assessment>(st, read);
    TANDEM_TRY(assessments);
    TANDEM_TRY(attachParts(assessments.value()));
    return assessments;
}

// Parts for a list of assessments in one query, matched up here.
Result<void> AssessmentRepository::attachParts(QList<Assessment>& assessments) const
{
    if (assessments.isEmpty())
        return {};
    QHash<QString, Assessment*> byUuid;
    QStringList marks;
    QVariantList params;
    for (Assessment& a : assessments) {
        byUuid.insert(a.uuid, &a);
        marks << QStringLiteral("?");
        params << a.uuid;
    }
    // A child has tens of assessments at most, well inside SQLite's 999 parameters.
    auto st = m_db.query(QStringLiteral("SELECT assessment_uuid, part, score_hundredths, answers, missing, adjusted, "
                                        "cutoff_hundredths, cutoff_verified, cutoff_source, monitoring_hundredths, "
                                        "monitoring_verified, monitoring_source, zone, result, note FROM assessment_part "
                                        "WHERE assessment_uuid IN (") +
                             marks.join(QLatin1Char(',')) + QStringLiteral(") ORDER BY assessment_uuid, position"),
                         params);
    return rows::forEach(st, [&](const Statement& s) {
        if (Assessment* a = byUuid.value(s.text(0)))
            a->parts << readPart(s);
    });
}

Result<Assessment> AssessmentRepository::load(const QString& uuid) const
{
    auto found = select(QStringLiteral("a.uuid = ?"), {uuid});
    TANDEM_TRY(found);
    if (found.value().isEmpty())
        return makeError(ErrorCode::NotFound, tr("No such assessment in this store."));
    return found.value().first();
}

Result<QList<Assessment>> AssessmentRepository::forChild(const QString& childUuid, std::optional<AssessmentKind> kind) const
{
    if (kind)
        return select(QStringLiteral("a.child_uuid = ? AND a.kind = ?"), {childUuid, AssessmentKinds::token(*kind)});
    return select(QStringLiteral("a.child_uuid = ?"), {childUuid});
}

Result<void> AssessmentRepository::setFollowUp(const QString& uuid, const QString& plan, const QDate& on, const QString& actor,
                                               const QString& at)
{
    return m_db.run(QStringLiteral("UPDATE assessment SET follow_up_plan = ?, follow_up_on = ?, updated_at = ?, updated_by = ?, "
                                   "version = version + 1 WHERE uuid = ? AND deleted_at IS NULL"),
                    {plan, on.toString(Qt::ISODate), at, actor, uuid});
}

Result<void> AssessmentRepository::moveChild(const QString& from, const QString& to, const QString& toFamily, const QString& actor,
                                            const QString& at)
{
    return m_db.run(QStringLiteral("UPDATE assessment SET child_uuid = ?, family_uuid = ?, updated_at = ?, updated_by = ?, "
                                   "version = version + 1 WHERE child_uuid = ?"),
                    {to, toFamily, at, actor, from});
}

Result<QList<OpenFollowUpRow>> AssessmentRepository::openFollowUpsForWorker(const QString& worker) const
{
    auto st = m_db.query(QStringLiteral("SELECT a.uuid, a.child_uuid, a.family_uuid, a.kind, a.assessed_on FROM assessment a "
                                        "JOIN family f ON f.uuid = a.family_uuid "
                                        "WHERE a.needs_follow_up = 1 AND a.follow_up_plan IS NULL AND a.deleted_at IS NULL "
                                        "AND (a.kind <> 'eyfs' OR a.parent_agreed_share = 1) "
                                        "AND f.named_hv = ? AND f.deleted_at IS NULL ORDER BY a.assessed_on"),
                         {worker});
    return rows::collect<OpenFollowUpRow>(st, [](const Statement& s) {
        return OpenFollowUpRow{s.text(0), s.text(1), s.text(2), AssessmentKinds::fromToken(s.text(3)).value_or(AssessmentKind::Asq3),
                               QDate::fromString(s.text(4), Qt::ISODate)};
    });
}

} // namespace tandem::store
