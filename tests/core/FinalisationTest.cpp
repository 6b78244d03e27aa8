#include "TestDatabase.h"

#include "storage/Finalisation.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
#include <QTranslator>

#include <gtest/gtest.h>

using namespace par;

TEST(Finalisation, RefusesWhileUnitsMissScoresUnlessAllowedAndReopensWithAReason)
{
    TestDatabase t;
    t.framework(QStringLiteral("P"), 2024, "code,title,max_points\n1,a,50\n2,b,50\n");
    ASSERT_TRUE(t.scores(QStringLiteral("P"), 2024, "u,1,2\nA,10,20\nB,5,\nC,,\n").isEmpty());
    auto index = t.catalog->index(QStringLiteral("P"));
    auto cohort = t.catalog->defaultCohort(index.value());
    Finalisation f(*t.catalog);
    auto unscored = f.unscored(index.value(), cohort.value(), 2024);
    ASSERT_TRUE(unscored.ok());
    EXPECT_EQ(unscored.value(), (QStringList {QStringLiteral("B"), QStringLiteral("C")}));

    const Status refused = f.finalise(index.value(), cohort.value(), 2024, false);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().kind, Error::Input);
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("B; C"))) << refused.error().message.toStdString();
    EXPECT_FALSE(t.catalog->isFinalised(cohort->id, 2024).value());

    ASSERT_TRUE(f.finalise(index.value(), cohort.value(), 2024, true, QStringLiteral("council met")).ok());
    EXPECT_TRUE(t.catalog->isFinalised(cohort->id, 2024).value());

    EXPECT_FALSE(f.reopen(index.value(), cohort.value(), 2024, QStringLiteral("  ")).ok());
    EXPECT_TRUE(t.catalog->isFinalised(cohort->id, 2024).value());
    ASSERT_TRUE(f.reopen(index.value(), cohort.value(), 2024, QStringLiteral("typo in B")).ok());
    EXPECT_FALSE(t.catalog->isFinalised(cohort->id, 2024).value());

    ASSERT_TRUE(t.scores(QStringLiteral("P"), 2024, "u,1,2\nB,5,5\nC,1,1\n").isEmpty());
    EXPECT_TRUE(f.finalise(index.value(), cohort.value(), 2024, false).ok());
}

// The lock's triggers refuse a write the program's own checks did not see coming (another program finalised in the
// meantime), in English on both backends: the refusal reaches the user in the program's language, and as the
// trigger's own words without a translation.
TEST(Finalisation, TheTriggersRefusalIsSaidInTheUsersLanguage)
{
    TestDatabase t;
    t.framework(QStringLiteral("P"), 2024, "code,title,max_points\n1,a,50\n");
    ASSERT_TRUE(t.scores(QStringLiteral("P"), 2024, "u,1\nA,10\n").isEmpty());
    auto index = t.catalog->index(QStringLiteral("P"));
    auto cohort = t.catalog->defaultCohort(index.value());
    ASSERT_TRUE(Finalisation(*t.catalog).finalise(index.value(), cohort.value(), 2024, false).ok());
    const QString write = QStringLiteral("UPDATE scores SET value_micro = 0");

    QTranslator vietnamese;
    ASSERT_TRUE(vietnamese.load(QStringLiteral(":/i18n/parindex_vi.qm")));
    QCoreApplication::installTranslator(&vietnamese);
    auto refused = t.db->exec(write);
    QCoreApplication::removeTranslator(&vietnamese);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().kind, Error::Input);
    EXPECT_EQ(refused.error().message.toStdString(), "đã chốt: hãy mở lại nhóm-năm trước khi sửa điểm");

    refused = t.db->exec(write);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().message.toStdString(), "finalised: reopen the cohort-year before changing its scores");
    // Every refusal the triggers of either backend write is known, and has its translation.
    QCoreApplication::installTranslator(&vietnamese);
    QSet<QString> known;
    for (const QString& folder : {QStringLiteral(PARINDEX_SQL_DIR), QStringLiteral(PARINDEX_SQL_DIR "/pg")}) {
        const QRegularExpression raised(QStringLiteral("RAISE(?:\\(ABORT,| EXCEPTION) '(finalised:[^']*)'"));
        for (const QFileInfo& file : QDir(folder).entryInfoList({QStringLiteral("*.sql")}, QDir::Files)) {
            QFile f(file.filePath());
            ASSERT_TRUE(f.open(QIODevice::ReadOnly));
            const QString text = QString::fromUtf8(f.readAll());
            for (auto m = raised.globalMatch(text); m.hasNext();) {
                const QString english = m.next().captured(1);
                known.insert(english);
                const QString said = Database::lockRefusal(english).message;
                EXPECT_TRUE(said.startsWith(QStringLiteral("đã chốt: ")))
                    << english.toStdString() << " in " << file.fileName().toStdString();
            }
        }
    }
    QCoreApplication::removeTranslator(&vietnamese);
    EXPECT_EQ(known.size(), 13);
}
