#pragma once

#include "../TestBackend.h"
#include "io/CsvReader.h"
#include "io/FrameworkImport.h"
#include "io/ScoreImport.h"
#include "storage/Catalog.h"

#include <QSqlQuery>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <memory>

inline par::Unit makeUnit(const QString& code, const QString& name)
{
    par::Unit unit;
    unit.code = code;
    unit.name = name;
    return unit;
}

// A fresh database in a temporary folder, or on the test cluster in the ".pg" runs (see TestBackend.h), with helpers
// that go through the same importers as the command line.
class TestDatabase
{
public:
    explicit TestDatabase(int maxVersion = -1)
        : TestDatabase(QString(), maxVersion)
    {
    }
    // On a given database (the server tests' URI), or, with none, on this test's own location.
    explicit TestDatabase(const QString& given, int maxVersion = -1)
        : dir(location.dir())
    {
        path = given.isEmpty() ? location.path() : given;
        auto opened = par::Database::open(path, maxVersion);
        if (!opened)
            ADD_FAILURE() << opened.error().message.toStdString();
        else
            db = std::move(opened).value();
        if (db)
            catalog = std::make_unique<par::Catalog>(*db);
    }

    // Creates (or updates) an index and stores a framework given as CSV text.
    par::Framework framework(const QString& code, int year, const QByteArray& csv,
                             par::Aggregation aggregation = par::Aggregation::Sum)
    {
        auto table = par::CsvReader::read(csv, QStringLiteral("framework.csv"));
        EXPECT_TRUE(table.ok()) << table.error().message.toStdString();
        par::Index index;
        if (auto found = catalog->findIndex(code); found.ok() && found.value())
            index = *found.value();
        index.code = code;
        index.name = code;
        index.aggregation = aggregation;
        auto parsed = par::FrameworkImport::parse(table.value(), index);
        EXPECT_TRUE(parsed.ok()) << parsed.error().message.toStdString();
        par::Database::Transaction t(*db);
        auto saved = catalog->saveIndex(index);
        EXPECT_TRUE(saved.ok());
        auto stored = par::FrameworkImport::store(*catalog, saved.value(), year, parsed->framework, std::nullopt);
        EXPECT_TRUE(stored.ok()) << (stored.ok() ? "" : stored.error().message.toStdString());
        EXPECT_TRUE(t.commit().ok());
        return stored.ok() ? stored.value() : par::Framework();
    }

    par::Result<par::ScoreImportPlan> plan(const QString& code, int year, const QByteArray& csv,
                                           const QString& cohort = QString(), par::Stage stage = par::Stage::Final)
    {
        auto table = par::CsvReader::read(csv, QStringLiteral("scores.csv"));
        if (!table)
            return table.error();
        return par::ScoreImport::prepare(*catalog, table.value(), code, year, cohort, stage);
    }

    // Imports scores; returns the refusals (empty when the import was written).
    QStringList scores(const QString& code, int year, const QByteArray& csv, const QString& cohort = QString(),
                       par::Stage stage = par::Stage::Final)
    {
        auto p = plan(code, year, csv, cohort, stage);
        if (!p)
            return {p.error().message};
        if (!p->acceptable())
            return p->errors;
        if (par::Status s = par::ScoreImport::apply(*catalog, p.value()); !s)
            return {s.error().message};
        return {};
    }

    qint64 count(const QString& sql)
    {
        QSqlQuery q(db->sql());
        EXPECT_TRUE(q.exec(sql)) << sql.toStdString();
        return q.next() ? q.value(0).toLongLong() : -1;
    }

    testbackend::Location location;
    const QTemporaryDir& dir; // for the files a test writes beside its database
    QString path;
    std::unique_ptr<par::Database> db;
    std::unique_ptr<par::Catalog> catalog;
};
