#pragma once

#include <array>

#include "core/pipeline/sashvocabulary.h"

// The per-language tables behind SashVocabulary. Private to core/pipeline: data only, UTF-8 literals,
// nullptr = "use the English word" (the reference's per-key English fallback).
namespace Marquee::Pipeline::VocabularyData {

inline constexpr int LanguageNameCount = 51;
inline constexpr int GenreCount = 24;

struct LanguageName
{
    const char *codes;    // ISO 639-1 codes naming this language, space separated ("zh cn")
    const char *english;
};

struct Table
{
    const char *code;                                        // "es", "pt-br"
    std::array<const char *, SashWordCount> words;           // in SashWord order
    std::array<const char *, 12> months;                     // short month names, January first
    const char *trending;                                    // "{rank}" placeholder
    const char *releaseDay;                                  // "{month}", "{day}", "{window}"
    const char *releaseMonth;                                // "{month}", "{year}", "{window}"
    std::array<const char *, LanguageNameCount> languageNames;  // in languageNames() order
    std::array<const char *, GenreCount> genres;             // in genreKeys() order
};

const std::array<const char *, SashWordCount> &englishWords();
const std::array<LanguageName, LanguageNameCount> &languageNames();
const std::array<const char *, GenreCount> &genreKeys();
const Table &english();
const std::array<const Table *, 6> &tables();   // english() first

} // namespace Marquee::Pipeline::VocabularyData
