#pragma once

#include "storage/Catalog.h"
#include "storage/Demo.h"

#include <QSqlQuery>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <initializer_list>
#include <memory>

// A database in a temporary folder, with the demo data (Bắc Kạn's PAR INDEX, SIPAS and the illustrative BKCCHC
// index of 2017-2018) unless asked for an empty one.
class SetupDatabase
{
public:
    explicit SetupDatabase(bool demo = true)
    {
        path = dir.filePath(QStringLiteral("setup.db"));
        auto opened = par::Database::open(path);
        if (!opened) {
            ADD_FAILURE() << opened.error().message.toStdString();
            return;
        }
        db = std::move(opened).value();
        catalog = std::make_unique<par::Catalog>(*db);
        if (demo) {
            par::Status loaded = par::Demo::load(*catalog);
            EXPECT_TRUE(loaded.ok()) << (loaded.ok() ? "" : loaded.error().message.toStdString());
        }
    }

    qint64 count(const QString& sql, std::initializer_list<QVariant> values = {})
    {
        auto q = db->exec(sql, values);
        EXPECT_TRUE(q.ok()) << (q.ok() ? "" : q.error().message.toStdString());
        if (!q.ok() || !q.value().next())
            return -1;
        return q.value().value(0).toLongLong();
    }

    QString text(const QString& sql, std::initializer_list<QVariant> values = {})
    {
        auto q = db->exec(sql, values);
        EXPECT_TRUE(q.ok()) << (q.ok() ? "" : q.error().message.toStdString());
        if (!q.ok() || !q.value().next())
            return QString();
        return q.value().value(0).toString();
    }

    par::Index index(const QString& code) { return catalog->index(code).value(); }

    par::Framework framework(const QString& code, int year)
    {
        auto f = catalog->requireFramework(index(code), year);
        EXPECT_TRUE(f.ok()) << (f.ok() ? "" : f.error().message.toStdString());
        return f.ok() ? f.value() : par::Framework();
    }

    // The id of a criterion by index, year and code ("" for the total).
    qint64 criterion(const QString& indexCode, int year, const QString& code)
    {
        const par::Framework f = framework(indexCode, year);
        const int at = f.find(code);
        EXPECT_GE(at, 0) << code.toStdString();
        return at >= 0 ? f.criteria[at].id : 0;
    }

    QTemporaryDir dir;
    QString path;
    std::unique_ptr<par::Database> db;
    std::unique_ptr<par::Catalog> catalog;
};

inline std::string str(const QString& text)
{
    return text.toStdString();
}
