#include "report/ReportStrings.h"

#include <QCoreApplication>

namespace par {

ReportStrings::ReportStrings(const QString& language)
    : m_english(language == QLatin1String("en"))
{
}

QString ReportStrings::text(Key key, bool english)
{
    return DocumentTranslator::of(english ? DocumentLanguage::English : DocumentLanguage::Vietnamese)
        .translate(context, source(key));
}

DocumentTranslator::Source ReportStrings::source(Key key)
{
    switch (key) {
    case AuthorityProvince:
        return QT_TRANSLATE_NOOP("Report", "PEOPLE'S COMMITTEE\nOF %1 PROVINCE");
    case SteeringCommittee:
        return QT_TRANSLATE_NOOP("Report", "PUBLIC ADMINISTRATION REFORM\nSTEERING COMMITTEE");
    case DocumentNumber:
        return QT_TRANSLATE_NOOP("Report", "No.:          /BC-BCĐ");
    case Nation:
        return QT_TRANSLATE_NOOP("Report", "SOCIALIST REPUBLIC OF VIET NAM");
    case Motto:
        return QT_TRANSLATE_NOOP("Report", "Independence - Freedom - Happiness");
    case PlaceAndDate:
        return QT_TRANSLATE_NOOP("Report", "%1, %2/%3/%4");
    case DateOnly:
        return QT_TRANSLATE_NOOP("Report", "%1/%2/%3");
    case ReportKind:
        return QT_TRANSLATE_NOOP("Report", "REPORT");
    case SubjectProvince:
        return QT_TRANSLATE_NOOP("Report", "Results of the %1, %2, for %3 province");
    case SubjectUnit:
        return QT_TRANSLATE_NOOP("Report", "Results of the %1, %2, for %3");
    case DraftMark:
        return QT_TRANSLATE_NOOP("Report", "DRAFT");
    case Continued:
        return QT_TRANSLATE_NOOP("Report", "(continued)");
    case Footer:
        return QT_TRANSLATE_NOOP("Report", "Report on the %1 %2 – %3");
    case FooterDate:
        return QT_TRANSLATE_NOOP("Report", "prepared on %1");
    case FooterDraft:
        return QT_TRANSLATE_NOOP("Report", "Draft");
    case DocumentTitle:
        return QT_TRANSLATE_NOOP("Report", "Report on the %1 %2 – %3");
    case AuthorProvince:
        return QT_TRANSLATE_NOOP("Report", "Public Administration Reform Steering Committee of %1 province");
    case ProvinceOf:
        return QT_TRANSLATE_NOOP("Report", "%1 province");
    case TableLabel:
        return QT_TRANSLATE_NOOP("Report", "Table %1. %2");
    case ChartLabel:
        return QT_TRANSLATE_NOOP("Report", "Chart %1. %2");
    case AnnexLabel:
        return QT_TRANSLATE_NOOP("Report", "ANNEX %1");
    case SummaryHeading:
        return QT_TRANSLATE_NOOP("Report", "OVERALL RESULT");
    case TrendHeading:
        return QT_TRANSLATE_NOOP("Report", "TREND OVER THE YEARS");
    case FieldsHeading:
        return QT_TRANSLATE_NOOP("Report", "RESULTS BY FIELD");
    case SipasHeading:
        return QT_TRANSLATE_NOOP("Report", "SATISFACTION OF CITIZENS AND ORGANISATIONS (SIPAS)");
    case LostHeading:
        return QT_TRANSLATE_NOOP("Report", "WHERE POINTS WERE LOST");
    case RankingsHeading:
        return QT_TRANSLATE_NOOP("Report", "RANKINGS OF AGENCIES AND LOCAL AUTHORITIES");
    case SummaryResult:
        return QT_TRANSLATE_NOOP("Report", "In %1, %2 scored %3 of %4 points, %5% of the maximum.");
    case SummaryRank:
        return QT_TRANSLATE_NOOP("Report", " Ranked %1 of %2.");
    case SummaryRankPublished:
        return QT_TRANSLATE_NOOP("Report", " Ranked %1 of %2 (as published).");
    case SummaryBand:
        return QT_TRANSLATE_NOOP("Report", " Classification: %1.");
    case SummaryUp:
        return QT_TRANSLATE_NOOP("Report", " Against %1 (%2 points), the total rose by %3 points");
    case SummaryDown:
        return QT_TRANSLATE_NOOP("Report", " Against %1 (%2 points), the total fell by %3 points");
    case SummarySame:
        return QT_TRANSLATE_NOOP("Report", " Against %1 (%2 points), the total is unchanged");
    case RankUp:
        return QT_TRANSLATE_NOOP("Report", "; the rank rose %1 places (%2: %3 of %4).");
    case RankDown:
        return QT_TRANSLATE_NOOP("Report", "; the rank fell %1 places (%2: %3 of %4).");
    case RankSame:
        return QT_TRANSLATE_NOOP("Report", "; the rank stayed at %1 of %2.");
    case FigureTotal:
        return QT_TRANSLATE_NOOP("Report", "Total score");
    case FigurePercent:
        return QT_TRANSLATE_NOOP("Report", "Share of maximum");
    case FigureRank:
        return QT_TRANSLATE_NOOP("Report", "Rank");
    case FigureBand:
        return QT_TRANSLATE_NOOP("Report", "Classification");
    case FigureDetailYear:
        return QT_TRANSLATE_NOOP("Report", "%1: %2");
    case FigureDetailNone:
        return QT_TRANSLATE_NOOP("Report", "No result for the year before");
    case CompareCaption:
        return QT_TRANSLATE_NOOP("Report", "Results of %1 against %2");
    case ColumnItem:
        return QT_TRANSLATE_NOOP("Report", "Item");
    case ColumnYear:
        return QT_TRANSLATE_NOOP("Report", "%1");
    case ColumnChange:
        return QT_TRANSLATE_NOOP("Report", "Change");
    case RowTotal:
        return QT_TRANSLATE_NOOP("Report", "Total score");
    case RowPercent:
        return QT_TRANSLATE_NOOP("Report", "Share of maximum (%)");
    case RowRank:
        return QT_TRANSLATE_NOOP("Report", "Rank");
    case RowBand:
        return QT_TRANSLATE_NOOP("Report", "Classification");
    case RankPlacesUp:
        return QT_TRANSLATE_NOOP("Report", "up %1");
    case RankPlacesDown:
        return QT_TRANSLATE_NOOP("Report", "down %1");
    case Unchanged:
        return QT_TRANSLATE_NOOP("Report", "unchanged");
    case PartsCaption:
        return QT_TRANSLATE_NOOP("Report", "Parts of the total score, %1");
    case ColumnCode:
        return QT_TRANSLATE_NOOP("Report", "Code");
    case ColumnPart:
        return QT_TRANSLATE_NOOP("Report", "Part");
    case ColumnScore:
        return QT_TRANSLATE_NOOP3("Report", "Score", "column: the points a part scored");
    case ColumnMax:
        return QT_TRANSLATE_NOOP("Report", "Maximum");
    case ColumnPercent:
        return QT_TRANSLATE_NOOP("Report", "Share (%)");
    case TotalRow:
        return QT_TRANSLATE_NOOP3("Report", "Total", "the last row of a table, adding up the rows above");
    case TotalDiffers:
        return QT_TRANSLATE_NOOP("Report",
                                 "The recorded total (%1) differs from the aggregate of its parts (%2) by "
                                 "%3: the recorded value stands, as published totals are computed from unrounded "
                                 "parts.");
    case RankSource:
        return QT_TRANSLATE_NOOP("Report", "Rank as published: %1.");
    case Illustrative:
        return QT_TRANSLATE_NOOP("Report", "Illustrative figures.");
    case TrendChartTitle:
        return QT_TRANSLATE_NOOP("Report", "%1 total score by year");
    case TrendChartTitlePercent:
        return QT_TRANSLATE_NOOP("Report", "%1 score as a share of the maximum by year");
    case AxisPoints:
        return QT_TRANSLATE_NOOP("Report", "Points");
    case AxisPercent:
        return QT_TRANSLATE_NOOP("Report", "Share of maximum (%)");
    case AxisYear:
        return QT_TRANSLATE_NOOP("Report", "Year");
    case RankSublabel:
        return QT_TRANSLATE_NOOP("Report", "rank %1/%2");
    case TrendCaption:
        return QT_TRANSLATE_NOOP("Report", "%1 results by year");
    case TrendPublished:
        return QT_TRANSLATE_NOOP("Report",
                                 "Ranks as published by the issuing authority (the database does not hold "
                                 "the whole cohort to compute them): %1.");
    case ColumnYearPlain:
        return QT_TRANSLATE_NOOP("Report", "Year");
    case ColumnTotal:
        return QT_TRANSLATE_NOOP3("Report", "Total", "column: a unit's total score");
    case ColumnRank:
        return QT_TRANSLATE_NOOP("Report", "Rank");
    case ColumnBand:
        return QT_TRANSLATE_NOOP("Report", "Classification");
    case FieldsChartTitle:
        return QT_TRANSLATE_NOOP("Report", "Score as a share of the maximum by field, %1");
    case FieldsCaption:
        return QT_TRANSLATE_NOOP("Report", "Scores by field, %1");
    case ColumnField:
        return QT_TRANSLATE_NOOP("Report", "Field");
    case ColumnChangeSince:
        return QT_TRANSLATE_NOOP("Report", "Change on %1");
    case FieldsBestWorst:
        return QT_TRANSLATE_NOOP("Report", "Highest share: %1 (%2%); lowest: %3 (%4%).");
    case SipasResult:
        return QT_TRANSLATE_NOOP("Report",
                                 "In %1, the satisfaction of citizens and organisations with the services "
                                 "of %2's public administration (SIPAS) was %3%.");
    case SipasRank:
        return QT_TRANSLATE_NOOP("Report", " Ranked %1 of %2.");
    case SipasBest:
        return QT_TRANSLATE_NOOP("Report", "Highest satisfaction: %1 (%2%).");
    case SipasWorst:
        return QT_TRANSLATE_NOOP("Report", "Lowest satisfaction: %1 (%2%).");
    case SipasCaption:
        return QT_TRANSLATE_NOOP("Report", "Satisfaction by aspect, %1");
    case ColumnAspect:
        return QT_TRANSLATE_NOOP("Report", "Aspect");
    case ColumnSatisfied:
        return QT_TRANSLATE_NOOP("Report", "Satisfied (%)");
    case Overall:
        return QT_TRANSLATE_NOOP("Report", "Overall");
    case LostIntro:
        return QT_TRANSLATE_NOOP("Report",
                                 "The component criteria where most points were lost in %1 are listed "
                                 "below with their lead units; each lead unit is asked to explain the cause and "
                                 "propose a remedy.");
    case LostCaption:
        return QT_TRANSLATE_NOOP("Report", "The %1 criteria with most points lost, %2");
    case ColumnCriterion:
        return QT_TRANSLATE_NOOP("Report", "Criterion");
    case ColumnMaxShort:
        return QT_TRANSLATE_NOOP("Report", "Max.");
    case ColumnAchieved:
        return QT_TRANSLATE_NOOP3("Report", "Score", "column: the points a criterion scored");
    case ColumnLost:
        return QT_TRANSLATE_NOOP("Report", "Lost");
    case ColumnLeadUnit:
        return QT_TRANSLATE_NOOP("Report", "Lead unit");
    case ByLeadCaption:
        return QT_TRANSLATE_NOOP("Report", "Points lost by lead unit, %1");
    case ColumnCriteriaCount:
        return QT_TRANSLATE_NOOP("Report", "Criteria");
    case ColumnPointsLost:
        return QT_TRANSLATE_NOOP("Report", "Points lost");
    case NoLeadUnit:
        return QT_TRANSLATE_NOOP("Report", "(none assigned)");
    case FallsCaption:
        return QT_TRANSLATE_NOOP("Report", "Criteria that fell since %1");
    case NothingLost:
        return QT_TRANSLATE_NOOP("Report", "No points were lost.");
    case NothingFell:
        return QT_TRANSLATE_NOOP("Report", "No criterion fell since %1.");
    case RankingCaption:
        return QT_TRANSLATE_NOOP("Report", "%1, %2: ranking of %3");
    case ColumnUnit:
        return QT_TRANSLATE_NOOP("Report", "Unit");
    case ColumnRankIn:
        return QT_TRANSLATE_NOOP("Report", "Rank %1");
    case TiesNote:
        return QT_TRANSLATE_NOOP("Report", "“=” after a rank: tied (equal totals).");
    case UnrankedNote:
        return QT_TRANSLATE_NOOP("Report", "Not ranked (no score): %1.");
    case RankingWithheld:
        return QT_TRANSLATE_NOOP("Report", "Not shown until the %1 results are finalised: the rankings of %2.");
    case MaxNote:
        return QT_TRANSLATE_NOOP("Report", "Maximum: %1 points.");
    case AnnexPointer:
        return QT_TRANSLATE_NOOP("Report", "The full ranking of the %2 units of “%1”: see Annex %3.");
    case AnnexTitle:
        return QT_TRANSLATE_NOOP("Report", "%1, %2: ranking of %3");
    case Recipients:
        return QT_TRANSLATE_NOOP("Report", "Recipients:");
    case RecipientMembers:
        return QT_TRANSLATE_NOOP("Report", "- Members of the steering committee;");
    case RecipientUnits:
        return QT_TRANSLATE_NOOP("Report", "- The agencies and units concerned;");
    case RecipientArchive:
        return QT_TRANSLATE_NOOP("Report", "- Archive.");
    case SignerFor:
        return QT_TRANSLATE_NOOP("Report", "FOR THE STEERING COMMITTEE");
    case SignerRole:
        return QT_TRANSLATE_NOOP("Report", "CHAIR");
    case SignerForUnit:
        return QT_TRANSLATE_NOOP("Report", "HEAD OF THE AGENCY");
    case IncompleteSummary:
        return QT_TRANSLATE_NOOP("Report",
                                 " %1 criteria are not scored (%2; %3 points at most): the total counts "
                                 "the scored criteria only, and the rank and classification are provisional.");
    case Provisional:
        return QT_TRANSLATE_NOOP("Report", "(provisional)");
    case FieldIncomplete:
        return QT_TRANSLATE_NOOP("Report",
                                 "* Fields not fully scored (criteria not scored in brackets): %1. The "
                                 "score counts the scored criteria only; no share is computed and no comparison "
                                 "is made.");
    case MissingCaption:
        return QT_TRANSLATE_NOOP("Report", "Criteria not scored, %1");
    case MissingIntro:
        return QT_TRANSLATE_NOOP("Report",
                                 "%1 criteria (%2 points at most) are not scored. They are not counted as "
                                 "points lost, and their lead units are not asked to explain them until they are "
                                 "scored.");
    case LostBalance:
        return QT_TRANSLATE_NOOP("Report", "Points lost %1 + not scored %2 + total %3 = maximum %4.");
    case IncompleteName:
        return QT_TRANSLATE_NOOP("Report", "%1 (incomplete: %2 not scored)");
    case IncompleteNote:
        return QT_TRANSLATE_NOOP("Report",
                                 "“*” after a rank: the unit is not fully scored; its total counts the "
                                 "scored criteria only, and its rank and classification are provisional.");
    case CohortProvisional:
        return QT_TRANSLATE_NOOP("Report",
                                 "%1 unit(s) not fully scored: the whole ranking is provisional until they "
                                 "are.");
    case BandChanged:
        return QT_TRANSLATE_NOOP("Report", "from %1 to %2");
    case MaxChangedItem:
        return QT_TRANSLATE_NOOP("Report", "%1: %2 to %3");
    case MaxChangedNote:
        return QT_TRANSLATE_NOOP("Report",
                                 "The maximum changed between the years (%1): the change is in shares of "
                                 "the maximum (percentage points), not in points.");
    case MoreTied:
        return QT_TRANSLATE_NOOP("Report", "%1 more criteria share the value %2.");
    case CohortSubject:
        return QT_TRANSLATE_NOOP("Report", "Results of the %1, %2");
    case CohortIntro:
        return QT_TRANSLATE_NOOP("Report", "In %3, %1 units of “%2” were assessed.");
    case CohortBands:
        return QT_TRANSLATE_NOOP("Report", "Units by classification: %1.");
    case CohortRose:
        return QT_TRANSLATE_NOOP("Report", "Rose most: %1, up %2 place(s) (from %3 to %4).");
    case CohortFell:
        return QT_TRANSLATE_NOOP("Report", "Fell most: %1, down %2 place(s) (from %3 to %4).");
    case CohortLostCaption:
        return QT_TRANSLATE_NOOP("Report", "Criteria where “%1” lost most, %2");
    case CohortLostNote:
        return QT_TRANSLATE_NOOP("Report",
                                 "Mean points lost over the units that scored the criterion; an unscored "
                                 "criterion is not counted as lost.");
    case ColumnMeanLost:
        return QT_TRANSLATE_NOOP("Report", "Mean lost");
    case ColumnScoredUnits:
        return QT_TRANSLATE_NOOP("Report", "Units scored");
    case CohortFieldsCaption:
        return QT_TRANSLATE_NOOP("Report", "Mean share of the maximum by field (%) of “%1”, %2");
    case CohortFieldsNote:
        return QT_TRANSLATE_NOOP("Report",
                                 "Mean over the units that scored the whole field; changes in percentage "
                                 "points.");
    case SummaryResultMean:
        return QT_TRANSLATE_NOOP("Report", "In %1, %2 reached %3% (the mean of its criteria).");
    case LowestHeading:
        return QT_TRANSLATE_NOOP("Report", "CRITERIA WITH THE LOWEST SHARES");
    case LowestCaption:
        return QT_TRANSLATE_NOOP("Report", "The %1 criteria with the lowest shares, %2");
    case DocumentSymbol:
        return QT_TRANSLATE_NOOP("Report", "No.:          /%1");
    case SuperiorProvince:
        return QT_TRANSLATE_NOOP("Report", "PEOPLE'S COMMITTEE OF %1 PROVINCE");
    case DistrictCommittee:
        return QT_TRANSLATE_NOOP("Report", "PEOPLE'S COMMITTEE OF %1");
    case SummaryRankTied:
        return QT_TRANSLATE_NOOP("Report", " Ranked %1 of %2, tied.");
    case BandMoved:
        return QT_TRANSLATE_NOOP("Report", " Classification moved from %1 (%2) to %3.");
    case ChangesHeading:
        return QT_TRANSLATE_NOOP("Report", "MERGERS, SPLITS AND RENAMES OF UNITS");
    case ChangesIntro:
        return QT_TRANSLATE_NOOP("Report",
                                 "These changes to the units took effect in %1. Each unit is ranked in its "
                                 "new form; results from before a change stay with the units it came from "
                                 "and are never added together.");
    case ChangesIntroSince:
        return QT_TRANSLATE_NOOP("Report",
                                 "These changes to the units took effect after %1, the previous year with "
                                 "scores, and up to %2. Each unit is ranked in its new form; results from "
                                 "before a change stay with the units it came from and are never added "
                                 "together.");
    case ChangesCaption:
        return QT_TRANSLATE_NOOP("Report", "Mergers, splits and renames of units, %1");
    case ColumnChangeKind:
        return QT_TRANSLATE_NOOP("Report", "Kind of change");
    case ColumnBefore:
        return QT_TRANSLATE_NOOP("Report", "Units before");
    case ColumnAfter:
        return QT_TRANSLATE_NOOP("Report", "Units after");
    case ColumnBasis:
        return QT_TRANSLATE_NOOP("Report", "Legal basis");
    case KindMergeNew:
        return QT_TRANSLATE_NOOP("Report", "Merged into a new unit");
    case KindMergeInto:
        return QT_TRANSLATE_NOOP("Report", "Merged into an existing unit");
    case KindSplit:
        return QT_TRANSLATE_NOOP("Report", "Split");
    case KindRename:
        return QT_TRANSLATE_NOOP("Report", "Renamed");
    case BasisMissing:
        return QT_TRANSLATE_NOOP("Report", "not recorded");
    case PredecessorsCell:
        return QT_TRANSLATE_NOOP("Report", "predecessors %1");
    case TookInCell:
        return QT_TRANSLATE_NOOP("Report", "%1; merged in %2");
    case PredecessorPlace:
        return QT_TRANSLATE_NOOP("Report", "%1 (%2, %3%)");
    case PredecessorNoValue:
        return QT_TRANSLATE_NOOP("Report", "%1 (no score)");
    case PredecessorsNote:
        return QT_TRANSLATE_NOOP("Report", "%1 was formed from other units: in %2 its predecessors ranked %3.");
    case TookInNote:
        return QT_TRANSLATE_NOOP("Report",
                                 "%1 took in other units: in %2 it ranked %3 and the units merged into it %4.");
    case ChangeVsYear:
        return QT_TRANSLATE_NOOP("Report", "%1 (vs %2)");
    case KeyCount:
        break;
    }
    return "";
}

} // namespace par
