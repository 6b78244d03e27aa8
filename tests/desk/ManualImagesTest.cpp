// The manual's pictures (ManualShots.h): every image the manual of either language refers to is compiled into the
// program, is a real picture (not a blank or a one-colour frame) of the size the build renders, and shows the window in
// the manual's own language; the manual's browser finds them where the HTML says.
#include "help/ManualShots.h"

#include <QFile>
#include <QImage>
#include <QRegularExpression>
#include <QSet>
#include <QTextBrowser>
#include <QTextDocument>
#include <QUrl>

#include <gtest/gtest.h>

using namespace par::ui;

namespace {

QStringList imagesOf(const QString& language)
{
    QFile file(QStringLiteral(":/manual/manual_%1.html").arg(language));
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << language.toStdString();
    const QString html = QString::fromUtf8(file.readAll());
    static const QRegularExpression img(QStringLiteral("<img[^>]*\\bsrc=\"([^\"]+)\""));
    QStringList sources;
    for (auto it = img.globalMatch(html); it.hasNext();)
        sources << it.next().captured(1);
    return sources;
}

// Distinct colours over a grid of the picture: a blank or failed render has one or two.
int coloursIn(const QImage& image)
{
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 7)
        for (int x = 0; x < image.width(); x += 7)
            colours.insert(image.pixel(x, y));
    return int(colours.size());
}

} // namespace

TEST(ManualImages, TheProgramCarriesThem)
{
    EXPECT_TRUE(manualImagesBuiltIn());
}

TEST(ManualImages, EveryReferencedPictureIsThereAndReal)
{
    for (const QString& language : ManualShots::languages()) {
        const QStringList sources = imagesOf(language);
        // Each main page and the report dialog, in the manual's own language.
        for (const QString& name : ManualShots::names())
            EXPECT_TRUE(sources.contains(QStringLiteral("shots/%1/%2.png").arg(language, name)))
                << language.toStdString() << " manual does not show " << name.toStdString();
        for (const QString& source : sources) {
            SCOPED_TRACE(source.toStdString());
            EXPECT_TRUE(source.startsWith(QStringLiteral("shots/%1/").arg(language)));
            const QString path = QStringLiteral(":/manual/") + source;
            ASSERT_TRUE(QFile::exists(path));
            const QImage image(path);
            ASSERT_FALSE(image.isNull());
            EXPECT_EQ(image.size(), ManualShots::size());
            EXPECT_GT(coloursIn(image), 40);
        }
    }
}

TEST(ManualImages, EachLanguageShowsItsOwnWindow)
{
    for (const QString& name : ManualShots::names()) {
        const QImage vi(QStringLiteral(":/manual/shots/vi/%1.png").arg(name));
        const QImage en(QStringLiteral(":/manual/shots/en/%1.png").arg(name));
        ASSERT_FALSE(vi.isNull()) << name.toStdString();
        ASSERT_FALSE(en.isNull()) << name.toStdString();
        EXPECT_NE(vi, en) << name.toStdString() << ": the Vietnamese and English pictures are the same";
    }
}

TEST(ManualImages, TheManualsBrowserFindsThem)
{
    QTextBrowser browser;
    browser.setSource(QUrl(QStringLiteral("qrc:/manual/manual_en.html")));
    const QVariant image
        = browser.document()->resource(QTextDocument::ImageResource, QUrl(QStringLiteral("shots/en/overview.png")));
    ASSERT_TRUE(image.isValid());
    // The browser hands the file's bytes to the document, which decodes them when it lays the picture out.
    const QImage loaded = image.typeId() == QMetaType::QByteArray ? QImage::fromData(image.toByteArray())
                                                                  : qvariant_cast<QImage>(image);
    EXPECT_EQ(loaded.size(), ManualShots::size());
}
