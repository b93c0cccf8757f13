#include "FhirResourceReader.h"

#include "FhirCodes.h"
#include "FhirFields.h"

#include "tandem/core/Assessment.h"

// ResourceReader, continued: the Observations (gestation at birth, assessment results, EYFS
// progress checks and integrated reviews).

namespace tandem::sharing::fhir {
namespace {

// Assessment part keys and result tokens: lower-case words joined by hyphens.
bool isToken(const QString& text)
{
    if (text.isEmpty() || text.size() > 64 || text.startsWith(u'-') || text.endsWith(u'-') || text.contains(QLatin1String("--")))
        return false;
    for (QChar c : text)
        if (!((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'-'))
            return false;
    return true;
}

constexpr double kMaxScore = 1000;

const QStringList& zoneTokens()
{
    static const QStringList tokens = [] {
        QStringList out;
        for (Zone z : {Zone::OnSchedule, Zone::Monitoring, Zone::Refer, Zone::NotScored})
            out.append(Zones::token(z));
        return out;
    }();
    return tokens;
}

void surveyCategory(FieldReader& f, const QJsonObject& r)
{
    const QJsonObject category = f.single(r, "category", true);
    if (f.ok() && f.codeIn(category, kObservationCategory, "category", 0) != QLatin1String("survey") && f.ok())
        f.unknownCode(QStringLiteral("category[0]"));
}

} // namespace

void ResourceReader::observation(FieldReader& f, const QJsonObject& r, const QString& id)
{
    const QJsonObject code = f.object(r, "code", true);
    if (!f.ok())
        return;
    if (!f.codeIn(code, kSnomed, "code").isEmpty()) {
        gestation(f, r);
        return;
    }
    const QString instrument = f.code(r, "code", kInstrumentSystem, true);
    if (!f.ok())
        return;
    if (instrument == kReviewCode) {
        review(f, r, id);
        return;
    }
    const auto parsed = parseInstrumentCode(instrument);
    if (!parsed) {
        f.unknownCode(QStringLiteral("code"));
        return;
    }
    assessment(f, r, id, parsed->kind, parsed->intervalMonths);
}

void ResourceReader::gestation(FieldReader& f, const QJsonObject& r)
{
    requireShared(f, ShareCategory::Birth);
    f.onlyKeys(r, {"resourceType", "id", "status", "code", "subject", "valueQuantity"});
    if (f.code(r, "code", kSnomed) != kGestationCode && f.ok())
        f.unknownCode(QStringLiteral("code"));
    if (m_gestationRead && f.ok())
        f.badForm(QStringLiteral("code"));
    f.constant(r, "status", QLatin1String("final"));
    requireChild(f, r, "subject");
    const QJsonObject quantity = f.object(r, "valueQuantity", true);
    FieldReader::Nest nest(f, "valueQuantity");
    f.onlyKeys(quantity, {"value", "unit", "system", "code"});
    f.constant(quantity, "system", kUcum);
    f.constant(quantity, "code", QLatin1String("wk"));
    f.text(quantity, "unit");
    const auto weeks = f.integer(quantity, "value", 22, 44, true);
    if (f.ok()) {
        m_gestationRead = true;
        m_child->birth->gestationWeeks = weeks;
    }
}

void ResourceReader::assessment(FieldReader& f, const QJsonObject& r, const QString& id, const QString& kind, int interval)
{
    const bool eyfs = kind == QLatin1String("eyfs");
    requireShared(f, eyfs ? ShareCategory::EyfsCheck : ShareCategory::Assessments);
    f.onlyKeys(r, {"resourceType", "id", "extension", "status", "category", "code", "subject", "effectiveDateTime", "performer",
                   "valueString", "interpretation", "note", "component"});
    f.constant(r, "status", QLatin1String("final"));
    surveyCategory(f, r);
    requireChild(f, r, "subject");

    SharedAssessment a;
    a.id = id;
    a.kind = kind;
    a.intervalMonths = interval;
    Extensions ext(f, r);
    a.ageSection = ext.integer(kExtAgeSection, 1, 30).value_or(0);
    a.definitionVersion = ext.text(kExtDefinitionVersion);
    a.setting = ext.text(kExtSetting);
    a.completedByName = ext.text(kExtCompletedBy);
    a.followUpPlan = ext.text(kExtFollowUpPlan);
    ext.finish();
    a.assessedOn = f.date(r, "effectiveDateTime").value_or(QDate());
    a.practitionerName = performer(f, r, "performer");
    a.outcome = f.text(r, "valueString");
    const QJsonObject interpretation = f.single(r, "interpretation");
    if (!interpretation.isEmpty()) {
        if (f.codeIn(interpretation, kV3Interpretation, "interpretation", 0) != QLatin1String("A") && f.ok())
            f.unknownCode(QStringLiteral("interpretation[0]"));
        a.needsFollowUp = true;
    }
    const QJsonObject note = f.single(r, "note");
    if (!note.isEmpty()) {
        FieldReader::Nest nest(f, "note", 0);
        f.onlyKeys(note, {"text"});
        a.parentConcerns = f.text(note, "text", true);
    }
    int i = 0;
    for (const QJsonObject& c : f.objects(r, "component", 100)) {
        FieldReader::Nest nest(f, "component", i++);
        a.parts.append(component(f, c, kind));
    }
    if (!f.ok())
        return;
    m_results.insert(id);
    (eyfs ? m_child->eyfsChecks : m_child->assessments).append(a);
}

SharedResultPart ResourceReader::component(FieldReader& f, const QJsonObject& c, const QString& kind)
{
    f.onlyKeys(c, {"code", "extension", "valueQuantity", "valueString", "interpretation", "referenceRange"});
    SharedResultPart part;
    part.part = f.code(c, "code", kAssessmentPartSystem, true);
    if (f.ok() && !isToken(part.part))
        f.unknownCode(QStringLiteral("code"));
    Extensions ext(f, c);
    const QJsonObject quantity = f.object(c, "valueQuantity");
    if (!quantity.isEmpty()) {
        FieldReader::Nest nest(f, "valueQuantity");
        f.onlyKeys(quantity, {"value"});
        part.score = f.number(quantity, "value", 0, kMaxScore, true);
        if (f.has(c, "valueString"))
            f.badForm(QStringLiteral("valueString"));
        part.result = ext.text(kExtPartResult);
    } else {
        part.result = f.text(c, "valueString");
    }
    if (!part.result.isEmpty() && !isToken(part.result))
        f.unknownCode(part.score ? QStringLiteral("extension[%1]").arg(kExtPartResult) : QStringLiteral("valueString"));
    part.note = ext.text(kExtPartNote);
    ext.finish();

    const QJsonObject interpretation = f.single(c, "interpretation");
    if (!interpretation.isEmpty()) {
        part.zone = f.codeIn(interpretation, kZoneSystem, "interpretation", 0);
        if (f.ok() && !zoneTokens().contains(part.zone))
            f.unknownCode(QStringLiteral("interpretation[0]"));
    }
    const bool upper = kind == QLatin1String("asqse2");
    int i = 0;
    for (const QJsonObject& range : f.objects(c, "referenceRange", 2)) {
        FieldReader::Nest nest(f, "referenceRange", i++);
        f.onlyKeys(range, {"type", upper ? "high" : "low"});
        const QString which = f.code(range, "type", kThresholdSystem, true);
        const QJsonObject bound = f.object(range, upper ? "high" : "low", true);
        FieldReader::Nest inner(f, upper ? "high" : "low");
        f.onlyKeys(bound, {"value"});
        const auto value = f.number(bound, "value", 0, kMaxScore, true);
        if (!f.ok())
            break;
        std::optional<double>& target = which == QLatin1String("cutoff") ? part.cutoff : part.monitoring;
        if (which != QLatin1String("cutoff") && which != QLatin1String("monitoring"))
            f.unknownCode(QStringLiteral("type"));
        else if (target)
            f.badForm(QStringLiteral("type"));
        else
            target = value;
    }
    return part;
}

void ResourceReader::review(FieldReader& f, const QJsonObject& r, const QString& id)
{
    requireShared(f, ShareCategory::Assessments);
    f.onlyKeys(r, {"resourceType", "id", "extension", "status", "category", "code", "subject", "effectiveDateTime", "performer",
                   "valueString", "hasMember"});
    f.constant(r, "status", QLatin1String("final"));
    surveyCategory(f, r);
    requireChild(f, r, "subject");
    SharedReview review;
    review.id = id;
    Extensions ext(f, r);
    review.parentViews = ext.text(kExtParentViews);
    ext.finish();
    review.reviewedOn = f.date(r, "effectiveDateTime").value_or(QDate());
    review.practitionerName = performer(f, r, "performer");
    review.summary = f.text(r, "valueString");
    const QList<QJsonObject> members = f.objects(r, "hasMember", 20);
    for (int i = 0; i < members.size() && f.ok(); ++i) {
        const QString target = f.referenceIn(members.at(i), "hasMember", i);
        if (f.ok() && (!m_results.contains(target) || review.assessmentIds.contains(target)))
            f.badReference(QStringLiteral("hasMember[%1]").arg(i));
        review.assessmentIds.append(target);
    }
    if (f.ok())
        m_child->reviews.append(review);
}

} // namespace tandem::sharing::fhir
