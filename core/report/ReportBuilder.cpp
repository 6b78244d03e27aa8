#include "report/ReportBuilder.h"

#include "report/ReportStrings.h"
#include "scoring/Analysis.h"
#include "scoring/Standing.h"
#include "storage/LineageStore.h"
#include "storage/ReportSettings.h"

#include <QRegularExpression>

#include <QLocale>
#include <QMap>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace par {

namespace {

using S = ReportStrings;

QString roman(int n)
{
    static const std::pair<int, const char*> numerals[]
        = {{1000, "M"}, {900, "CM"}, {500, "D"}, {400, "CD"}, {100, "C"}, {90, "XC"}, {50, "L"},
           {40, "XL"},  {10, "X"},   {9, "IX"},  {5, "V"},    {4, "IV"},  {1, "I"}};
    QString out;
    for (const auto& [value, text] : numerals) {
        while (n >= value) {
            out += QLatin1String(text);
            n -= value;
        }
    }
    return out;
}

double toDouble(Decimal d)
{
    return double(d.micro()) / double(Decimal::One);
}

// A value axis from a little below the lowest point to a little above the highest, in round steps, inside
// [0, full]: a trend of 73,92 to 74,62 on 0-100 is a flat line, on 73-75 a cliff; 60-85 reads honestly.
void chooseAxis(ReportChart& chart, double lo, double hi, double full, const QLocale& locale)
{
    const double pad = full * 0.1;
    double from = std::max(0.0, lo - pad);
    double to = std::min(full, hi + pad);
    if (to <= from)
        to = from + 1;
    const double raw = (to - from) / 5;
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    double step = magnitude;
    for (double m : {1.0, 2.0, 2.5, 5.0, 10.0}) {
        step = m * magnitude;
        if (step >= raw)
            break;
    }
    chart.axisMin = std::max(0.0, std::floor(from / step) * step);
    chart.axisMax = std::min(full, std::ceil(to / step) * step);
    if (chart.axisMax <= chart.axisMin)
        chart.axisMax = chart.axisMin + step;
    const int decimals = step < 1 ? (step < 0.1 ? 2 : 1) : 0;
    for (double v = chart.axisMin; v <= chart.axisMax + step / 1000; v += step)
        chart.ticks.append({v, locale.toString(v, 'f', decimals)});
}

class Composer
{
    Q_DECLARE_TR_FUNCTIONS(par::ReportBuilder)

public:
    Composer(Catalog& catalog, const ReportOptions& options)
        : m_catalog(catalog)
        , m_analysis(catalog)
        , m_options(options)
        , m_s(options.language)
        , m_locale(m_s.english() ? QLocale(QLocale::English, QLocale::UnitedKingdom)
                                 : QLocale(QLocale::Vietnamese, QLocale::Vietnam))
    {
    }

    Result<Report> run();

private:
    Status resolve();
    void titleBlock();
    void summary();
    void trendSection();
    Status fieldsSection();
    Status sipasSection();
    Status lostSection();
    Status rankingsSection();
    void signature();

    QString num(Decimal d) const { return d.toString(m_locale); }
    QString num2(Decimal d) const { return d.toString(m_locale, 2); }
    // The minus sign, not a hyphen: −8,67.
    QString signedNum(Decimal d) const
    {
        return (d > Decimal()       ? QStringLiteral("+")
                    : d < Decimal() ? QStringLiteral("\u2212")
                                    : QString())
            + num2(d < Decimal() ? -d : d);
    }
    // How many of a list sorted on `key` a top-N table shows: N, and the rows tied with the N-th as well, unless that
    // would add more than half as many again; then N, and *more says how many further rows share the N-th value.
    template <typename T, typename Key> static int topCount(const QList<T>& rows, int n, Key key, int* more)
    {
        *more = 0;
        if (rows.size() <= n)
            return int(rows.size());
        int count = n;
        while (count < rows.size() && key(rows[count]) == key(rows[n - 1]))
            ++count;
        if (count - n > std::max(2, n / 2)) {
            *more = count - n;
            return n;
        }
        return count;
    }
    QString percentOf(Decimal value, Decimal max) const
    {
        return max.isZero() ? QStringLiteral("–") : num2(Decimal::percent(value, max));
    }
    QString rankText(const std::optional<int>& rank, const std::optional<int>& of) const
    {
        return rank && of ? QStringLiteral("%1/%2").arg(*rank).arg(*of) : QStringLiteral("–");
    }
    QString unitPhrase() const { return isProvince() ? m_s(S::ProvinceOf).arg(m_unit.name) : inText(m_unit.name); }
    // A unit's name inside a Vietnamese sentence: the kind of unit is a common noun ("của huyện Pác Nặm", "xã Thạch
    // Hà"), the proper name keeps its case; a department's name ("Sở Tư pháp") is a proper name as a whole.
    QString inText(const QString& name) const
    {
        if (m_s.english())
            return name;
        for (const char* kind : {"Huyện ", "Thành phố ", "Thị xã ", "Quận ", "Xã ", "Phường ", "Thị trấn ", "Tỉnh "}) {
            const QString k = QString::fromUtf8(kind);
            if (name.startsWith(k))
                return m_locale.toLower(k) + name.mid(k.size());
        }
        return name;
    }
    bool isProvince() const { return m_unit.kind == QLatin1String("province"); }
    QString unitKey() const { return m_unit.code.isEmpty() ? m_unit.name : m_unit.code; }
    QString tableCaption(const QString& text) { return m_s(S::TableLabel).arg(QString::number(++m_tables), text); }
    QString chartTitle(const QString& text) { return m_s(S::ChartLabel).arg(QString::number(++m_charts), text); }
    QString yearText(int year) const { return QString::number(year); }
    QString codeAndTitle(const Criterion& c) const
    {
        return c.code.isEmpty() ? c.title : c.code + QStringLiteral(". ") + c.title;
    }

    static ReportBlock paragraph(const QString& text, ReportBlock::Kind kind = ReportBlock::Paragraph)
    {
        ReportBlock b;
        b.kind = kind;
        b.text = text;
        return b;
    }
    static ReportBlock tableBlock(ReportTable table)
    {
        ReportBlock b;
        b.kind = ReportBlock::Table;
        b.table = std::move(table);
        return b;
    }
    static ReportBlock chartBlock(ReportChart chart)
    {
        ReportBlock b;
        b.kind = ReportBlock::Chart;
        b.chart = std::move(chart);
        return b;
    }
    ReportSection& section(const QString& id, S::Key heading)
    {
        ReportSection s;
        s.id = id;
        s.heading = m_s(heading);
        m_report.sections.append(s);
        return m_report.sections.last();
    }
    ReportTable rankingTable(const RankingResult& ranking);
    QString predecessorPlaces(const RankedUnit& u) const;
    QString placeOf(const PredecessorRank& p) const;
    QString predecessorsNote(const RankedUnit& u, const QString& own, int previousYear) const;
    // Adds "illustrative figures" under every table and chart that shows a criterion marked illustrative that year.
    Status markIllustrative();
    // Pads the numbers of a column with zeros to the same count of decimals.
    void sameDecimals(ReportTable& table, int column) const;
    Result<Report> runCohort();
    Status cohortSection(const Cohort& cohort);
    // The mergers, splits and renames that took effect after `since` and up to the report's year and concern one of
    // `units` (before or after the event), with their legal basis: a short section, placed at `at`.
    Status changesSection(const QSet<qint64>& units, int since, qsizetype at);

    Status loadSettings();
    QString dayMonth() const;
    // Where the report is signed: the district's own name for a district, else the province's (or the setting).
    QString place() const;

    ReportSettings m_settings;
    QString m_province;
    Catalog& m_catalog;
    Analysis m_analysis;
    ReportOptions m_options;
    ReportStrings m_s;
    QLocale m_locale;
    Report m_report;
    QList<ReportSection> m_annexes;
    int m_tables = 0;
    int m_charts = 0;

