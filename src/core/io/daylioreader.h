// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/importfile.h"
#include "result.h"

#include <QDate>
#include <QString>
#include <QStringList>

#include <vector>

namespace ebb {

/** One Daylio entry (Daylio allows several a day). */
struct DaylioEntry
{
    int line = 0;
    QDate date;
    QString time; ///< As written ("8:15 pm", "20:15", or empty); only used to order and label notes.
    QString mood; ///< As written.
    QStringList activities;
    QString title;
    QString note; ///< HTML line breaks turned into real ones.
};

struct DaylioFile
{
    std::vector<DaylioEntry> entries;
    std::vector<ImportProblem> problems;
};

/**
 * Daylio's five default moods: rad 9, good 7, meh 5, bad 3, awful 1 (keys lower case). Ebb's mood
 * is 0–10; the odd steps leave room for custom moods placed between them.
 */
MoodMap defaultDaylioMoods();

/** Parses "super=9,ok=5" (names trimmed and lower-cased; values 0–10). */
Result<MoodMap> parseMoodMap(const QString &text);

/** True when `header` (the first record) looks like a Daylio export. */
bool isDaylioHeader(const QStringList &header);

/**
 * Reads a Daylio CSV export: comma- or tab-separated; with or without note_title; an optional
 * scales column (ignored); columns found by name. Rows that cannot be read (a day outside 1900-01-01
 * to a year after `today`, among others) are collected with their line numbers.
 */
Result<DaylioFile> readDaylioCsv(const QString &text, QDate today);

/** The moods in `entries` that neither the defaults nor `extra` place, sorted, each once. */
QStringList unknownDaylioMoods(const std::vector<DaylioEntry> &entries, const MoodMap &extra);

/**
 * One day per date: the mood is the rounded mean of the day's entries (half up); activities
 * become tags (each once); every note is kept, in time order, labelled with its time and title.
 * Entries whose mood is unknown are left out (the caller lists them first).
 */
std::vector<ImportedDay> daylioDays(const std::vector<DaylioEntry> &entries, const MoodMap &extra);

} // namespace ebb
