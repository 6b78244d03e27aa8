// One translation path (issue 10): the documents' words come from translations/*.ts through a translator of their
// own, independent of the one installed for the window, and say exactly what the hand-written tables said before.
#include "i18n/DocumentTranslator.h"
#include "io/Export.h"
#include "report/ReportStrings.h"
#include "storage/Catalog.h"
#include "storage/Database.h"
#include "storage/Demo.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTranslator>

#include <gtest/gtest.h>

#include <atomic>
#include <memory>
#include <thread>
#include <vector>

using namespace par;

namespace {

QJsonObject documentTexts()
{
    QFile file(QStringLiteral(PARINDEX_I18N_TEST_DATA "/document_texts.json"));
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << file.fileName().toStdString();
    return QJsonDocument::fromJson(file.readAll()).object();
}

// The window's translator, installed on the application for the length of a test.
class WindowLanguage
{
public:
    explicit WindowLanguage(const QString& language)
    {
        EXPECT_TRUE(m_translator.load(QStringLiteral(":/i18n/parindex_%1.qm").arg(language)));
        QCoreApplication::installTranslator(&m_translator);
    }
    ~WindowLanguage() { QCoreApplication::removeTranslator(&m_translator); }

private:
    QTranslator m_translator;
};

} // namespace

TEST(DocumentTranslator, LoadsBothCatalogues)
{
    EXPECT_TRUE(DocumentTranslator::of(DocumentLanguage::Vietnamese).loaded());
    EXPECT_TRUE(DocumentTranslator::of(DocumentLanguage::English).loaded());
    EXPECT_TRUE(DocumentTranslator::of(QStringLiteral("en")).english());
    EXPECT_FALSE(DocumentTranslator::of(QStringLiteral("vi")).english());
}

// Every key of the report, in both languages, word for word as the old vi/en switch gave it.
TEST(DocumentTranslator, ReportWordsUnchanged)
{
    const QJsonArray report = documentTexts().value(QStringLiteral("report")).toArray();
    ASSERT_GE(report.size(), 145);
    for (const QJsonValue& value : report) {
        const QJsonObject entry = value.toObject();
        const auto key = ReportStrings::Key(entry.value(QStringLiteral("key")).toInt());
        const std::string name = entry.value(QStringLiteral("name")).toString().toStdString();
        EXPECT_EQ(ReportStrings::text(key, false), entry.value(QStringLiteral("vi")).toString()) << name;
        EXPECT_EQ(ReportStrings::text(key, true), entry.value(QStringLiteral("en")).toString()) << name;
    }
}

// Every key, including the ones added after the move, has a finished Vietnamese translation in the catalogue (a key
// without one would print its English source in a Vietnamese report).
// A helper's new Report texts whose Vietnamese waits in translations/new-*.json for the lead's lupdate (helpers never
// edit the .ts files; scripts/check-translations.py notes them the same way).
QJsonObject pendingTranslations()
{
    QJsonObject pending;
    const QDir dir(QStringLiteral(PARINDEX_TRANSLATIONS_DIR));
    for (const QString& name : dir.entryList({QStringLiteral("new-*.json")}, QDir::Files)) {
        QFile file(dir.filePath(name));
        if (file.open(QIODevice::ReadOnly)) {
            const QJsonObject texts = QJsonDocument::fromJson(file.readAll()).object();
            for (auto it = texts.begin(); it != texts.end(); ++it)
                pending.insert(it.key(), it.value());
        }
    }
    return pending;
}

TEST(DocumentTranslator, EveryReportKeyTranslated)
{
    const DocumentTranslator& vi = DocumentTranslator::of(DocumentLanguage::Vietnamese);
    const DocumentTranslator& en = DocumentTranslator::of(DocumentLanguage::English);
    const QJsonObject pending = pendingTranslations();
    for (int k = 0; k < ReportStrings::KeyCount; ++k) {
        const DocumentTranslator::Source source = ReportStrings::source(ReportStrings::Key(k));
        ASSERT_NE(source.text, nullptr) << k;
        const QString text = QString::fromUtf8(source.text);
        if (!vi.has(ReportStrings::context, source) && pending.contains(text)) {
            EXPECT_NE(pending.value(text).toString(), text) << k;
            continue;
        }
        EXPECT_TRUE(vi.has(ReportStrings::context, source)) << k << " " << source.text;
        EXPECT_TRUE(en.has(ReportStrings::context, source)) << k << " " << source.text;
        EXPECT_NE(vi.translate(ReportStrings::context, source), QString::fromUtf8(source.text)) << k;
    }
}

// Every word the exports write, as Export.cpp's say() gave it.
TEST(DocumentTranslator, ExportWordsUnchanged)
{
    const QJsonArray words = documentTexts().value(QStringLiteral("export")).toArray();
    ASSERT_GE(words.size(), 70);
    const DocumentTranslator& vi = DocumentTranslator::of(DocumentLanguage::Vietnamese);
    const DocumentTranslator& en = DocumentTranslator::of(DocumentLanguage::English);
    for (const QJsonValue& value : words) {
        const QJsonObject entry = value.toObject();
        const QByteArray source = entry.value(QStringLiteral("source")).toString().toUtf8();
        const QByteArray disambiguation = entry.value(QStringLiteral("disambiguation")).toString().toUtf8();
        const DocumentTranslator::Source s(source.constData(),
                                           disambiguation.isEmpty() ? nullptr : disambiguation.constData());
        EXPECT_EQ(vi.translate("Export", s), entry.value(QStringLiteral("vi")).toString()) << source.constData();
        EXPECT_EQ(en.translate("Export", s), QString::fromUtf8(source)) << source.constData();
    }
}