    Index m_index;
    Framework m_framework;
    std::optional<Framework> m_previousFramework;
    Unit m_unit;
    Cohort m_cohort;
    Evaluation m_evaluation;
    std::optional<Evaluation> m_previousEvaluation;
    TrendResult m_trend;
    TrendPoint m_current;
    std::optional<TrendPoint> m_previous;
    QList<int> m_fields; // positions of the criteria shown as fields
    QList<int> m_missing; // component criteria the unit has no score for (see missingCriteria)
    QSet<int> m_partial; // criteria with unscored parts, the root included
    bool incomplete() const { return !m_missing.isEmpty(); }
    bool hasBands() const { return !m_framework.bands.isEmpty(); }
    bool isMean() const { return m_framework.root().aggregation == Aggregation::Mean; }
    QString missingCodes(const QList<int>& missing) const
    {
        QStringList codes;
        for (int i : missing)
            codes.append(m_framework.criteria[i].code);
        return codes.join(QStringLiteral(", "));
    }
};

Status Composer::resolve()
{
    auto index = m_catalog.index(m_options.indexCode);
    if (!index)
        return index.error();
    m_index = index.value();
    auto framework = m_catalog.requireFramework(m_index, m_options.year);
    if (!framework)
        return framework.error();
    m_framework = framework.value();

    if (m_options.unit.trimmed().isEmpty()) {
        if (!m_index.mainUnitId)
            return Error::usage(tr("index %1 has no main unit: name the unit the report is about").arg(m_index.code));
        auto unit = m_catalog.unitById(m_index.mainUnitId);
        if (!unit)
            return unit.error();
        if (!unit.value())
            return Error::storage(tr("the main unit of index %1 is missing").arg(m_index.code));
        m_unit = *unit.value();
    } else {
        auto unit = m_catalog.findUnit(m_options.unit);
        if (!unit)
            return unit.error();
        if (!unit.value())
            return Error::usage(tr("there is no unit \"%1\"").arg(m_options.unit));
        m_unit = *unit.value();
    }

    if (!m_options.cohort.isEmpty()) {
        auto cohort = m_catalog.resolveCohort(m_index, m_options.cohort);
        if (!cohort)
            return cohort.error();
        m_cohort = cohort.value();
    } else {
        auto pools = m_catalog.cohortsOf(m_index.id, m_unit.id, m_options.year);
        if (!pools)
            return pools.error();
        auto cohort = pools->isEmpty() ? m_catalog.defaultCohort(m_index) : Result<Cohort>(pools->first());
        if (!cohort)
            return cohort.error();
        m_cohort = cohort.value();
    }
    auto finalised = m_catalog.isFinalised(m_cohort.id, m_options.year);
    if (!finalised)
        return finalised.error();
    m_report.draft = !finalised.value();

    auto evaluation = m_analysis.evaluateUnit(m_framework, m_unit.id, m_options.stage);
    if (!evaluation)
        return evaluation.error();
    m_evaluation = evaluation.value();
    if (!m_evaluation.total())
        return Error::input(tr("%1 has no %2 result for %3").arg(m_unit.name, m_index.code).arg(m_options.year));
    m_missing = missingCriteria(m_framework, m_evaluation);
    for (int i : m_missing) {
        for (int p = i; p >= 0; p = m_framework.criteria[p].parent)
            m_partial.insert(p);
    }

    auto trend = m_analysis.trend(m_index.code, unitKey(), m_options.cohort, m_options.stage);
    if (!trend)
        return trend.error();
    m_trend = trend.value();
    for (const TrendPoint& p : m_trend.points) {
        if (p.year == m_options.year)
            m_current = p;
        else if (p.year < m_options.year && p.total)
            m_previous = p;
    }

    if (m_previous) {
        auto previous = m_catalog.requireFramework(m_index, m_previous->year);
        if (!previous)
            return previous.error();
        m_previousFramework = previous.value();
        auto evaluated = m_analysis.evaluateUnit(*m_previousFramework, m_unit.id, m_options.stage);
        if (!evaluated)
            return evaluated.error();
        m_previousEvaluation = evaluated.value();
    }

    // The fields: as every page and the command line show them (core/scoring/Standing).
    m_fields = fieldPositions(m_framework);
    return success();
}

Status Composer::loadSettings()
{
    ReportSettingsStore store(m_catalog.database());
    auto settings = store.load();
    if (!settings)
        return settings.error();
    m_settings = settings.value();
    auto province = store.provinceName();
    if (!province)
        return province.error();
    m_province = province.value();
    return success();
}

QString Composer::dayMonth() const
{
    const QDate d = m_report.date;
    // Nghị định 30/2020: a day below 10 and the months 1 and 2 take a leading zero.
    const QString day = m_s.english() || d.day() < 10 ? QStringLiteral("%1").arg(d.day(), 2, 10, QLatin1Char('0'))
                                                      : QString::number(d.day());
    const QString month = m_s.english() || d.month() < 3 ? QStringLiteral("%1").arg(d.month(), 2, 10, QLatin1Char('0'))
                                                         : QString::number(d.month());
    const QString year = QString::number(d.year());
    const QString where = place();
    return where.isEmpty() ? m_s(S::DateOnly).arg(day, month, year) : m_s(S::PlaceAndDate).arg(where, day, month, year);
}

QString Composer::place() const
{
    if (m_unit.kind == QLatin1String("district")) {
        // "Huyện Pác Nặm" is signed in "Pác Nặm", "Thành phố Bắc Kạn" in "Bắc Kạn".
        static const QRegularExpression prefix(QStringLiteral("^(Huyện|Thành phố|Thị xã|Quận)\\s+"),
                                               QRegularExpression::CaseInsensitiveOption);
        return QString(m_unit.name).remove(prefix);
    }
    if (!m_settings.place.isEmpty())
        return m_settings.place;
    return isProvince() ? m_unit.name : m_province;
}

// The initials of a unit's name for its document symbol: "Sở Tư pháp" -> "STP"; a word in capitals stays whole.
// The symbol of the steering committee's reports (Nghị định 30/2020: BC for báo cáo, BCĐ for Ban Chỉ đạo).
const QString CommitteeSymbol = QStringLiteral("BC-BCĐ");

QString symbolOf(const QString& name)
{
    QString out;
    for (const QString& word : name.split(u' ', Qt::SkipEmptyParts)) {
        if (word.size() > 1 && word == word.toUpper() && word.front().isLetter())
            out += word;
        else if (word.front().isLetter())
            out += word.front().toUpper();
    }
    return out;
}

void Composer::titleBlock()
{
    ReportTitle& t = m_report.title;
    const QString upper = m_locale.toUpper(m_unit.name);
    QString symbol;
    if (isProvince()) {
        t.authority = m_s(S::AuthorityProvince).arg(upper);
        t.office = m_s(S::SteeringCommittee);
        symbol = m_settings.symbol.isEmpty() ? CommitteeSymbol : m_settings.symbol;
    } else if (m_unit.kind == QLatin1String("district")) {
        // A district's people's committee issues its own report; no body stands over it in the title block.
        // In English the kind follows the name: "PEOPLE'S COMMITTEE OF PÁC NẶM DISTRICT".
        const QString kind = m_unit.name.startsWith(QStringLiteral("Thành phố")) ? QStringLiteral("CITY")
            : m_unit.name.startsWith(QStringLiteral("Thị xã"))                   ? QStringLiteral("TOWN")
                                                                                 : QStringLiteral("DISTRICT");
        t.office = m_s(S::DistrictCommittee).arg(m_s.english() ? m_locale.toUpper(place()) + u' ' + kind : upper);
        symbol = QStringLiteral("BC-UBND");
    } else {
        // A department under the province's people's committee.
        t.authority = !m_settings.superior.isEmpty() ? m_settings.superior
            : m_province.isEmpty()                   ? QString()
                                                     : m_s(S::SuperiorProvince).arg(m_locale.toUpper(m_province));
        t.office = upper;
        symbol = QStringLiteral("BC-") + symbolOf(m_unit.name);
    }
    t.number = m_s(S::DocumentSymbol).arg(symbol);
    t.nation = m_s(S::Nation);
    t.motto = m_s(S::Motto);
    t.placeAndDate = dayMonth();
    t.kind = m_s(S::ReportKind);
    t.subject = m_s(isProvince() ? S::SubjectProvince : S::SubjectUnit)
                    .arg(m_index.name, yearText(m_options.year), isProvince() ? m_unit.name : inText(m_unit.name));
    t.draftMark = m_report.draft ? m_s(S::DraftMark) : QString();

    m_report.footer = m_s(S::Footer).arg(m_index.name, yearText(m_options.year), m_unit.name) + QStringLiteral(" · ")
        + (m_report.draft ? m_s(S::FooterDraft) + QStringLiteral(", ") : QString())
        + m_s(S::FooterDate).arg(m_report.dateText);
    m_report.documentTitle = m_s(S::DocumentTitle).arg(m_index.name, yearText(m_options.year), m_unit.name);
    m_report.author = isProvince() ? m_s(S::AuthorProvince).arg(m_unit.name) : m_unit.name;
}

void Composer::summary()
{
    ReportSection& s = section(QStringLiteral("summary"), S::SummaryHeading);
    const Decimal total = *m_evaluation.total();
    const Decimal max = m_framework.root().maxPoints;
    const QString percent = percentOf(total, max);

    // A mean-aggregated index (SIPAS) is a percentage, not points out of a maximum.
    QString text = isMean()
        ? m_s(S::SummaryResultMean).arg(yearText(m_options.year), unitPhrase(), percent)
        : m_s(S::SummaryResult).arg(yearText(m_options.year), unitPhrase(), num(total), num(max), percent);
    if (m_current.rank && m_current.of)
        text += m_s(m_current.rankPublished       ? S::SummaryRankPublished
                        : m_current.standing.tied ? S::SummaryRankTied
                                                  : S::SummaryRank)
                    .arg(QString::number(*m_current.rank), QString::number(*m_current.of));
    if (!m_current.band.isEmpty())
        text += m_s(S::SummaryBand).arg(m_current.band);
    if (!m_current.band.isEmpty() && m_previous && !m_previous->band.isEmpty() && m_previous->band != m_current.band
        && !incomplete())
        text += m_s(S::BandMoved).arg(m_previous->band, yearText(m_previous->year), m_current.band);
    if (incomplete())
        text += m_s(S::IncompleteSummary)
                    .arg(QString::number(m_missing.size()), missingCodes(m_missing),
                         num(missingMax(m_framework, m_missing)));
    // An incomplete total is not compared: the change would count the unscored criteria as a fall.
    if (m_previous && m_previous->total && !incomplete()) {
        const Decimal change = total - *m_previous->total;
        const QString year = yearText(m_previous->year);
        const QString before = num(*m_previous->total);
        if (change > Decimal())
            text += m_s(S::SummaryUp).arg(year, before, num2(change));
        else if (change < Decimal())
            text += m_s(S::SummaryDown).arg(year, before, num2(-change));
        else
            text += m_s(S::SummarySame).arg(year, before);
        if (m_current.rank && m_previous->rank && m_previous->of) {
            const int places = *m_previous->rank - *m_current.rank;
            if (places > 0)
                text += m_s(S::RankUp).arg(QString::number(places), year, QString::number(*m_previous->rank),
                                           QString::number(*m_previous->of));
            else if (places < 0)
                text += m_s(S::RankDown)
                            .arg(QString::number(-places), year, QString::number(*m_previous->rank),
                                 QString::number(*m_previous->of));
            else
                text += m_s(S::RankSame).arg(QString::number(*m_current.rank), QString::number(*m_current.of));
        } else {
            text += u'.';
        }
    }
    s.blocks.append(paragraph(text));

    // Key figures, each with last year's beside it.
    ReportBlock figures;
    figures.kind = ReportBlock::Figures;
    auto detail = [this](const QString& value) {
        return m_previous ? m_s(S::FigureDetailYear).arg(yearText(m_previous->year), value) : m_s(S::FigureDetailNone);
    };
    const QString previousPercent
        = m_previous && m_previous->percent ? num2(*m_previous->percent) + u'%' : QStringLiteral("–");
    if (!isMean())
        figures.figures.append(
            {m_s(S::FigureTotal), num(total) + u'/' + num(max),
             detail(m_previous && m_previous->total ? num(*m_previous->total) : QStringLiteral("–"))});
    figures.figures.append({m_s(S::FigurePercent), percent + u'%', detail(previousPercent)});
    const QString provisional = incomplete() ? u' ' + m_s(S::Provisional) : QString();
    figures.figures.append({m_s(S::FigureRank), rankText(m_current.rank, m_current.of) + provisional,
                            detail(m_previous ? rankText(m_previous->rank, m_previous->of) : QString())});
    // A band only where the index defines bands: the national PAR INDEX publishes none.
    if (hasBands())
        figures.figures.append(
            {m_s(S::FigureBand), m_current.band.isEmpty() ? QStringLiteral("–") : m_current.band + provisional,
             detail(m_previous && !m_previous->band.isEmpty() ? m_previous->band : QStringLiteral("–"))});
    s.blocks.append(figures);

    if (m_previous && m_previous->total) {
        ReportTable t;
        t.caption = tableCaption(m_s(S::CompareCaption).arg(yearText(m_options.year), yearText(m_previous->year)));
        t.columns = {{m_s(S::ColumnItem), ReportColumn::Left},
                     {m_s(S::ColumnYear).arg(yearText(m_previous->year)), ReportColumn::Center},
                     {m_s(S::ColumnYear).arg(yearText(m_options.year)), ReportColumn::Center},
                     {m_s(S::ColumnChange), ReportColumn::Center}};
        const Decimal change = total - *m_previous->total;
        const QString none = QStringLiteral("–");
        t.rows.append({m_s(S::RowTotal), num(*m_previous->total), num(total) + (incomplete() ? u"*" : u""),
                       incomplete() ? none : signedNum(change)});
        if (m_previous->percent && m_current.percent)
            t.rows.append({m_s(S::RowPercent), num2(*m_previous->percent), num2(*m_current.percent),
                           incomplete() ? none : signedNum(*m_current.percent - *m_previous->percent)});
        QString rankChange = QStringLiteral("–");
        if (m_current.rank && m_previous->rank && !incomplete()) {
            const int places = *m_previous->rank - *m_current.rank;
            rankChange = places > 0 ? m_s(S::RankPlacesUp).arg(places)
                : places < 0        ? m_s(S::RankPlacesDown).arg(-places)
                                    : m_s(S::Unchanged);
        }
        t.rows.append({m_s(S::RowRank), rankText(m_previous->rank, m_previous->of),
                       rankText(m_current.rank, m_current.of), rankChange});
        if (hasBands())
            t.rows.append({m_s(S::RowBand), m_previous->band.isEmpty() ? none : m_previous->band,
                           m_current.band.isEmpty() ? none : m_current.band,
                           m_previous->band == m_current.band ? m_s(S::Unchanged)
                               : m_previous->band.isEmpty() || m_current.band.isEmpty()
                               ? none
                               : m_s(S::BandChanged).arg(m_previous->band, m_current.band)});
        s.blocks.append(tableBlock(t));
    }

    // The parts of the total, unless they are the fields shown in their own section.
    const Criterion& root = m_framework.root();
    const bool partsAreFields = m_fields == root.children;
    if (!partsAreFields && !root.children.isEmpty()) {
        ReportTable t;
        t.caption = tableCaption(m_s(S::PartsCaption).arg(yearText(m_options.year)));
        t.columns = {{m_s(S::ColumnCode), ReportColumn::Center},
                     {m_s(S::ColumnPart), ReportColumn::Left},
                     {m_s(S::ColumnScore), ReportColumn::Numeric},
                     {m_s(S::ColumnMax), ReportColumn::Numeric},
                     {m_s(S::ColumnPercent), ReportColumn::Numeric}};
        for (int child : root.children) {
            const Criterion& c = m_framework.criteria[child];
            const std::optional<Decimal>& v = m_evaluation.value[child];
            t.rows.append({c.code, c.title, v ? num(*v) : QStringLiteral("–"), num(c.maxPoints),
                           v ? percentOf(*v, c.maxPoints) : QStringLiteral("–")});
        }
        t.emphasised.append(int(t.rows.size()));
        t.rows.append({QString(), m_s(S::TotalRow), num(total), num(max), percent});
        if (m_evaluation.recorded[0] && m_evaluation.aggregate[0] && *m_evaluation.aggregate[0] != total)
            t.notes.append(
                m_s(S::TotalDiffers)
                    .arg(num(total), num(*m_evaluation.aggregate[0]), num(total - *m_evaluation.aggregate[0])));
        s.blocks.append(tableBlock(t));
    }
    if (m_current.rankPublished && m_current.published && !m_current.published->source.isEmpty())
        s.blocks.append(paragraph(m_s(S::RankSource).arg(m_current.published->source), ReportBlock::Note));
    if (m_index.illustrative)
        s.blocks.append(paragraph(m_s(S::Illustrative), ReportBlock::Note));
}

void Composer::trendSection()
{
    QList<TrendPoint> points;
    for (const TrendPoint& p : m_trend.points) {
        if (p.total && p.year <= m_options.year)
            points.append(p);
    }
    if (points.isEmpty())
        return;
    ReportSection& s = section(QStringLiteral("trend"), S::TrendHeading);

    // Points where every year has the same maximum; otherwise percent, the measure that compares across methods.
    const bool sameMax
        = std::all_of(points.cbegin(), points.cend(), [&](const TrendPoint& p) { return p.max == points.first().max; });
    if (points.size() >= 2) {
        ReportChart chart;
        chart.kind = ReportChart::Line;
        chart.title = chartTitle(m_s(sameMax ? S::TrendChartTitle : S::TrendChartTitlePercent).arg(m_index.name));
        chart.valueAxisTitle = m_s(sameMax ? S::AxisPoints : S::AxisPercent);
        chart.categoryAxisTitle = m_s(S::AxisYear);
        double lo = 1e18;
        double hi = -1e18;
        for (const TrendPoint& p : points) {
            const Decimal shown = sameMax ? *p.total : p.percent.value_or(Decimal());
            const double v = toDouble(shown);
            lo = std::min(lo, v);
            hi = std::max(hi, v);
            chart.points.append({yearText(p.year),
                                 p.rank && p.of
                                     ? m_s(S::RankSublabel).arg(QString::number(*p.rank), QString::number(*p.of))
                                     : QString(),
                                 v, sameMax ? num(shown) : num2(shown) + u'%'});
        }
        chooseAxis(chart, lo, hi, sameMax ? toDouble(points.first().max) : 100.0, m_locale);
        s.blocks.append(chartBlock(chart));
    }

    ReportTable t;
    t.caption = tableCaption(m_s(S::TrendCaption).arg(m_index.name));
    t.columns = {{m_s(S::ColumnYearPlain), ReportColumn::Center}, {m_s(S::ColumnTotal), ReportColumn::Numeric},
                 {m_s(S::ColumnMax), ReportColumn::Numeric},      {m_s(S::ColumnPercent), ReportColumn::Numeric},
                 {m_s(S::ColumnRank), ReportColumn::Center},      {m_s(S::ColumnChange), ReportColumn::Numeric}};
    if (hasBands())
        t.columns.append({m_s(S::ColumnBand), ReportColumn::Center});
    QStringList published;
    for (const TrendPoint& p : points) {
        if (p.year == m_options.year)
            t.emphasised.append(int(t.rows.size()));
        QStringList row {yearText(p.year),
                         num(*p.total),
                         num(p.max),
                         p.percent ? num2(*p.percent) : QStringLiteral("–"),
                         rankText(p.rank, p.of),
                         !p.change ? QStringLiteral("–")
                             : changeAcrossGap(p.year, p.changeFrom)
                             ? m_s(S::ChangeVsYear).arg(signedNum(*p.change), yearText(p.changeFrom))
                             : signedNum(*p.change)};
        if (hasBands())
            row.append(p.band.isEmpty() ? QStringLiteral("–") : p.band);
        t.rows.append(row);
        if (p.rankPublished)
            published.append(yearText(p.year));
    }
    if (!published.isEmpty())
        t.notes.append(m_s(S::TrendPublished).arg(published.join(QStringLiteral(", "))));
    s.blocks.append(tableBlock(t));
}

Status Composer::fieldsSection()
{
    QList<int> fields;
    for (int f : m_fields) {
        if (m_evaluation.value[f] && !m_framework.criteria[f].maxPoints.isZero())
            fields.append(f);
    }
    QStringList partialFields;
    QStringList maxChanged;
    if (fields.isEmpty())
        return success();
    ReportSection& s = section(QStringLiteral("fields"), S::FieldsHeading);

    ReportChart chart;
    chart.kind = ReportChart::HorizontalBars;
    chart.title = chartTitle(m_s(S::FieldsChartTitle).arg(yearText(m_options.year)));
    chart.valueAxisTitle = m_s(S::AxisPercent);
    chart.axisMin = 0;
    chart.axisMax = 100;
    for (int v = 0; v <= 100; v += 20)
        chart.ticks.append({double(v), QString::number(v)});

    ReportTable t;
    t.caption = tableCaption(m_s(S::FieldsCaption).arg(yearText(m_options.year)));
    t.columns = {{m_s(S::ColumnCode), ReportColumn::Center},
                 {m_s(S::ColumnField), ReportColumn::Left},
                 {m_s(S::ColumnScore), ReportColumn::Numeric},
                 {m_s(S::ColumnMax), ReportColumn::Numeric},
                 {m_s(S::ColumnPercent), ReportColumn::Numeric}};
    if (m_previousFramework)
        t.columns.append({m_s(S::ColumnChangeSince).arg(yearText(m_previous->year)), ReportColumn::Numeric});

    int best = -1;
    int worst = -1;
    Decimal bestPercent;
    Decimal worstPercent;
    for (int f : fields) {
        const Criterion& c = m_framework.criteria[f];
        const Decimal value = *m_evaluation.value[f];
        if (m_partial.contains(f)) {
            // Part of the field is not scored: its share would count the unscored criteria as zero.
            QList<int> missing;
            for (int i : m_missing) {
                for (int p = i; p >= 0; p = m_framework.criteria[p].parent) {
                    if (p == f)
                        missing.append(i);
                }
            }
            partialFields.append(c.code + QStringLiteral(" (") + missingCodes(missing) + u')');
            QStringList row {c.code, c.title, num(value) + u'*', num(c.maxPoints), QStringLiteral("–")};
            if (m_previousFramework)
                row.append(QStringLiteral("–"));
            t.rows.append(row);
            continue;
        }
        const Decimal percent = Decimal::percent(value, c.maxPoints);
        chart.points.append({codeAndTitle(c), QString(), toDouble(percent), num2(percent) + u'%'});
        QStringList row {c.code, c.title, num(value), num(c.maxPoints), num2(percent)};
        if (m_previousFramework) {
            const int p = m_previousFramework->find(c.code);
            const bool has = p > 0 && m_previousEvaluation->value[p];
            const Decimal before = has ? m_previousFramework->criteria[p].maxPoints : Decimal();
            if (has && before != c.maxPoints && !before.isZero()) {
                // The maximum changed: points do not compare, shares do.
                row.append(signedNum(percent - Decimal::percent(*m_previousEvaluation->value[p], before)) + u'%');
                maxChanged.append(m_s(S::MaxChangedItem).arg(c.code, num(before), num(c.maxPoints)));
            } else {
                row.append(has ? signedNum(value - *m_previousEvaluation->value[p]) : QStringLiteral("–"));
            }
        }
        t.rows.append(row);
        if (best < 0 || percent > bestPercent) {
            best = f;
            bestPercent = percent;
        }
        if (worst < 0 || percent < worstPercent) {
            worst = f;
            worstPercent = percent;
        }
    }
    if (!partialFields.isEmpty())
        t.notes.append(m_s(S::FieldIncomplete).arg(partialFields.join(QStringLiteral("; "))));
    if (!maxChanged.isEmpty())
        t.notes.append(m_s(S::MaxChangedNote).arg(maxChanged.join(QStringLiteral("; "))));
    s.blocks.append(chartBlock(chart));
    if (best >= 0 && worst >= 0 && best != worst)
        s.blocks.append(paragraph(m_s(S::FieldsBestWorst)
                                      .arg(codeAndTitle(m_framework.criteria[best]), num2(bestPercent),
                                           codeAndTitle(m_framework.criteria[worst]), num2(worstPercent))));
    s.blocks.append(tableBlock(t));
    return success();
}

Status Composer::sipasSection()
{
    const QString code = QStringLiteral("SIPAS");
    if (m_index.code.compare(code, Qt::CaseInsensitive) == 0)
        return success();
    auto found = m_catalog.findIndex(code);
    if (!found)
        return found.error();
    if (!found.value())
        return success();
    const Index sipas = *found.value();
    auto framework = m_catalog.framework(sipas, m_options.year);
    if (!framework)
        return framework.error();
    if (!framework.value())
        return success();
    const Framework& f = *framework.value();
    auto evaluation = m_analysis.evaluateUnit(f, m_unit.id, m_options.stage);
    if (!evaluation)
        return evaluation.error();
    const Evaluation& e = evaluation.value();
    if (!e.total())
        return success();
    auto trend = m_analysis.trend(sipas.code, unitKey(), QString(), m_options.stage);
    if (!trend)
        return trend.error();

    ReportSection& s = section(QStringLiteral("sipas"), S::SipasHeading);
    // Satisfaction is recorded in percent; a framework with another maximum is shown as a share of it.
    auto percent = [&f](int i, Decimal v) {
        const Decimal max = f.criteria[i].maxPoints;
        return max.isZero() || max == Decimal::fromInt(100) ? v : Decimal::percent(v, max);
    };
    QString text = m_s(S::SipasResult).arg(yearText(m_options.year), unitPhrase(), num2(percent(0, *e.total())));
    for (const TrendPoint& p : trend->points) {
        if (p.year == m_options.year && p.rank && p.of)
            text += m_s(S::SipasRank).arg(QString::number(*p.rank), QString::number(*p.of));
    }
    s.blocks.append(paragraph(text));

    int best = -1;
    int worst = -1;
    for (int i = 1; i < f.criteria.size(); ++i) {
        if (!f.criteria[i].isLeaf() || !e.value[i])
            continue;
        const Decimal v = percent(i, *e.value[i]);
        if (best < 0 || v > percent(best, *e.value[best]))
            best = i;
        if (worst < 0 || v < percent(worst, *e.value[worst]))
            worst = i;
    }
    if (best > 0 && worst > 0 && best != worst) {
        s.blocks.append(
            paragraph(m_s(S::SipasBest).arg(codeAndTitle(f.criteria[best]), num2(percent(best, *e.value[best])))));
        s.blocks.append(
            paragraph(m_s(S::SipasWorst).arg(codeAndTitle(f.criteria[worst]), num2(percent(worst, *e.value[worst])))));
    }

    ReportTable t;
    t.caption = tableCaption(m_s(S::SipasCaption).arg(yearText(m_options.year)));
    t.columns = {{m_s(S::ColumnCode), ReportColumn::Center},
                 {m_s(S::ColumnAspect), ReportColumn::Left},
                 {m_s(S::ColumnSatisfied), ReportColumn::Numeric}};
    for (int child : f.root().children) {
        const Criterion& c = f.criteria[child];
        t.rows.append({c.code, c.title, e.value[child] ? num2(percent(child, *e.value[child])) : QStringLiteral("–")});
    }
    t.emphasised.append(int(t.rows.size()));
    t.rows.append({QString(), m_s(S::Overall), num2(percent(0, *e.total()))});
    s.blocks.append(tableBlock(t));
    if (sipas.illustrative)
        s.blocks.append(paragraph(m_s(S::Illustrative), ReportBlock::Note));
    return success();
}

Status Composer::lostSection()
{
    auto result = m_analysis.lostPoints(m_index.code, m_options.year, unitKey(), m_options.stage);
    if (!result)
        return result.error();
    const LostPointsResult& r = result.value();
    const QString none = m_s(S::NoLeadUnit);
    if (isMean()) {
        // Percentages are never summed into "points lost": the criteria with the lowest shares, each on its own.
        ReportSection& s = section(QStringLiteral("lost"), S::LowestHeading);
        QList<int> leaves;
        for (int i = 1; i < m_framework.criteria.size(); ++i) {
            if (m_framework.criteria[i].isLeaf() && m_evaluation.value[i]
                && !m_framework.criteria[i].maxPoints.isZero())
                leaves.append(i);
        }
        auto share
            = [this](int i) { return Decimal::percent(*m_evaluation.value[i], m_framework.criteria[i].maxPoints); };
        std::stable_sort(leaves.begin(), leaves.end(), [&](int a, int b) { return share(a) < share(b); });
        int more = 0;
        const int count = topCount(leaves, m_options.lostCount, share, &more);
        ReportTable t;
        t.caption = tableCaption(m_s(S::LowestCaption).arg(QString::number(count), yearText(m_options.year)));
        t.columns = {{m_s(S::ColumnCode), ReportColumn::Center},
                     {m_s(S::ColumnCriterion), ReportColumn::Left},
                     {m_s(S::ColumnPercent), ReportColumn::Numeric},
                     {m_s(S::ColumnLeadUnit), ReportColumn::Left}};
        for (int k = 0; k < count; ++k) {
            const Criterion& c = m_framework.criteria[leaves[k]];
            t.rows.append({c.code, c.title, num2(share(leaves[k])), c.leadUnit.isEmpty() ? none : c.leadUnit});
        }
        if (more > 0)
            t.notes.append(m_s(S::MoreTied).arg(QString::number(more), num2(share(leaves[count - 1]))));
        if (m_index.illustrative || m_index.code.compare(QLatin1String("SIPAS"), Qt::CaseInsensitive) == 0)
            t.notes.append(m_s(S::Illustrative));
        s.blocks.append(tableBlock(t));
        return success();
    }
    ReportSection& s = section(QStringLiteral("lost"), S::LostHeading);
    if (r.lost.isEmpty()) {
        s.blocks.append(paragraph(m_s(S::NothingLost)));
    } else {
        s.blocks.append(paragraph(m_s(S::LostIntro).arg(yearText(m_options.year))));
        ReportTable t;
        int more = 0;
        const int count = topCount(
            r.lost, m_options.lostCount, [](const LostPoint& l) { return l.lost; }, &more);
        t.caption = tableCaption(m_s(S::LostCaption).arg(QString::number(count), yearText(m_options.year)));
        if (more > 0)
            t.notes.append(m_s(S::MoreTied).arg(QString::number(more), num(r.lost[count - 1].lost)));
        t.columns = {{m_s(S::ColumnCode), ReportColumn::Center},      {m_s(S::ColumnCriterion), ReportColumn::Left},
                     {m_s(S::ColumnMaxShort), ReportColumn::Numeric}, {m_s(S::ColumnAchieved), ReportColumn::Numeric},
                     {m_s(S::ColumnLost), ReportColumn::Numeric},     {m_s(S::ColumnLeadUnit), ReportColumn::Left}};
        for (int i = 0; i < count; ++i) {
            const LostPoint& l = r.lost[i];
            t.rows.append(
                {l.code, l.title, num(l.max), num(l.achieved), num(l.lost), l.leadUnit.isEmpty() ? none : l.leadUnit});
        }
        s.blocks.append(tableBlock(t));

        // Every lost point, by the unit that leads the criterion: who is asked to explain how much.
        struct Lead
        {
            QString unit;
            int criteria = 0;
            Decimal lost;
        };
        QList<Lead> leads;
        for (const LostPoint& l : r.lost) {
            const QString unit = l.leadUnit.isEmpty() ? none : l.leadUnit;
            auto it = std::find_if(leads.begin(), leads.end(), [&](const Lead& x) { return x.unit == unit; });
            if (it == leads.end()) {
                leads.append({unit, 0, Decimal()});
                it = leads.end() - 1;
            }
            ++it->criteria;
            it->lost += l.lost;
        }
        std::stable_sort(leads.begin(), leads.end(), [](const Lead& a, const Lead& b) { return a.lost > b.lost; });
        ReportTable byLead;
        byLead.caption = tableCaption(m_s(S::ByLeadCaption).arg(yearText(m_options.year)));
        byLead.columns = {{m_s(S::ColumnLeadUnit), ReportColumn::Left},
                          {m_s(S::ColumnCriteriaCount), ReportColumn::Center},
                          {m_s(S::ColumnPointsLost), ReportColumn::Numeric}};
        Decimal sum;
        int criteria = 0;
        for (const Lead& l : leads) {
            byLead.rows.append({l.unit, QString::number(l.criteria), num(l.lost)});
            sum += l.lost;
            criteria += l.criteria;
        }
        byLead.emphasised.append(int(byLead.rows.size()));
        byLead.rows.append({m_s(S::TotalRow), QString::number(criteria), num(sum)});
        s.blocks.append(tableBlock(byLead));
    }
    if (!r.missing.isEmpty()) {
        s.blocks.append(paragraph(m_s(S::MissingIntro).arg(QString::number(r.missing.size()), num(r.missingTotal))));
        ReportTable t;
        t.caption = tableCaption(m_s(S::MissingCaption).arg(yearText(m_options.year)));
        t.columns = {{m_s(S::ColumnCode), ReportColumn::Center},
                     {m_s(S::ColumnCriterion), ReportColumn::Left},
                     {m_s(S::ColumnMaxShort), ReportColumn::Numeric},
                     {m_s(S::ColumnLeadUnit), ReportColumn::Left}};
        for (const LostPoint& l : r.missing)
            t.rows.append({l.code, l.title, num(l.max), l.leadUnit.isEmpty() ? none : l.leadUnit});
        t.notes.append(m_s(S::LostBalance)
                           .arg(num(r.lostTotal), num(r.missingTotal), num(*m_evaluation.total()),
                                num(m_framework.root().maxPoints)));
        s.blocks.append(tableBlock(t));
    }

    if (m_previous) {
        const QString before = yearText(m_previous->year);
        if (r.falls.isEmpty()) {
            s.blocks.append(paragraph(m_s(S::NothingFell).arg(before)));
        } else {
            ReportTable t;
            t.caption = tableCaption(m_s(S::FallsCaption).arg(before));
            t.columns = {{m_s(S::ColumnCode), ReportColumn::Center},
                         {m_s(S::ColumnCriterion), ReportColumn::Left},
                         {m_s(S::ColumnYear).arg(before), ReportColumn::Numeric},
                         {m_s(S::ColumnYear).arg(yearText(m_options.year)), ReportColumn::Numeric},
                         {m_s(S::ColumnChange), ReportColumn::Numeric},
                         {m_s(S::ColumnLeadUnit), ReportColumn::Left}};
            int more = 0;
            const int count = topCount(
                r.falls, m_options.lostCount, [](const Fall& f) { return f.change; }, &more);
            QStringList maxChanged;
            for (int i = 0; i < count; ++i) {
                const Fall& f = r.falls[i];
                if (f.maxChanged)
                    maxChanged.append(m_s(S::MaxChangedItem).arg(f.code, num(f.previousMax), num(f.currentMax)));
                t.rows.append({f.code, f.title, num(f.previous), num(f.current),
                               f.maxChanged ? signedNum(f.shareChange) + u'%' : signedNum(f.change),
                               f.leadUnit.isEmpty() ? none : f.leadUnit});
            }
            if (more > 0)
                t.notes.append(m_s(S::MoreTied).arg(QString::number(more), signedNum(r.falls[count - 1].change)));
            // One decimal style per column: 2 and 0,5 beside 0,6799 read as 2,0000 and 0,5000 (exact: only zeros are
            // added).
            for (int column : {2, 3, 4})
                sameDecimals(t, column);
            if (!maxChanged.isEmpty())
                t.notes.append(m_s(S::MaxChangedNote).arg(maxChanged.join(QStringLiteral("; "))));
            s.blocks.append(tableBlock(t));
        }
    }
    return success();
}

void Composer::sameDecimals(ReportTable& table, int column) const
{
    static const QRegularExpression number(QStringLiteral("^([+\u2212-]?)(\\d+)(?:[.,](\\d+))?(%?)$"));
    qsizetype decimals = 0;
    for (const QStringList& row : std::as_const(table.rows)) {
        const auto m = number.match(row.value(column));
        if (m.hasMatch())
            decimals = std::max(decimals, m.captured(3).size());
    }
    for (QStringList& row : table.rows) {
        const auto m = number.match(row.value(column));
        if (!m.hasMatch() || decimals == 0)
            continue;
        row[column] = m.captured(1) + m.captured(2) + m_locale.decimalPoint()
            + m.captured(3).leftJustified(decimals, u'0') + m.captured(4);
    }
}

// "5/18, 11/18": the ranks of last year of the units a unit was formed from or took in, each its own, never a change.
QString Composer::predecessorPlaces(const RankedUnit& u) const
{
    QStringList places;
    for (const PredecessorRank& p : u.predecessors)
        places << (p.rank ? placeOf(p) : QStringLiteral("–"));
    return places.join(QStringLiteral(", "));
}

QString Composer::placeOf(const PredecessorRank& p) const
{
    return QStringLiteral("%1%2%3%4")
        .arg(*p.rank)
        .arg(p.tied ? QStringLiteral("=") : QString())
        .arg(p.of ? QStringLiteral("/%1").arg(*p.of) : QString())
        .arg(p.published ? QStringLiteral("*") : QString());
}

// "Sở X was formed from other units: in 2024 its predecessors ranked 5/18 (Sở A, 82,10%) and 11/18 (Sở B, 76,85%)."
QString Composer::predecessorsNote(const RankedUnit& u, const QString& own, int previousYear) const
{
    QStringList each;
    for (const PredecessorRank& p : u.predecessors)
        each << (!p.rank ? m_s(S::PredecessorNoValue).arg(p.name)
                         : m_s(S::PredecessorPlace)
                               .arg(placeOf(p), p.name, p.percent ? num2(*p.percent) : QStringLiteral("–")));
    if (!own.isEmpty()) // a unit that took others in: its own rank, and theirs beside it
        return m_s(S::TookInNote).arg(u.name, yearText(previousYear), own, m_locale.createSeparatedList(each));
    return m_s(S::PredecessorsNote).arg(u.name, yearText(previousYear), m_locale.createSeparatedList(each));
}

ReportTable Composer::rankingTable(const RankingResult& r)
{
    ReportTable t;
    const bool previous
        = std::any_of(r.rows.cbegin(), r.rows.cend(), [](const RankedUnit& u) { return u.previousRank.has_value(); });
    t.columns = {{m_s(S::ColumnRank), ReportColumn::Center},
                 {m_s(S::ColumnUnit), ReportColumn::Left},
                 {m_s(S::ColumnTotal), ReportColumn::Numeric},
                 {m_s(S::ColumnPercent), ReportColumn::Numeric}};
    const bool bands
        = std::any_of(r.rows.cbegin(), r.rows.cend(), [](const RankedUnit& u) { return !u.band.isEmpty(); });
    if (bands)
        t.columns.append({m_s(S::ColumnBand), ReportColumn::Center});
    int previousYear = 0;
    if (previous) {
        auto years = m_catalog.years(r.index.id);
        if (years) {
            for (int y : years.value()) {
                if (y < r.year)
                    previousYear = y;
            }
        }
        t.columns.append({m_s(S::ColumnRankIn).arg(yearText(previousYear)), ReportColumn::Center});
        t.columns.append({m_s(S::ColumnChange), ReportColumn::Numeric});
    }
    bool tied = false;
    QStringList formed; // a note for each unit formed by a merger or split: its predecessors' ranks, each its own
    t.rows.reserve(r.rows.size());
    for (const RankedUnit& u : r.rows) {
        tied = tied || u.tied;
        if (u.unitId == m_unit.id)
            t.emphasised.append(int(t.rows.size()));
        const auto missing = r.incomplete.constFind(u.unitId);
        const bool partial = missing != r.incomplete.cend();
        QStringList row {QString::number(u.rank) + (u.tied ? QStringLiteral("=") : QString())
                             + (partial ? QStringLiteral("*") : QString()),
                         partial ? m_s(S::IncompleteName).arg(u.name, missing->criteria.join(QStringLiteral(", ")))
                                 : u.name,
                         num(u.total), num2(u.percent)};
        if (bands)
            row.append(u.band.isEmpty() ? QStringLiteral("–") : u.band);
        if (previous) {
            // Where the cohort changed shape, last year's rank is read with its own "of" (14/18 against 13/13).
            const bool of = r.cohortChanged && u.previousRank && u.previousOf;
            const QString own = !u.previousRank ? QString()
                : of                            ? QStringLiteral("%1/%2").arg(*u.previousRank).arg(*u.previousOf)
                                                : QString::number(*u.previousRank);
            row.append(u.predecessors.isEmpty() ? (own.isEmpty() ? QStringLiteral("–") : own)
                           : own.isEmpty()      ? m_s(S::PredecessorsCell).arg(predecessorPlaces(u))
                                                : m_s(S::TookInCell).arg(own, predecessorPlaces(u)));
            if (!u.predecessors.isEmpty())
                formed.append(predecessorsNote(u, own, r.previousYear));
            row.append(u.previousTotal && !partial ? signedNum(u.total - *u.previousTotal) : QStringLiteral("–"));
        }
        t.rows.append(row);
    }
    t.notes.append(m_s(S::MaxNote).arg(num(r.max)));
    t.notes += formed;
    if (tied)
        t.notes.append(m_s(S::TiesNote));
    if (!r.incomplete.isEmpty()) {
        t.notes.append(m_s(S::IncompleteNote));
        t.notes.append(m_s(S::CohortProvisional).arg(r.incomplete.size()));
    }
    if (!r.unranked.isEmpty())
        t.notes.append(m_s(S::UnrankedNote).arg(r.unranked.join(QStringLiteral("; "))));
    if (r.index.illustrative)
        t.notes.append(m_s(S::Illustrative));
    return t;
}

Status Composer::rankingsSection()
{
    QList<RankingResult> rankings;
    // A unit's account reads other units' results once their year is finalised: before that, its report says which
    // rankings it leaves out, and why, instead of failing as a whole. By year: the pools' names.
    QMap<int, QStringList> withheld;
    const auto withhold = [this, &withheld](const Cohort& cohort, int year, bool say) -> Result<bool> {
        auto reason = m_analysis.unreadable(cohort, year, m_options.stage);
        if (!reason)
            return reason.error();
        if (!reason->isEmpty() && say)
            withheld[year] << QStringLiteral("“%1”").arg(cohort.name);
        return !reason->isEmpty();
    };

    // The report's own pool, where all of it is recorded (a published rank of a larger pool means it is not, and the
    // summary gives that rank).
    auto ownWithheld = withhold(m_cohort, m_options.year, !m_current.published);
    if (!ownWithheld)
        return ownWithheld.error();
    if (!ownWithheld.value()) {
        auto own = m_analysis.ranking(m_index.code, m_options.year, m_cohort.name, m_options.stage);
        if (!own)
            return own.error();
        const bool complete = !m_current.published || own->rows.size() >= m_current.published->of;
        if (own->rows.size() >= 2 && complete)
            rankings.append(own.value());
    }

    // Every other index's pools that are not provinces: the province's own agencies, districts and communes.
    auto indexes = m_catalog.indexes();
    if (!indexes)
        return indexes.error();
    for (const Index& other : indexes.value()) {
        if (other.id == m_index.id)
            continue;
        auto years = m_catalog.years(other.id);
        if (!years)
            return years.error();
        int year = 0;
        for (int y : years.value()) {
            if (y <= m_options.year)
                year = y;
        }
        if (!year)
            continue;
        auto cohorts = m_catalog.cohorts(other.id);
        if (!cohorts)
            return cohorts.error();
        for (const Cohort& cohort : cohorts.value()) {
            auto members = m_catalog.members(cohort.id, year);
            if (!members)
                return members.error();
            const bool provinces = cohort.unitKind == QLatin1String("province")
                || std::all_of(members->cbegin(), members->cend(),
                               [](const Unit& u) { return u.kind == QLatin1String("province"); });
            if (members->size() < 2 || provinces)
                continue;
            auto skip = withhold(cohort, year, true);
            if (!skip)
                return skip.error();
            if (skip.value())
                continue;
            auto ranking = m_analysis.ranking(other.code, year, cohort.name, m_options.stage);
            if (!ranking)
                return ranking.error();
            if (ranking->rows.size() >= 2)
                rankings.append(ranking.value());
        }
    }
    if (rankings.isEmpty() && withheld.isEmpty())
        return success();

    ReportSection& s = section(QStringLiteral("rankings"), S::RankingsHeading);
    for (auto it = withheld.cbegin(); it != withheld.cend(); ++it)
        s.blocks.append(
            paragraph(m_s(S::RankingWithheld).arg(yearText(it.key()), it.value().join(QStringLiteral(", ")))));
    for (const RankingResult& r : rankings) {
        ReportTable t = rankingTable(r);
        if (r.rows.size() <= m_options.annexAfter) {
            t.caption = tableCaption(m_s(S::RankingCaption).arg(r.index.name, yearText(r.year), r.cohort.name));
            s.blocks.append(tableBlock(t));
            continue;
        }
        const int number = int(m_annexes.size()) + 1;
        s.blocks.append(paragraph(
            m_s(S::AnnexPointer).arg(r.cohort.name, m_locale.toString(r.rows.size()), QString::number(number))));
        ReportSection annex;
        annex.id = QStringLiteral("annex");
        annex.annex = true;
        annex.heading = m_s(S::AnnexLabel).arg(number);
        annex.subtitle = m_s(S::AnnexTitle).arg(r.index.name, yearText(r.year), r.cohort.name);
        t.caption = tableCaption(m_s(S::RankingCaption).arg(r.index.name, yearText(r.year), r.cohort.name));
        annex.blocks.append(tableBlock(t));
        m_annexes.append(annex);
    }
    return success();
}

void Composer::signature()
{
    ReportSignature& s = m_report.signature;
    s.recipientsTitle = m_s(S::Recipients);
    s.recipients = {m_s(S::RecipientMembers), m_s(S::RecipientUnits), m_s(S::RecipientArchive)};
    // The committee's reports (the province's, the cohorts') are signed as the settings say; a unit's by its head.
    const bool committee = m_unit.id == 0 || isProvince();
    s.signerFor = m_s(committee ? S::SignerFor : S::SignerForUnit);
    s.signerRole = committee ? m_s(S::SignerRole) : QString();
    if (committee) {
        if (!m_settings.signerFor.isEmpty())
            s.signerFor = m_settings.signerFor;
        if (!m_settings.signerRole.isEmpty())
            s.signerRole = m_settings.signerRole;
        s.signerName = m_settings.signerName;
        if (!m_settings.recipients.isEmpty())
            s.recipients = m_settings.recipients;
    }
}

Result<Report> Composer::run()
{
    if (m_options.language != QLatin1String("vi") && m_options.language != QLatin1String("en"))
        return Error::usage(tr("the report's language must be vi or en, not %1").arg(m_options.language));
    m_report.language = m_options.language;
    m_report.decimalPoint = m_locale.decimalPoint();
    m_report.continued = m_s(S::Continued);
    m_report.date = m_options.date.isValid() ? m_options.date : QDate::currentDate();
    m_report.dateText = m_report.date.toString(QStringLiteral("dd/MM/yyyy"));
    m_report.year = m_options.year;
    if (Status st = loadSettings(); !st)
        return st.error();
    if (m_options.cohortReport)
        return runCohort();
    if (Status s = resolve(); !s)
        return s.error();
    m_report.indexCode = m_index.code;
    m_report.indexName = m_index.name;
    m_report.unitName = m_unit.name;
    m_report.cohortName = m_cohort.name;

    titleBlock();
    summary();
    trendSection();
    if (Status st
        = changesSection({m_unit.id}, m_previous ? m_previous->year : m_options.year - 1, m_report.sections.size());
        !st)
        return st.error();
    for (Status (Composer::*part)() :
         {&Composer::fieldsSection, &Composer::sipasSection, &Composer::lostSection, &Composer::rankingsSection}) {
        if (Status s = (this->*part)(); !s)
            return s.error();
    }
    signature();
    if (Status st = markIllustrative(); !st)
        return st.error();
    for (int i = 0; i < m_report.sections.size(); ++i)
        m_report.sections[i].heading = roman(i + 1) + QStringLiteral(". ") + m_report.sections[i].heading;
    m_report.sections += m_annexes;
    return m_report;
}

Status Composer::markIllustrative()
{
    ReportSettingsStore store(m_catalog.database());
    const int previousYear = m_previous ? m_previous->year : 0;
    // This year's and last year's illustrative codes of an index.
    auto codes = [&](const QString& code) -> Result<std::pair<QSet<QString>, QSet<QString>>> {
        auto found = m_catalog.findIndex(code);
        if (!found)
            return found.error();
        if (!found.value())
            return std::pair<QSet<QString>, QSet<QString>>();
        auto now = store.illustrativeCodes(found.value()->id, m_options.year);
        if (!now)
            return now.error();
        auto before = previousYear ? store.illustrativeCodes(found.value()->id, previousYear) : QSet<QString>();
        if (!before)
            return before.error();
        return std::pair(now.value(), before.value());
    };
    auto own = codes(m_index.code);
    auto sipas = codes(QStringLiteral("SIPAS"));
    if (!own || !sipas)
        return !own ? own.error() : sipas.error();
    const QString note = m_s(S::Illustrative);
    const QString before = yearText(previousYear);
    for (ReportSection& s : m_report.sections) {
        // Named references, not a structured binding: Clang 14 cannot capture a binding in the lambdas below.
        const auto& codesOfYears = s.id == QLatin1String("sipas") ? sipas.value() : own.value();
        const QSet<QString>& now = codesOfYears.first;
        const QSet<QString>& last = codesOfYears.second;
        if (now.isEmpty() && last.isEmpty())
            continue;
        bool marked = false;
        for (int i = 0; i < s.blocks.size(); ++i) {
            ReportBlock& b = s.blocks[i];
            if (b.kind == ReportBlock::Table) {
                const bool lastYear = previousYear
                    && std::any_of(b.table.columns.cbegin(), b.table.columns.cend(),
                                   [&](const ReportColumn& c) { return c.header.contains(before); });
                const bool shown = std::any_of(b.table.rows.cbegin(), b.table.rows.cend(), [&](const QStringList& r) {
                    return now.contains(r.value(0)) || (lastYear && last.contains(r.value(0)));
                });
                if (shown && !b.table.notes.contains(note))
                    b.table.notes.append(note);
                marked = marked || shown;
            } else if (b.kind == ReportBlock::Chart) {
                const bool shown
                    = std::any_of(b.chart.points.cbegin(), b.chart.points.cend(), [&](const ReportChartPoint& p) {
                          return now.contains(p.label.section(QStringLiteral(". "), 0, 0));
                      });
                const bool noted = i + 1 < s.blocks.size() && s.blocks[i + 1].text == note;
                if (shown && !noted)
                    s.blocks.insert(i + 1, paragraph(note, ReportBlock::Note));
            }
        }
        // Totals by lead unit add up the illustrative criteria of the same section.
        if (marked && s.id == QLatin1String("lost")) {
            for (ReportBlock& b : s.blocks) {
                if (b.kind == ReportBlock::Table && !b.table.notes.contains(note))
                    b.table.notes.append(note);
            }
        }
    }
    return success();
}

Result<Report> Composer::runCohort()
{
    auto index = m_catalog.index(m_options.indexCode);
    if (!index)
        return index.error();
    m_index = index.value();
    auto framework = m_catalog.requireFramework(m_index, m_options.year);
    if (!framework)
        return framework.error();
    m_framework = framework.value();
    QList<Cohort> cohorts;
    if (!m_options.cohort.isEmpty()) {
        auto cohort = m_catalog.resolveCohort(m_index, m_options.cohort);
        if (!cohort)
            return cohort.error();
        cohorts.append(cohort.value());
    } else {
        auto all = m_catalog.cohorts(m_index.id);
        if (!all)
            return all.error();
        cohorts = all.value();
    }
    m_report.draft = false;
    for (const Cohort& c : std::as_const(cohorts)) {
        auto finalised = m_catalog.isFinalised(c.id, m_options.year);
        if (!finalised)
            return finalised.error();
        m_report.draft = m_report.draft || !finalised.value();
    }
    m_report.indexCode = m_index.code;
    m_report.indexName = m_index.name;

    ReportTitle& t = m_report.title;
    if (!m_province.isEmpty())
        t.authority = m_s(S::AuthorityProvince).arg(m_locale.toUpper(m_province));
    t.office = m_s(S::SteeringCommittee);
    t.number = m_s(S::DocumentSymbol).arg(m_settings.symbol.isEmpty() ? CommitteeSymbol : m_settings.symbol);
    t.nation = m_s(S::Nation);
    t.motto = m_s(S::Motto);
    t.placeAndDate = dayMonth();
    t.kind = m_s(S::ReportKind);
    t.subject = m_s(S::CohortSubject).arg(m_index.name, yearText(m_options.year));
    t.draftMark = m_report.draft ? m_s(S::DraftMark) : QString();
    m_report.footer = m_s(S::CohortSubject).arg(m_index.name, yearText(m_options.year)) + QStringLiteral(" · ")
        + (m_report.draft ? m_s(S::FooterDraft) + QStringLiteral(", ") : QString())
        + m_s(S::FooterDate).arg(m_report.dateText);
    m_report.documentTitle = m_s(S::CohortSubject).arg(m_index.name, yearText(m_options.year));
    m_report.author = m_s(S::SteeringCommittee).replace(u'\n', u' ');

    // The cohorts' units this year and in the latest year before it with members (the year the rankings compare
    // with), and the year's changes among them: first, so that a reader meets the new units in the rankings after
    // reading where they came from (and the tables are numbered in the order they are read).
    QSet<qint64> units;
    int since = m_options.year - 1;
    auto years = m_catalog.years(m_index.id);
    if (!years)
        return years.error();
    for (const Cohort& c : std::as_const(cohorts)) {
        auto now = m_catalog.members(c.id, m_options.year);
        if (!now)
            return now.error();
        if (now->isEmpty())
            continue;
        for (const Unit& u : now.value())
            units.insert(u.id);
        for (auto y = years->crbegin(); y != years->crend(); ++y) {
            if (*y >= m_options.year)
                continue;
            auto before = m_catalog.members(c.id, *y);
            if (!before)
                return before.error();
            if (before->isEmpty())
                continue;
            for (const Unit& u : before.value())
                units.insert(u.id);
            since = std::min(since, *y);
            break;
        }
    }
    if (Status st = changesSection(units, since, 0); !st)
        return st.error();
    for (const Cohort& c : std::as_const(cohorts)) {
        if (Status st = cohortSection(c); !st)
            return st.error();
    }
    m_unit = Unit();
    signature();
    for (int i = 0; i < m_report.sections.size(); ++i)
        m_report.sections[i].heading = roman(i + 1) + QStringLiteral(". ") + m_report.sections[i].heading;
    m_report.sections += m_annexes;
    return m_report;
}

Status Composer::cohortSection(const Cohort& cohort)
{
    auto ranking = m_analysis.ranking(m_index.code, m_options.year, cohort.name, m_options.stage);
    if (!ranking)
        return ranking.error();
    const RankingResult& r = ranking.value();
    if (r.rows.isEmpty())
        return success();
    ReportSection& s = section(QStringLiteral("cohort"), S::SummaryHeading);
    s.heading = m_locale.toUpper(cohort.name);

    // How many units in each band, in the index's order of bands.
    QStringList bandCounts;
    for (const Band& b : std::as_const(m_framework.bands)) {
        const auto n
            = std::count_if(r.rows.cbegin(), r.rows.cend(), [&](const RankedUnit& u) { return u.band == b.label; });
        bandCounts.append(QStringLiteral("%1: %2").arg(b.label).arg(n));
    }
    QString intro = m_s(S::CohortIntro).arg(QString::number(r.rows.size()), cohort.name, yearText(m_options.year));
    if (!bandCounts.isEmpty())
        intro += u' ' + m_s(S::CohortBands).arg(bandCounts.join(QStringLiteral("; ")));
    if (!r.incomplete.isEmpty())
        intro += u' ' + m_s(S::CohortProvisional).arg(r.incomplete.size());
    s.blocks.append(paragraph(intro));

    ReportTable table = rankingTable(r);
    table.caption = tableCaption(m_s(S::RankingCaption).arg(m_index.name, yearText(m_options.year), cohort.name));
    s.blocks.append(tableBlock(table));

    // Who rose and who fell most (complete units with a rank both years), only where a change of rank is honest:
    // the same members both years (RankedUnit::places); across a merger 11th of 13 is no rise from 17th of 18.
    const RankedUnit* rose = nullptr;
    const RankedUnit* fell = nullptr;
    for (const RankedUnit& u : r.rows) {
        if (!u.previousRank || !u.places || r.incomplete.contains(u.unitId))
            continue;
        const int places = *u.places;
        if (places > 0 && (!rose || places > *rose->places))
            rose = &u;
        if (places < 0 && (!fell || places < *fell->places))
            fell = &u;
    }
    if (rose)
        s.blocks.append(paragraph(m_s(S::CohortRose)
                                      .arg(inText(rose->name), QString::number(*rose->previousRank - rose->rank),
                                           QString::number(*rose->previousRank), QString::number(rose->rank))));
    if (fell)
        s.blocks.append(paragraph(m_s(S::CohortFell)
                                      .arg(inText(fell->name), QString::number(fell->rank - *fell->previousRank),
                                           QString::number(*fell->previousRank), QString::number(fell->rank))));

    // The criteria where the whole cohort lost most: the mean loss over the units that scored each.
    auto members = m_catalog.members(cohort.id, m_options.year);
    if (!members)
        return members.error();
    QList<qint64> ids;
    for (const Unit& u : members.value())
        ids.append(u.id);
    auto recorded = m_catalog.recorded(m_framework, m_options.stage, ids);
    if (!recorded)
        return recorded.error();
    QList<Evaluation> evaluations;
    for (qint64 id : ids)
        evaluations.append(evaluate(m_framework, recorded->value(id)));
    struct CohortLoss
    {
        int position = 0;
        int scored = 0;
        Decimal meanLost;
    };
    QList<CohortLoss> losses;
    for (int i = 1; i < m_framework.criteria.size(); ++i) {
        const Criterion& c = m_framework.criteria[i];
        if (!c.isLeaf())
            continue;
        Decimal sum;
        int scored = 0;
        for (const Evaluation& e : std::as_const(evaluations)) {
            if (e.value[i]) {
                sum += c.maxPoints - *e.value[i];
                ++scored;
            }
        }
        if (scored > 0 && sum > Decimal())
            losses.append({i, scored, Decimal::mean(sum, scored)});
    }
    std::stable_sort(losses.begin(), losses.end(),
                     [](const CohortLoss& a, const CohortLoss& b) { return a.meanLost > b.meanLost; });
    if (!losses.isEmpty()) {
        int more = 0;
        const int count = topCount(
            losses, m_options.lostCount, [](const CohortLoss& l) { return l.meanLost; }, &more);
        ReportTable t;
        t.caption = tableCaption(m_s(S::CohortLostCaption).arg(cohort.name, yearText(m_options.year)));
        t.columns = {{m_s(S::ColumnCode), ReportColumn::Center},        {m_s(S::ColumnCriterion), ReportColumn::Left},
                     {m_s(S::ColumnMaxShort), ReportColumn::Numeric},   {m_s(S::ColumnMeanLost), ReportColumn::Numeric},
                     {m_s(S::ColumnScoredUnits), ReportColumn::Center}, {m_s(S::ColumnLeadUnit), ReportColumn::Left}};
        for (int k = 0; k < count; ++k) {
            const Criterion& c = m_framework.criteria[losses[k].position];
            t.rows.append({c.code, c.title, num(c.maxPoints), num2(losses[k].meanLost.rounded(2)),
                           QStringLiteral("%1/%2").arg(losses[k].scored).arg(evaluations.size()),
                           c.leadUnit.isEmpty() ? m_s(S::NoLeadUnit) : c.leadUnit});
        }
        if (more > 0)
            t.notes.append(m_s(S::MoreTied).arg(QString::number(more), num2(losses[count - 1].meanLost.rounded(2))));
        t.notes.append(m_s(S::CohortLostNote));
        s.blocks.append(tableBlock(t));
    }

    // Field by field: the mean share of the maximum over the units that scored the whole field, this year and last.
    std::optional<Framework> previousFramework;
    QList<Evaluation> previousEvaluations;
    if (r.previousYear > 0) {
        auto pf = m_catalog.requireFramework(m_index, r.previousYear);
        if (!pf)
            return pf.error();
        previousFramework = pf.value();
        auto previousMembers = m_catalog.members(cohort.id, r.previousYear);
        if (!previousMembers)
            return previousMembers.error();
        QList<qint64> previousIds;
        for (const Unit& u : previousMembers.value())
            previousIds.append(u.id);
        auto previousRecorded = m_catalog.recorded(*previousFramework, m_options.stage, previousIds);
        if (!previousRecorded)
            return previousRecorded.error();
        for (qint64 id : previousIds)
            previousEvaluations.append(evaluate(*previousFramework, previousRecorded->value(id)));
    }
    auto meanShare = [](const Framework& f, const QList<Evaluation>& es, int position) -> std::optional<Decimal> {
        Decimal sum;
        int n = 0;
        for (const Evaluation& e : es) {
            if (!e.value[position] || f.criteria[position].maxPoints.isZero())
                continue;
            bool whole = true;
            for (int i : missingCriteria(f, e)) {
                for (int p = i; p >= 0; p = f.criteria[p].parent)
                    whole = whole && p != position;
            }
            if (!whole)
                continue;
            sum += Decimal::percent(*e.value[position], f.criteria[position].maxPoints, 4);
            ++n;
        }
        return n ? std::optional<Decimal>(Decimal::mean(sum, n)) : std::nullopt;
    };
    ReportTable ft;
    ft.caption = tableCaption(m_s(S::CohortFieldsCaption).arg(cohort.name, yearText(m_options.year)));
    ft.columns = {{m_s(S::ColumnCode), ReportColumn::Center}, {m_s(S::ColumnField), ReportColumn::Left}};
    if (previousFramework)
        ft.columns.append({m_s(S::ColumnYear).arg(yearText(r.previousYear)), ReportColumn::Numeric});
    ft.columns.append({m_s(S::ColumnYear).arg(yearText(m_options.year)), ReportColumn::Numeric});
    if (previousFramework)
        ft.columns.append({m_s(S::ColumnChange), ReportColumn::Numeric});
    for (int f : fieldPositions(m_framework)) {
        const Criterion& c = m_framework.criteria[f];
        const std::optional<Decimal> now = meanShare(m_framework, evaluations, f);
        QStringList row {c.code, c.title};
        std::optional<Decimal> before;
        if (previousFramework) {
            const int p = previousFramework->find(c.code);
            if (p > 0)
                before = meanShare(*previousFramework, previousEvaluations, p);
            row.append(before ? num2(before->rounded(2)) : QStringLiteral("–"));
        }
        row.append(now ? num2(now->rounded(2)) : QStringLiteral("–"));
        if (previousFramework)
            row.append(now && before ? signedNum((*now - *before).rounded(2)) : QStringLiteral("–"));
        ft.rows.append(row);
    }
    ft.notes.append(m_s(S::CohortFieldsNote));
    if (m_index.illustrative)
        ft.notes.append(m_s(S::Illustrative));
    s.blocks.append(tableBlock(ft));
    return success();
}

Status Composer::changesSection(const QSet<qint64>& units, int since, qsizetype at)
{
    LineageStore store(m_catalog);
    auto lineage = store.lineage();
    if (!lineage)
        return lineage.error();
    auto all = m_catalog.units();
    if (!all)
        return all.error();
    QHash<qint64, Unit> byId;
    for (const Unit& u : all.value())
        byId.insert(u.id, u);
    QList<LineageEvent> events;
    for (int year = since + 1; year <= m_options.year; ++year) {
        for (const LineageEvent& e : lineage->eventsIn(year)) {
            const bool concerns = std::any_of(e.predecessors.cbegin(), e.predecessors.cend(),
                                              [&](qint64 id) { return units.contains(id); })
                || std::any_of(e.successors.cbegin(), e.successors.cend(),
                               [&](qint64 id) { return units.contains(id); });
            if (concerns)
                events.append(e);
        }
    }
    if (events.isEmpty())
        return success();

    ReportSection s;
    s.id = QStringLiteral("changes");
    s.heading = m_s(S::ChangesHeading);
    const QString period = since + 1 < m_options.year
        ? QStringLiteral("%1–%2").arg(yearText(since + 1), yearText(m_options.year))
        : yearText(m_options.year);
    s.blocks.append(paragraph(since + 1 < m_options.year
                                  ? m_s(S::ChangesIntroSince).arg(yearText(since), yearText(m_options.year))
                                  : m_s(S::ChangesIntro).arg(yearText(m_options.year))));
    ReportTable t;
    t.caption = tableCaption(m_s(S::ChangesCaption).arg(period));
    t.columns = {{m_s(S::ColumnYearPlain), ReportColumn::Center},
                 {m_s(S::ColumnChangeKind), ReportColumn::Left},
                 {m_s(S::ColumnBefore), ReportColumn::Left},
                 {m_s(S::ColumnAfter), ReportColumn::Left},
                 {m_s(S::ColumnBasis), ReportColumn::Left}};
    for (const LineageEvent& e : std::as_const(events)) {
        QStringList before;
        QStringList after;
        for (qint64 id : e.predecessors)
            before.append(lineage->nameIn(id, e.year - 1));
        for (qint64 id : e.successors)
            after.append(lineage->nameIn(id, e.year));
        S::Key kind = S::KindSplit;
        if (e.kind == LineageEvent::Rename) {
            kind = S::KindRename;
            before = {e.oldName};
            after = {e.newName};
        } else if (e.kind == LineageEvent::Merge) {
            // A unit that existed before the event absorbed the others (sáp nhập); otherwise a new one was formed.
            const Unit into = byId.value(e.successors.value(0));
            kind = into.activeIn(e.year - 1) ? S::KindMergeInto : S::KindMergeNew;
        }
        t.rows.append({yearText(e.year), m_s(kind), before.join(QStringLiteral("; ")), after.join(QStringLiteral("; ")),
                       e.basis.trimmed().isEmpty() ? m_s(S::BasisMissing) : e.basis});
    }
    if (m_index.illustrative)
        t.notes.append(m_s(S::Illustrative));
    s.blocks.append(tableBlock(t));
    m_report.sections.insert(std::clamp<qsizetype>(at, 0, m_report.sections.size()), s);
    return success();
}

} // namespace

Result<Report> ReportBuilder::build(const ReportOptions& options)
{
    return Composer(m_catalog, options).run();
}

} // namespace par
