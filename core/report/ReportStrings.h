#pragma once

#include "i18n/DocumentTranslator.h"

#include <QString>

namespace par {

// The report's own words. A report is written in the language asked for, whatever the application's: each key has
// an English source text, marked with QT_TRANSLATE_NOOP in context "Report" (the switch in ReportStrings.cpp has no
// default, so a new key without one does not compile warning-free), translated through the document's own
// translator (DocumentTranslator) from translations/parindex_vi.ts and parindex_en.ts. Data (unit names, criteria
// titles, band labels) stays as recorded.
class ReportStrings
{
public:
    enum Key
    {
        // Title block and page furniture
        AuthorityProvince, // %1 = province name in capitals
        SteeringCommittee,
        DocumentNumber,
        Nation,
        Motto,
        PlaceAndDate, // %1 place, %2 day, %3 month, %4 year
        DateOnly, // %1 day, %2 month, %3 year
        ReportKind,
        SubjectProvince, // %1 index name, %2 year, %3 province
        SubjectUnit, // %1 index name, %2 year, %3 unit
        DraftMark,
        Continued,
        Footer, // %1 index code, %2 year, %3 unit
        FooterDate, // %1 date
        FooterDraft,
        DocumentTitle, // %1 index code, %2 year, %3 unit
        AuthorProvince, // %1 province
        ProvinceOf, // %1 province: "tỉnh Bắc Kạn"
        TableLabel, // %1 number, %2 caption
        ChartLabel, // %1 number, %2 title
        AnnexLabel, // %1 number
                    // Section headings
        SummaryHeading,
        TrendHeading,
        FieldsHeading,
        SipasHeading,
        LostHeading,
        RankingsHeading,
        // Summary
        SummaryResult, // %1 year, %2 unit phrase, %3 total, %4 max, %5 percent
        SummaryRank, // %1 rank, %2 of
        SummaryRankPublished, // %1 rank, %2 of
        SummaryBand, // %1 band
        SummaryUp, // %1 previous year, %2 previous total, %3 change
        SummaryDown,
        SummarySame, // %1 previous year, %2 previous total
        RankUp, // %1 places, %2 previous year, %3 rank, %4 of
        RankDown,
        RankSame, // %1 rank, %2 of
        FigureTotal,
        FigurePercent,
        FigureRank,
        FigureBand,
        FigureDetailYear, // %1 year, %2 value
        FigureDetailNone,
        CompareCaption, // %1 year, %2 previous year
        ColumnItem,
        ColumnYear, // %1 year
        ColumnChange,
        RowTotal,
        RowPercent,
        RowRank,
        RowBand,
        RankPlacesUp, // %1 places
        RankPlacesDown,
        Unchanged,
        PartsCaption, // %1 year
        ColumnCode,
        ColumnPart,
        ColumnScore,
        ColumnMax,
        ColumnPercent,
        TotalRow,
        TotalDiffers, // %1 recorded, %2 aggregate, %3 difference
        RankSource, // %1 source
        Illustrative,
        // Trend
        TrendChartTitle, // %1 index code
        TrendChartTitlePercent, // %1 index code
        AxisPoints,
        AxisPercent,
        AxisYear,
        RankSublabel, // %1 rank, %2 of
        TrendCaption, // %1 index code
        TrendPublished, // %1 years
        ColumnYearPlain,
        ColumnTotal,
        ColumnRank,
        ColumnBand,
        // Fields
        FieldsChartTitle, // %1 year
        FieldsCaption, // %1 year
        ColumnField,
        ColumnChangeSince, // %1 previous year
        FieldsBestWorst, // %1 best, %2 percent, %3 worst, %4 percent
                         // SIPAS
        SipasResult, // %1 year, %2 unit phrase, %3 percent
        SipasRank, // %1 rank, %2 of
        SipasBest, // %1 criterion, %2 percent
        SipasWorst,
        SipasCaption, // %1 year
        ColumnAspect,
        ColumnSatisfied,
        Overall,
        // Lost points
        LostIntro, // %1 year
        LostCaption, // %1 count, %2 year
        ColumnCriterion,
        ColumnMaxShort,
        ColumnAchieved,
        ColumnLost,
        ColumnLeadUnit,
        ByLeadCaption, // %1 year
        ColumnCriteriaCount,
        ColumnPointsLost,
        NoLeadUnit,
        FallsCaption, // %1 previous year
        NothingLost,
        NothingFell, // %1 previous year
                     // Rankings
        RankingCaption, // %1 index name, %2 year, %3 cohort
        ColumnUnit,
        ColumnRankIn, // %1 year
        TiesNote,
        UnrankedNote, // %1 names
        MaxNote, // %1 max
        AnnexPointer, // %1 cohort, %2 count, %3 annex number
        AnnexTitle, // %1 index name, %2 year, %3 cohort
                    // Signature
        Recipients,
        RecipientMembers,
        RecipientUnits,
        RecipientArchive,
        SignerFor,
        SignerRole,
        SignerForUnit,

