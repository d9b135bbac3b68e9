#include "util/ElidedLabel.h"

#include <QEvent>
#include <QFontMetrics>
#include <QFontMetricsF>
#include <QHelpEvent>
#include <QPainter>
#include <QStyle>
#include <QToolTip>

namespace {
const QString kEllipsis = QStringLiteral("…");
}

QString ElidedLabel::elideAtWords(const QString& text, const QFontMetrics& fm, int width) {
    if (fm.horizontalAdvance(text) <= width) return text;
    const QStringList words = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (qsizetype k = words.size() - 1; k >= 1; --k) {
        QString candidate = QStringList(words.mid(0, k)).join(QLatin1Char(' ')) + kEllipsis;
        if (fm.horizontalAdvance(candidate) <= width) return candidate;
    }
    return kEllipsis;
}

QString ElidedLabel::elideAtWords(const QString& text, const QFontMetricsF& fm, qreal width) {
    if (fm.horizontalAdvance(text) <= width) return text;
    const QStringList words = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (qsizetype k = words.size() - 1; k >= 1; --k) {
        QString candidate = QStringList(words.mid(0, k)).join(QLatin1Char(' ')) + kEllipsis;
        if (fm.horizontalAdvance(candidate) <= width) return candidate;
    }
    return kEllipsis;
}

QString ElidedLabel::shownText() const {
    return elideAtWords(text(), fontMetrics(), contentsRect().width());
}

QString ElidedLabel::effectiveToolTip() const {
    if (!isElided()) return toolTip();
    const QString whole = text().toHtmlEscaped();
    return toolTip().isEmpty() ? whole : QStringLiteral("<b>%1</b><br>%2").arg(whole, toolTip());
}

QSize ElidedLabel::minimumSizeHint() const {
    const QSize full = QLabel::minimumSizeHint();
    const QMargins m = contentsMargins();
    return {fontMetrics().horizontalAdvance(kEllipsis) * 2 + m.left() + m.right(), full.height()};
}

void ElidedLabel::paintEvent(QPaintEvent*) {
    QPainter p(this);
    style()->drawItemText(&p, contentsRect(), static_cast<int>(alignment()) | Qt::TextSingleLine, palette(),
                          isEnabled(), shownText(), foregroundRole());
}

bool ElidedLabel::event(QEvent* e) {
    if (e->type() == QEvent::ToolTip) {
        const QString tip = effectiveToolTip();
        if (tip.isEmpty()) {
            QToolTip::hideText();
            e->ignore();
        } else {
            QToolTip::showText(static_cast<QHelpEvent*>(e)->globalPos(), tip, this);
        }
        return true;
    }
    return QLabel::event(e);
}
