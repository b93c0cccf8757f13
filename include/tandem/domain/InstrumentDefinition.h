#pragma once

#include "tandem/core/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace tandem::domain {

// Instrument definitions are data, not code: they ship as versioned JSON files under
// resources/instruments/ (compiled in as Qt resources) and every value carries its source and
// whether it was verified (DOMAIN.md). An administrator may correct a threshold in the store;
// the corrections are applied on top of the file (applyOverrides) and the version string says so.

// A value and where it came from.
struct SourcedValue {
    double value = 0;
    bool verified = false;
    QString source;
};

// An age as whole calendar months plus days ("28 months 16 days"), compared lexicographically.
struct AgeSpan {
    int months = 0;
    int days = 0;
    friend auto operator<=>(const AgeSpan&, const AgeSpan&) = default;
};

// Parses "28m16d", "24m", "6m0d". Returns nullopt when malformed.
std::optional<AgeSpan> parseAgeSpan(const QString& text);

struct NamedKey {
    QString key;   // stable token, e.g. "gross-motor"
    QString name;  // English display name; the GUI translates via tr() on known keys
};

// The age window a questionnaire may be used in, inclusive at both ends.
struct AgeWindow {
    AgeSpan from;
    AgeSpan to;
    bool verified = false;
    QString source;
};

struct Asq3Interval {
    int months = 0;
    AgeWindow window;
    QList<std::pair<QString, SourcedValue>> cutoffs;    // per domain key, 2 SD below the mean
    QList<std::pair<QString, SourcedValue>> monitoring; // per domain key, 1 SD below the mean

    const SourcedValue* cutoff(const QString& domain) const;
    const SourcedValue* monitoringThreshold(const QString& domain) const;
};

// Prematurity correction: for a child born at least minWeeksEarly before 40 weeks, use the
// age from the due date until the child is untilMonths old (chronological).
struct PrematurityRule {
    int minWeeksEarly = 3;
    int untilMonths = 24;
    bool verified = false;
    QString source;
};

struct Asq3Definition {
    QString version;                // e.g. "2026.1"
    QList<NamedKey> domains;        // the five, in form order
    int itemsPerDomain = 6;
    int maxDomainScore = 60;
    int maxMissingAdjusted = 2;     // up to this many missing items are adjusted by averaging
    SourcedValue missingItemRule;   // value unused; carries verified + source of the averaging rule
    PrematurityRule prematurity;
    QList<Asq3Interval> intervals;  // ascending by months

    const Asq3Interval* interval(int months) const;
};

struct AsqSe2Interval {
    int months = 0;
    AgeWindow window;
    SourcedValue cutoff;            // above this: refer
    SourcedValue monitoring;        // from this up to the cutoff: monitoring zone
    int maxTotal = 0;               // for input checking
};

struct AsqSe2Definition {
    QString version;
    PrematurityRule prematurity;
    int maxOmittedWithoutAdjustment = 2;
    QList<AsqSe2Interval> intervals;

    const AsqSe2Interval* interval(int months) const;
};

struct WellCommSection {
    int number = 0;
    int fromMonths = 0;             // inclusive, whole months of age
    int toMonths = 0;               // inclusive
    bool verified = false;
    QString source;
};

struct WellCommDefinition {
    QString version;
    QList<WellCommSection> sections; // ascending
    QString referralRuleSource;

    const WellCommSection* section(int number) const;
};

struct EyfsDefinition {
    QString version;
    QList<NamedKey> areas;          // the three prime areas
    QList<NamedKey> statuses;       // e.g. "on-track", "less-than-expected", "possible-delay"
    QString concernStatus;          // the status that needs follow-up ("possible-delay")
    int fromMonths = 24;            // the check is done between these ages (inclusive)
    int toMonths = 36;
    QString source;
};

struct InstrumentDefinitions {
    Asq3Definition asq3;
    AsqSe2Definition asqSe2;
    WellCommDefinition wellComm;
    EyfsDefinition eyfs;
};

// A threshold corrected by an administrator inside a store.
struct ThresholdOverride {
    QString instrument;             // "asq3" or "asqse2"
    int intervalMonths = 0;
    QString part;                   // ASQ-3 domain key, or "total" for ASQ:SE-2
    QString kind;                   // "cutoff" or "monitoring"
    double value = 0;
    QString reason;
    QString setByName;
    QString setAt;                  // ISO 8601 UTC
    QString uuid;                   // set when stored
};

namespace InstrumentFiles {

// Parse one definition file. Errors name the file's key path and what is wrong, e.g.
// "asq3.json: intervals[3].cutoffs.communication: a number between 0 and 60 is needed".
[[nodiscard]] Result<Asq3Definition> parseAsq3(const QByteArray& json);
[[nodiscard]] Result<AsqSe2Definition> parseAsqSe2(const QByteArray& json);
[[nodiscard]] Result<WellCommDefinition> parseWellComm(const QByteArray& json);
[[nodiscard]] Result<EyfsDefinition> parseEyfs(const QByteArray& json);

// The definitions shipped with this build (":/tandem/instruments/*.json").
[[nodiscard]] Result<InstrumentDefinitions> builtIn();

} // namespace InstrumentFiles

// Applies corrections in order (later wins) and appends "+store.<n>" to each corrected
// instrument's version, n = the number of corrections to that instrument. A corrected value is
// verified = true with source "Corrected in this store by <name> on <date>: <reason>".
// Overrides naming an unknown interval or part are ignored (checkOverride refuses them first).
InstrumentDefinitions applyOverrides(InstrumentDefinitions definitions, const QList<ThresholdOverride>& overrides);
} // namespace tandem::domain
