#include "core/config/sashpriority.h"

#include <QList>
#include <QSet>

#include "core/config/paramregistry.h"

namespace Marquee::Config {

namespace {

const QString &defaultSeed()
{
    static const QString seed = QStringLiteral("default");
    return seed;
}

QStringList tokenize(QStringView raw)
{
    QStringList tokens;
    for (QStringView part : raw.split(QLatin1Char(','))) {
        const QString token = part.trimmed().toString().toLower();
        if (!token.isEmpty())
            tokens.append(token);
    }
    return tokens;
}

// "slot@N": moves the slot(s) to index N (clamped to the end), inserting them when missing.
bool applyMove(QStringList &list, QStringView token)
{
    const qsizetype at = token.indexOf(QLatin1Char('@'));
    const QStringList slotNames = SashPriority::expand(token.left(at));
    bool ok = false;
    const int index = token.mid(at + 1).toInt(&ok);
    if (slotNames.isEmpty() || !ok)
        return false;
    for (const QString &slot : slotNames)
        list.removeAll(slot);
    qsizetype pos = std::clamp<qsizetype>(index, 0, list.size());
    for (const QString &slot : slotNames)
        list.insert(pos++, slot);
    return true;
}

QStringList resolveDiff(const QStringList &tokens)
{
    QStringList list = ParamRegistry::defaultSashPriority();
    for (const QString &token : tokens.mid(1)) {
        if (token.startsWith(QLatin1Char('-'))) {
            for (const QString &slot : SashPriority::expand(QStringView(token).mid(1)))
                list.removeAll(slot);
        } else if (token.contains(QLatin1Char('@'))) {
            applyMove(list, token);
        } else {
            for (const QString &slot : SashPriority::expand(token)) {
                if (!list.contains(slot))
                    list.append(slot);
            }
        }
    }
    return list;
}

std::optional<QStringList> resolveExplicit(const QStringList &tokens)
{
    QStringList list;
    QSet<QString> excluded;
    bool recognised = false;
    for (const QString &token : tokens) {
        if (token == SashPriority::noneToken()) {
            recognised = true;
            continue;
        }
        const bool exclusion = token.startsWith(QLatin1Char('-'));
        const QStringList slotNames
            = SashPriority::expand(exclusion ? QStringView(token).mid(1) : QStringView(token));
        if (slotNames.isEmpty())
            continue; // unknown tokens are skipped, never an error
        recognised = true;
        for (const QString &slot : slotNames) {
            if (exclusion)
                excluded.insert(slot);
            else if (!list.contains(slot))
                list.append(slot);
        }
    }
    if (!recognised)
        return std::nullopt;
    list.removeIf([&excluded](const QString &slot) { return excluded.contains(slot); });
    return list;
}

// Marks which entries of `target` belong to one longest common subsequence with `base`:
// those keep their relative order and need no move token.
QList<bool> inCommonSubsequence(const QStringList &base, const QStringList &target)
{
    const qsizetype n = base.size();
    const qsizetype m = target.size();
    QList<QList<int>> len(n + 1, QList<int>(m + 1, 0));
    for (qsizetype i = n - 1; i >= 0; --i) {
        for (qsizetype j = m - 1; j >= 0; --j) {
            len[i][j]
                = base.at(i) == target.at(j) ? len[i + 1][j + 1] + 1 : std::max(len[i + 1][j], len[i][j + 1]);
        }
    }
    QList<bool> kept(m, false);
    qsizetype i = 0;
    qsizetype j = 0;
    while (i < n && j < m) {
        if (base.at(i) == target.at(j)) {
            kept[j] = true;
            ++i;
            ++j;
        } else if (len[i + 1][j] >= len[i][j + 1]) {
            ++i;
        } else {
            ++j;
        }
    }
    return kept;
}

// One "slot@N" per slot outside the common subsequence, in target order. Each lands right after its
// predecessor in the target list; slots still waiting to move are ignored because they leave later.
QStringList moveTokens(QStringList current, const QStringList &target)
{
    const QList<bool> kept = inCommonSubsequence(current, target);
    QStringList tokens;
    for (qsizetype j = 0; j < target.size(); ++j) {
        if (kept.at(j))
            continue;
        const QString &slot = target.at(j);
        current.removeAll(slot);
        const qsizetype pos = j == 0 ? 0 : current.indexOf(target.at(j - 1)) + 1;
        current.insert(pos, slot);
        tokens.append(slot + QLatin1Char('@') + QString::number(pos));
    }
    return tokens;
}

} // namespace

QStringList SashPriority::expand(QStringView token)
{
    if (token == QLatin1String("structural"))
        return { QStringLiteral("short_film"), QStringLiteral("mini_series"), QStringLiteral("binge_ready") };
    if (token == QLatin1String("release_status")) {
        return { QStringLiteral("airing"), QStringLiteral("cancelled"), QStringLiteral("ended"),
            QStringLiteral("physical"), QStringLiteral("streaming"), QStringLiteral("cinema"),
            QStringLiteral("production") };
    }
    for (const QString &slot : ParamRegistry::knownSashSlots()) {
        if (slot == token)
            return { slot };
    }
    return {};
}

std::optional<QStringList> SashPriority::resolve(QStringView raw)
{
    const QStringList tokens = tokenize(raw);
    if (tokens.isEmpty())
        return std::nullopt;
    if (tokens.first() == defaultSeed())
        return resolveDiff(tokens);
    return resolveExplicit(tokens);
}

QString SashPriority::diffForm(const QStringList &effective)
{
    const QStringList &defaults = ParamRegistry::defaultSashPriority();
    QStringList head { defaultSeed() };
    QStringList base;
    for (const QString &slot : defaults) {
        if (effective.contains(slot))
            base.append(slot);
        else
            head.append(QLatin1Char('-') + slot);
    }
    const QString diff = (head + moveTokens(base, effective)).join(QLatin1Char(','));
    // The construction is exact; the check only guards callers passing duplicates or unknown slots.
    return resolve(diff) == effective ? diff : QString();
}

QString SashPriority::shortestForm(const QStringList &effective)
{
    if (effective == ParamRegistry::defaultSashPriority())
        return defaultSeed();
    if (effective.isEmpty())
        return noneToken();
    const QString explicitList = effective.join(QLatin1Char(','));
    const QString diff = diffForm(effective);
    return !diff.isEmpty() && diff.size() < explicitList.size() ? diff : explicitList;
}

} // namespace Marquee::Config
