// Currency in the GUI (issue 15): a project whose file says NOK opens with a warning naming NOK and
// saying amounts are treated as USD; an edit of the currency to anything but USD is refused.
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

#include "document/ProjectDocument.h"
#include "io/PortfolioFile.h"
#include "support/Fixtures.h"
#include "support/QtApp.h"

TEST_CASE("A file in NOK opens with a warning, and the currency edit accepts only USD", "[ui][currency]") {
    testsupport::qtApp();
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    m2ai::Portfolio nok = testsupport::fixturePortfolio();
    nok.currency = "NOK";
    const QString path = dir.filePath(QStringLiteral("nok.m2ai"));
    REQUIRE(m2ai::savePortfolioFile(nok, QFile::encodeName(path).toStdString()).ok);

    ProjectDocument doc;
    const ProjectDocument::OpenResult opened = doc.openFile(path);
    REQUIRE(opened.ok);
    CHECK(opened.warning.contains(QStringLiteral("NOK")));
    CHECK(opened.warning.contains(QStringLiteral("treated as USD")));

    // Other edits keep the file's code (it is not silently rewritten).
    REQUIRE(doc.editPortfolio(QStringLiteral("rate"), QStringLiteral("portfolio.discountRatePct"),
                              [](m2ai::Portfolio& p) { p.discountRatePct = 9.0; }));
    CHECK(doc.portfolio().currency == "NOK");

    QString error;
    CHECK_FALSE(doc.editPortfolio(
        QStringLiteral("currency"), QStringLiteral("portfolio.currency"),
        [](m2ai::Portfolio& p) { p.currency = "EUR"; }, &error));
    CHECK(error.contains(QStringLiteral("currency")));
    CHECK(error.contains(QStringLiteral("must be USD")));
    CHECK(doc.portfolio().currency == "NOK");
    REQUIRE(doc.editPortfolio(QStringLiteral("currency"), QStringLiteral("portfolio.currency"),
                              [](m2ai::Portfolio& p) { p.currency = "USD"; }));
    CHECK(doc.portfolio().currency == "USD");

    // A USD file opens without a warning.
    const QString usd = dir.filePath(QStringLiteral("usd.m2ai"));
    REQUIRE(
        m2ai::savePortfolioFile(testsupport::fixturePortfolio(), QFile::encodeName(usd).toStdString()).ok);
    CHECK(doc.openFile(usd).warning.isEmpty());
}
