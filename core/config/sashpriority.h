#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace Marquee::Config {

// The sash_priority grammar of reference §2.8, in one place: the daemon parses it, the app and the
// web page write its shortest form. An explicit list is authoritative ("wins,cult" → only those two),
// "-slot" excludes, an all-exclusions list means no sashes, and a list seeded with "default" edits
// the default order: "default,-cult,festival@0" removes cult and moves festival to the front.
class SashPriority
{
public:
    // The effective ordered slot list (group tokens expanded, no duplicates). nullopt when the value
    // says nothing usable (empty, or only unknown tokens): the caller falls back to the default.
    static std::optional<QStringList> resolve(QStringView raw);

    // Expands a token: "structural" and "release_status" are groups, a known slot is itself,
    // anything else is empty.
    static QStringList expand(QStringView token);

    // The shortest string that resolve() turns back into `effective`: "default", a diff against the
    // default ("default,-cult,festival@0"), the explicit list, or "none" for no sashes.
    static QString shortestForm(const QStringList &effective);

    // The diff form against the default order (seed "default", "-slot" for removed slots, then
    // one "slot@index" per moved or added slot, as few as the longest kept subsequence allows).
    // Empty when `effective` holds duplicates or unknown slots.
    static QString diffForm(const QStringList &effective);

    // The stored spelling of an empty list (no sashes), distinct from the default.
    static QString noneToken() { return QStringLiteral("none"); }
};

} // namespace Marquee::Config
