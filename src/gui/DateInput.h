#pragma once

#include <QDate>
#include <QString>

#include <optional>

namespace tandem::gui::DateInput {

// A date typed into a text field, day first as on a red book or birth notification:
// "14/3/2025", "14-03-2025", "14.03.2025", "14 Mar 2025", or ISO "2025-03-14". Four-digit
// years only: "14/3/25" could be 1925 or 2025 for a date of birth. nullopt when the text is
// not a real calendar date.
std::optional<QDate> parse(const QString& text);
QString format(const QDate& date); // "14/03/2025"
QString formatHint();              // what to type instead, as one translated sentence

} // namespace tandem::gui::DateInput
