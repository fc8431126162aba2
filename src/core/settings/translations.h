// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QCoreApplication;

namespace ebb {

/**
 * Installs Ebb's own words, then Qt's, in the person's language (the default QLocale, which
 * follows LANGUAGE and LANG), so the app and `ebb-cli` speak alike. The translators belong to
 * `app`. A language Ebb has no words for leaves the English texts.
 */
void installTranslations(QCoreApplication &app);

} // namespace ebb