        // Missing scores (a unit scored on part of the framework)
        IncompleteSummary, // %1 count, %2 codes, %3 their maximum
        Provisional, // after a rank or a band
        FieldIncomplete, // %1 field codes and their missing criteria
        MissingCaption, // %1 year
        MissingIntro, // %1 count, %2 points
        LostBalance, // %1 lost, %2 not scored, %3 total, %4 maximum
        IncompleteName, // %1 unit name, %2 codes
        IncompleteNote, // in a ranking: the marker's meaning
        CohortProvisional, // %1 count of incomplete units

        BandChanged, // %1 last year's band, %2 this year's
        MaxChangedItem, // %1 code, %2 last year's maximum, %3 this year's
        MaxChangedNote, // %1 items
        MoreTied, // %1 count, %2 value
        CohortSubject, // %1 index name, %2 year
        CohortIntro, // %1 count, %2 cohort, %3 year
        CohortBands, // %1 "band: n; ..."
        CohortRose, // %1 unit, %2 places, %3 previous rank, %4 rank
        CohortFell,
        CohortLostCaption, // %1 cohort, %2 year
        CohortLostNote,
        ColumnMeanLost,
        ColumnScoredUnits,
        CohortFieldsCaption, // %1 cohort, %2 year
        CohortFieldsNote,
        SummaryResultMean, // %1 year, %2 unit phrase, %3 percent
        LowestHeading,
        LowestCaption, // %1 count, %2 year

        // Title block and signature set per database (report_settings), and words for codes
        DocumentSymbol, // %1 symbol: "Số:          /%1"
        SuperiorProvince, // %1 province in capitals: over a department's name
        DistrictCommittee, // %1 district in capitals: a district's people's committee
        SummaryRankTied, // %1 rank, %2 of
        BandMoved, // %1 last year's band, %2 previous year, %3 this year's band

        // Mergers, splits and renames of the units (the lineage) that took effect in the report's year
        ChangesHeading,
        ChangesIntro, // %1 year
        ChangesIntroSince, // %1 previous year with scores, %2 year
        ChangesCaption, // %1 year or years
        ColumnChangeKind,
        ColumnBefore,
        ColumnAfter,
        ColumnBasis,
        KindMergeNew,
        KindMergeInto,
        KindSplit,
        KindRename,
        BasisMissing,
        PredecessorsCell, // %1 the predecessors' ranks of last year: "5/18, 11/18"
        TookInCell, // %1 the unit's own rank of last year, %2 the ranks of the units merged into it
        PredecessorPlace, // %1 rank "5/18", %2 predecessor's name, %3 percent
        PredecessorNoValue, // %1 predecessor's name
        PredecessorsNote, // %1 unit, %2 previous year, %3 the predecessors' places in a list
        TookInNote, // %1 unit, %2 previous year, %3 its own rank then, %4 the places of the units merged into it
        ChangeVsYear, // %1 change, %2 the earlier year it is against (a year without a total lies between)
        RankingWithheld, // %1 year, %2 pools (“A”, “B”): rankings a unit's account cannot read yet
        KeyCount
    };

    explicit ReportStrings(const QString& language);

    QString operator()(Key key) const { return text(key, m_english); }
    bool english() const { return m_english; }

    static QString text(Key key, bool english);
    // The English source of a key and its disambiguation, as lupdate finds them (for the tests).
    static DocumentTranslator::Source source(Key key);
    static constexpr const char* context = "Report";

private:
    bool m_english = false;
};

} // namespace par