// The document's language does not follow the window's: a Vietnamese report from an English window and an English
// one from a Vietnamese window.
TEST(DocumentTranslator, IndependentOfTheWindow)
{
    {
        WindowLanguage window(QStringLiteral("en"));
        EXPECT_EQ(QCoreApplication::translate("par::Export", "the audit log"), QStringLiteral("the audit log"));
        EXPECT_EQ(ReportStrings(QStringLiteral("vi"))(ReportStrings::SummaryHeading), QStringLiteral("KẾT QUẢ CHUNG"));
        EXPECT_EQ(ReportStrings(QStringLiteral("vi"))(ReportStrings::PlaceAndDate),
                  QStringLiteral("%1, ngày %2 tháng %3 năm %4"));
        EXPECT_EQ(ReportStrings::text(ReportStrings::ColumnScore, false), QStringLiteral("Điểm đạt"));
        EXPECT_EQ(ReportStrings::text(ReportStrings::ColumnAchieved, false), QStringLiteral("Đạt"));
        EXPECT_EQ(ReportStrings::text(ReportStrings::TotalRow, false), QStringLiteral("Tổng cộng"));
        EXPECT_EQ(ReportStrings::text(ReportStrings::ColumnTotal, false), QStringLiteral("Tổng điểm"));
    }
    {
        WindowLanguage window(QStringLiteral("vi"));
        EXPECT_EQ(QCoreApplication::translate("par::Export", "the audit log"), QStringLiteral("nhật ký thay đổi"));
        EXPECT_EQ(ReportStrings(QStringLiteral("en"))(ReportStrings::SummaryHeading), QStringLiteral("OVERALL RESULT"));
        EXPECT_EQ(ReportStrings(QStringLiteral("en"))(ReportStrings::ColumnScore), QStringLiteral("Score"));
        EXPECT_EQ(ReportStrings(QStringLiteral("vi"))(ReportStrings::SummaryHeading), QStringLiteral("KẾT QUẢ CHUNG"));
    }
}

// An export built from the demo database, in each language, whatever the window's.
TEST(DocumentTranslator, ExportInEitherLanguage)
{
    QTemporaryDir dir;
    auto opened = Database::open(dir.filePath(QStringLiteral("demo.db")));
    ASSERT_TRUE(opened.ok());
    std::unique_ptr<Database> db = std::move(opened).value();
    Catalog catalog(*db);
    ASSERT_TRUE(Demo::load(catalog).ok());
    ExportRequest request;
    request.indexCode = QStringLiteral("BKCCHC");
    request.year = 2018;

    WindowLanguage window(QStringLiteral("en"));
    request.language = ExportLanguage::Vietnamese;
    auto vi = Export::scoreTemplate(catalog, request);
    ASSERT_TRUE(vi.ok());
    ASSERT_EQ(vi->sheets.size(), 3);
    EXPECT_EQ(vi->sheets[0].name, QStringLiteral("Điểm"));
    EXPECT_EQ(vi->sheets[0].columns[0].header, QStringLiteral("Đơn vị"));
    EXPECT_EQ(vi->sheets[1].name, QStringLiteral("Tiêu chí"));
    EXPECT_EQ(vi->sheets[2].name, QStringLiteral("Hướng dẫn"));
    EXPECT_TRUE(vi->title.startsWith(QStringLiteral("Biểu mẫu chấm điểm "))) << vi->title.toStdString();
    EXPECT_TRUE(vi->what.startsWith(QStringLiteral("the BKCCHC 2018 score template"))) << vi->what.toStdString();

    request.language = ExportLanguage::English;
    auto en = Export::scoreTemplate(catalog, request);
    ASSERT_TRUE(en.ok());
    EXPECT_EQ(en->sheets[0].name, QStringLiteral("Scores"));
    EXPECT_EQ(en->sheets[1].columns[2].header, QStringLiteral("max_points"));
    EXPECT_EQ(en->sheets[2].name, QStringLiteral("Instructions"));

    auto audit = Export::auditLog(catalog, request);
    ASSERT_TRUE(audit.ok());
    EXPECT_EQ(audit->sheets[0].name, QStringLiteral("Audit log"));
    request.language = ExportLanguage::Vietnamese;
    audit = Export::auditLog(catalog, request);
    ASSERT_TRUE(audit.ok());
    EXPECT_EQ(audit->sheets[0].name, QStringLiteral("Nhật ký"));
    EXPECT_EQ(audit->title, QStringLiteral("Nhật ký thay đổi BKCCHC 2018"));
}

// Translating from several threads at once: the catalogues are loaded once (function-local statics) and only read.
TEST(DocumentTranslator, ManyThreadsAtOnce)
{
    std::atomic<int> wrong {0};
    std::vector<std::thread> threads;
    for (int t = 0; t < 4; ++t) {
        threads.emplace_back([&wrong, t] {
            for (int i = 0; i < 500; ++i) {
                const bool english = (i + t) % 2 == 1;
                const QString text = ReportStrings::text(ReportStrings::LostHeading, english);
                if (text
                    != (english ? QStringLiteral("WHERE POINTS WERE LOST")
                                : QStringLiteral("NHỮNG TIÊU CHÍ BỊ MẤT ĐIỂM")))
                    ++wrong;
            }
        });
    }
    for (std::thread& thread : threads)
        thread.join();
    EXPECT_EQ(wrong.load(), 0);
}
