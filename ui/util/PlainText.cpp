#include "util/PlainText.h"

#include <QTextDocument>  // Qt::convertFromPlainText

namespace PlainText {

QString plainTextForRichContext(const QString& text) {
    return text.toHtmlEscaped();
}

QString plainTextForAutoDetect(const QString& text) {
    // convertFromPlainText escapes and wraps in <p>…</p>, which Qt::mightBeRichText always takes
    // for HTML; WhiteSpaceNormal keeps the tooltip wrapping like any other.
    return Qt::convertFromPlainText(text, Qt::WhiteSpaceNormal);
}

QString bidiIsolated(const QString& text) {
    constexpr char16_t kLeftToRightIsolate = 0x2066, kRightToLeftIsolate = 0x2067,
                       kFirstStrongIsolate = 0x2068, kPopDirectionalIsolate = 0x2069;
    // The isolate holds only if the text's own isolates are balanced: a stray PDI inside the name
    // would close ours early, an unclosed LRI/RLI/FSI would swallow our closing PDI. Drop the
    // former, close the latter.
    QString out;
    out.reserve(text.size() + 4);
    out += QChar(kFirstStrongIsolate);
    int open = 0;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u == kLeftToRightIsolate || u == kRightToLeftIsolate || u == kFirstStrongIsolate) {
            ++open;
        } else if (u == kPopDirectionalIsolate) {
            if (open == 0) continue;
            --open;
        }
        out += c;
    }
    for (; open > 0; --open) out += QChar(kPopDirectionalIsolate);
    out += QChar(kPopDirectionalIsolate);
    return out;
}

}  // namespace PlainText
