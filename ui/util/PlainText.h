#pragma once
// User-supplied strings (site, portfolio and task names, countries, notes, file names) are plain
// text wherever they are shown. Qt renders HTML in several places without asking: QLabel and
// QMessageBox in their default AutoText mode, every tooltip (Qt::mightBeRichText), Qt Charts titles,
// legend entries and axis labels (always HTML). A name like `<img src=/etc/x width=99999>` would
// otherwise draw a local file or allocate gigabytes. One helper per kind of sink, so every call
// site says which sink it feeds.
#include <QString>

namespace PlainText {

// For sinks that always parse HTML (Qt Charts titles, legend names, category-axis labels, rich
// text assembled by us): the text with <, >, & and " escaped, so it reads exactly as typed.
QString plainTextForRichContext(const QString& text);

// For sinks that guess the format (tooltips, QMessageBox texts, AutoText labels): rich text whose
// visible content is exactly `text` (escaped, line breaks kept), so the guess can never go wrong.
QString plainTextForAutoDetect(const QString& text);

// For reports and any line that mixes a user string with our own text: the string wrapped in
// FIRST STRONG ISOLATE (U+2068) … POP DIRECTIONAL ISOLATE (U+2069), so a right-to-left override
// inside a name cannot reorder the text around it (Unicode bidi algorithm, UAX #9, isolates).
QString bidiIsolated(const QString& text);

}  // namespace PlainText
