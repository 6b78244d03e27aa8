#include "report/ReportStrings.h"

namespace par {

using namespace Qt::StringLiterals;

ReportStrings::ReportStrings(const QString& language)
    : m_english(language == QLatin1String("en"))
{
}

QString ReportStrings::text(Key key, bool english)
{
    auto pick = [english](const QString& vi, const QString& en) { return english ? en : vi; };
    switch (key) {
    case AuthorityProvince:
        return pick(u"ỦY BAN NHÂN DÂN\nTỈNH %1"_s, u"PEOPLE'S COMMITTEE\nOF %1 PROVINCE"_s);
    case SteeringCommittee:
        return pick(u"BAN CHỈ ĐẠO\nCẢI CÁCH HÀNH CHÍNH"_s, u"PUBLIC ADMINISTRATION REFORM\nSTEERING COMMITTEE"_s);
    case DocumentNumber:
        return pick(u"Số:          /BC-BCĐ"_s, u"No.:          /BC-BCĐ"_s);
    case Nation:
        return pick(u"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"_s, u"SOCIALIST REPUBLIC OF VIET NAM"_s);
    case Motto:
        return pick(u"Độc lập - Tự do - Hạnh phúc"_s, u"Independence - Freedom - Happiness"_s);
    case PlaceAndDate:
        return pick(u"%1, ngày %2 tháng %3 năm %4"_s, u"%1, %2/%3/%4"_s);
    case DateOnly:
        return pick(u"Ngày %1 tháng %2 năm %3"_s, u"%1/%2/%3"_s);
    case ReportKind:
        return pick(u"BÁO CÁO"_s, u"REPORT"_s);
    case SubjectProvince:
        return pick(u"Kết quả %1 năm %2 của tỉnh %3"_s, u"Results of the %1, %2, for %3 province"_s);
    case SubjectUnit:
        return pick(u"Kết quả %1 năm %2 của %3"_s, u"Results of the %1, %2, for %3"_s);
    case DraftMark:
        return pick(u"DỰ THẢO"_s, u"DRAFT"_s);
    case Continued:
        return pick(u"(tiếp theo)"_s, u"(continued)"_s);
    case Footer:
        return pick(u"Báo cáo kết quả %1 năm %2 – %3"_s, u"Report on the %1 %2 – %3"_s);
    case FooterDate:
        return pick(u"lập ngày %1"_s, u"prepared on %1"_s);
    case FooterDraft:
        return pick(u"Dự thảo"_s, u"Draft"_s);
    case DocumentTitle:
        return pick(u"Báo cáo kết quả %1 năm %2 – %3"_s, u"Report on the %1 %2 – %3"_s);
    case AuthorProvince:
        return pick(u"Ban Chỉ đạo cải cách hành chính tỉnh %1"_s,
                    u"Public Administration Reform Steering Committee of %1 province"_s);
    case ProvinceOf:
        return pick(u"tỉnh %1"_s, u"%1 province"_s);
    case TableLabel:
        return pick(u"Bảng %1. %2"_s, u"Table %1. %2"_s);
    case ChartLabel:
        return pick(u"Biểu đồ %1. %2"_s, u"Chart %1. %2"_s);
    case AnnexLabel:
        return pick(u"PHỤ LỤC %1"_s, u"ANNEX %1"_s);
    case SummaryHeading:
        return pick(u"KẾT QUẢ CHUNG"_s, u"OVERALL RESULT"_s);
    case TrendHeading:
        return pick(u"DIỄN BIẾN QUA CÁC NĂM"_s, u"TREND OVER THE YEARS"_s);
    case FieldsHeading:
        return pick(u"KẾT QUẢ THEO LĨNH VỰC"_s, u"RESULTS BY FIELD"_s);
    case SipasHeading:
        return pick(u"CHỈ SỐ HÀI LÒNG CỦA NGƯỜI DÂN, TỔ CHỨC (SIPAS)"_s,
                    u"SATISFACTION OF CITIZENS AND ORGANISATIONS (SIPAS)"_s);
    case LostHeading:
        return pick(u"NHỮNG TIÊU CHÍ BỊ MẤT ĐIỂM"_s, u"WHERE POINTS WERE LOST"_s);
    case RankingsHeading:
        return pick(u"XẾP HẠNG CÁC CƠ QUAN, ĐƠN VỊ"_s, u"RANKINGS OF AGENCIES AND LOCAL AUTHORITIES"_s);
    case SummaryResult:
        return pick(u"Năm %1, %2 đạt %3/%4 điểm, tương ứng %5% số điểm tối đa."_s,
                    u"In %1, %2 scored %3 of %4 points, %5% of the maximum."_s);
    case SummaryRank:
        return pick(u" Xếp thứ %1/%2."_s, u" Ranked %1 of %2."_s);
    case SummaryRankPublished:
        return pick(u" Xếp thứ %1/%2 (theo công bố)."_s, u" Ranked %1 of %2 (as published)."_s);
    case SummaryBand:
        return pick(u" Xếp loại: %1."_s, u" Classification: %1."_s);
    case SummaryUp:
        return pick(u" So với năm %1 (%2 điểm), tổng điểm tăng %3 điểm"_s,
                    u" Against %1 (%2 points), the total rose by %3 points"_s);
    case SummaryDown:
        return pick(u" So với năm %1 (%2 điểm), tổng điểm giảm %3 điểm"_s,
                    u" Against %1 (%2 points), the total fell by %3 points"_s);
    case SummarySame:
        return pick(u" So với năm %1 (%2 điểm), tổng điểm không đổi"_s,
                    u" Against %1 (%2 points), the total is unchanged"_s);
    case RankUp:
        return pick(u"; thứ hạng tăng %1 bậc (năm %2 xếp thứ %3/%4)."_s,
                    u"; the rank rose %1 places (%2: %3 of %4)."_s);
    case RankDown:
        return pick(u"; thứ hạng giảm %1 bậc (năm %2 xếp thứ %3/%4)."_s,
                    u"; the rank fell %1 places (%2: %3 of %4)."_s);
    case RankSame:
        return pick(u"; giữ nguyên thứ hạng %1/%2."_s, u"; the rank stayed at %1 of %2."_s);
    case FigureTotal:
        return pick(u"Tổng điểm"_s, u"Total score"_s);
    case FigurePercent:
        return pick(u"Tỷ lệ đạt"_s, u"Share of maximum"_s);
    case FigureRank:
        return pick(u"Xếp hạng"_s, u"Rank"_s);
    case FigureBand:
        return pick(u"Xếp loại"_s, u"Classification"_s);
    case FigureDetailYear:
        return pick(u"Năm %1: %2"_s, u"%1: %2"_s);
    case FigureDetailNone:
        return pick(u"Chưa có số liệu năm trước"_s, u"No result for the year before"_s);
    case CompareCaption:
        return pick(u"So sánh kết quả năm %1 với năm %2"_s, u"Results of %1 against %2"_s);
    case ColumnItem:
        return pick(u"Nội dung"_s, u"Item"_s);
    case ColumnYear:
        return pick(u"Năm %1"_s, u"%1"_s);
    case ColumnChange:
        return pick(u"Thay đổi"_s, u"Change"_s);
    case RowTotal:
        return pick(u"Tổng điểm"_s, u"Total score"_s);
    case RowPercent:
        return pick(u"Tỷ lệ đạt (%)"_s, u"Share of maximum (%)"_s);
    case RowRank:
        return pick(u"Xếp hạng"_s, u"Rank"_s);
    case RowBand:
        return pick(u"Xếp loại"_s, u"Classification"_s);
    case RankPlacesUp:
        return pick(u"tăng %1 bậc"_s, u"up %1"_s);
    case RankPlacesDown:
        return pick(u"giảm %1 bậc"_s, u"down %1"_s);
    case Unchanged:
        return pick(u"không đổi"_s, u"unchanged"_s);
    case PartsCaption:
        return pick(u"Các thành phần của tổng điểm năm %1"_s, u"Parts of the total score, %1"_s);
    case ColumnCode:
        return pick(u"Mã"_s, u"Code"_s);
    case ColumnPart:
        return pick(u"Thành phần"_s, u"Part"_s);
    case ColumnScore:
        return pick(u"Điểm đạt"_s, u"Score"_s);
    case ColumnMax:
        return pick(u"Điểm tối đa"_s, u"Maximum"_s);
    case ColumnPercent:
        return pick(u"Tỷ lệ (%)"_s, u"Share (%)"_s);
    case TotalRow:
        return pick(u"Tổng cộng"_s, u"Total"_s);
    case TotalDiffers:
        return pick(u"Tổng điểm ghi nhận (%1) khác giá trị tổng hợp từ các thành phần (%2), chênh lệch %3: giá trị "
                    u"ghi nhận được giữ nguyên, vì tổng điểm công bố được tính từ các giá trị chưa làm tròn."_s,
                    u"The recorded total (%1) differs from the aggregate of its parts (%2) by %3: the recorded value "
                    u"stands, as published totals are computed from unrounded parts."_s);
    case RankSource:
        return pick(u"Thứ hạng theo công bố: %1."_s, u"Rank as published: %1."_s);
    case Illustrative:
        return pick(u"Số liệu minh hoạ."_s, u"Illustrative figures."_s);
    case TrendChartTitle:
        return pick(u"Tổng điểm %1 qua các năm"_s, u"%1 total score by year"_s);
    case TrendChartTitlePercent:
        return pick(u"Tỷ lệ điểm đạt %1 qua các năm"_s, u"%1 score as a share of the maximum by year"_s);
    case AxisPoints:
        return pick(u"Điểm"_s, u"Points"_s);
    case AxisPercent:
        return pick(u"Tỷ lệ đạt (%)"_s, u"Share of maximum (%)"_s);
    case AxisYear:
        return pick(u"Năm"_s, u"Year"_s);
    case RankSublabel:
        return pick(u"hạng %1/%2"_s, u"rank %1/%2"_s);
    case TrendCaption:
        return pick(u"Kết quả %1 qua các năm"_s, u"%1 results by year"_s);
    case TrendPublished:
        return pick(u"Thứ hạng theo công bố của cơ quan có thẩm quyền (cơ sở dữ liệu không có đủ các đơn vị để tự "
                    u"tính): năm %1."_s,
                    u"Ranks as published by the issuing authority (the database does not hold the whole cohort to "
                    u"compute them): %1."_s);
    case ColumnYearPlain:
        return pick(u"Năm"_s, u"Year"_s);
    case ColumnTotal:
        return pick(u"Tổng điểm"_s, u"Total"_s);
    case ColumnRank:
        return pick(u"Xếp hạng"_s, u"Rank"_s);
    case ColumnBand:
        return pick(u"Xếp loại"_s, u"Classification"_s);
    case FieldsChartTitle:
        return pick(u"Tỷ lệ điểm đạt so với điểm tối đa theo lĩnh vực, năm %1"_s,
                    u"Score as a share of the maximum by field, %1"_s);
    case FieldsCaption:
        return pick(u"Điểm các lĩnh vực năm %1"_s, u"Scores by field, %1"_s);
    case ColumnField:
        return pick(u"Lĩnh vực"_s, u"Field"_s);
    case ColumnChangeSince:
        return pick(u"So với năm %1"_s, u"Change on %1"_s);
    case FieldsBestWorst:
        return pick(u"Lĩnh vực đạt tỷ lệ cao nhất: %1 (%2%); thấp nhất: %3 (%4%)."_s,
                    u"Highest share: %1 (%2%); lowest: %3 (%4%)."_s);
    case SipasResult:
        return pick(u"Năm %1, Chỉ số hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà "
                    u"nước (SIPAS) của %2 đạt %3%."_s,
                    u"In %1, the satisfaction of citizens and organisations with the services of %2's public "
                    u"administration (SIPAS) was %3%."_s);
    case SipasRank:
        return pick(u" Xếp thứ %1/%2."_s, u" Ranked %1 of %2."_s);
    case SipasBest:
        return pick(u"Tiêu chí có tỷ lệ hài lòng cao nhất: %1 (%2%)."_s, u"Highest satisfaction: %1 (%2%)."_s);
    case SipasWorst:
        return pick(u"Tiêu chí có tỷ lệ hài lòng thấp nhất: %1 (%2%)."_s, u"Lowest satisfaction: %1 (%2%)."_s);
    case SipasCaption:
        return pick(u"Tỷ lệ hài lòng theo các yếu tố, năm %1"_s, u"Satisfaction by aspect, %1"_s);
    case ColumnAspect:
        return pick(u"Yếu tố"_s, u"Aspect"_s);
    case ColumnSatisfied:
        return pick(u"Tỷ lệ hài lòng (%)"_s, u"Satisfied (%)"_s);
    case Overall:
        return pick(u"Chung"_s, u"Overall"_s);
    case LostIntro:
        return pick(u"Các tiêu chí thành phần bị mất nhiều điểm nhất năm %1 được liệt kê dưới đây cùng đơn vị chủ "
                    u"trì; đề nghị các đơn vị chủ trì giải trình nguyên nhân và đề xuất giải pháp khắc phục."_s,
                    u"The component criteria where most points were lost in %1 are listed below with their lead "
                    u"units; each lead unit is asked to explain the cause and propose a remedy."_s);
    case LostCaption:
        return pick(u"%1 tiêu chí bị mất nhiều điểm nhất, năm %2"_s, u"The %1 criteria with most points lost, %2"_s);
    case ColumnCriterion:
        return pick(u"Tiêu chí"_s, u"Criterion"_s);
    case ColumnMaxShort:
        return pick(u"Tối đa"_s, u"Max."_s);
    case ColumnAchieved:
        return pick(u"Đạt"_s, u"Score"_s);
    case ColumnLost:
        return pick(u"Mất"_s, u"Lost"_s);
    case ColumnLeadUnit:
        return pick(u"Đơn vị chủ trì"_s, u"Lead unit"_s);
    case ByLeadCaption:
        return pick(u"Điểm bị mất theo đơn vị chủ trì, năm %1"_s, u"Points lost by lead unit, %1"_s);
    case ColumnCriteriaCount:
        return pick(u"Số tiêu chí"_s, u"Criteria"_s);
    case ColumnPointsLost:
        return pick(u"Điểm bị mất"_s, u"Points lost"_s);
    case NoLeadUnit:
        return pick(u"(chưa phân công)"_s, u"(none assigned)"_s);
    case FallsCaption:
        return pick(u"Các tiêu chí giảm điểm so với năm %1"_s, u"Criteria that fell since %1"_s);
    case NothingLost:
        return pick(u"Không có tiêu chí nào bị mất điểm."_s, u"No points were lost."_s);
    case NothingFell:
        return pick(u"Không có tiêu chí nào giảm điểm so với năm %1."_s, u"No criterion fell since %1."_s);
    case RankingCaption:
        return pick(u"Xếp hạng %1 năm %2: %3"_s, u"%1, %2: ranking of %3"_s);
    case ColumnUnit:
        return pick(u"Cơ quan, đơn vị"_s, u"Unit"_s);
    case ColumnRankIn:
        return pick(u"Hạng năm %1"_s, u"Rank %1"_s);
    case TiesNote:
        return pick(u"Dấu “=” sau thứ hạng: đồng hạng (bằng tổng điểm)."_s,
                    u"“=” after a rank: tied (equal totals)."_s);
    case UnrankedNote:
        return pick(u"Chưa xếp hạng (chưa có điểm): %1."_s, u"Not ranked (no score): %1."_s);
    case MaxNote:
        return pick(u"Điểm tối đa: %1."_s, u"Maximum: %1 points."_s);
    case AnnexPointer:
        return pick(u"Bảng xếp hạng đầy đủ %2 đơn vị nhóm “%1”: xem Phụ lục %3."_s,
                    u"The full ranking of the %2 units of “%1”: see Annex %3."_s);
    case AnnexTitle:
        return pick(u"Xếp hạng %1 năm %2: %3"_s, u"%1, %2: ranking of %3"_s);
    case Recipients:
        return pick(u"Nơi nhận:"_s, u"Recipients:"_s);
    case RecipientMembers:
        return pick(u"- Thành viên Ban Chỉ đạo;"_s, u"- Members of the steering committee;"_s);
    case RecipientUnits:
        return pick(u"- Các cơ quan, đơn vị liên quan;"_s, u"- The agencies and units concerned;"_s);
    case RecipientArchive:
        return pick(u"- Lưu: VT."_s, u"- Archive."_s);
    case SignerFor:
        return pick(u"TM. BAN CHỈ ĐẠO"_s, u"FOR THE STEERING COMMITTEE"_s);
    case SignerRole:
        return pick(u"TRƯỞNG BAN"_s, u"CHAIR"_s);
    case SignerForUnit:
        return pick(u"THỦ TRƯỞNG CƠ QUAN"_s, u"HEAD OF THE AGENCY"_s);
    case IncompleteSummary:
        return pick(u" Chưa có điểm %1 tiêu chí (%2; tối đa %3 điểm): tổng điểm chỉ tính trên các tiêu chí đã chấm, "
                    u"thứ hạng và xếp loại là tạm tính."_s,
                    u" %1 criteria are not scored (%2; %3 points at most): the total counts the scored criteria "
                    u"only, and the rank and classification are provisional."_s);
    case Provisional:
        return pick(u"(tạm tính)"_s, u"(provisional)"_s);
    case FieldIncomplete:
        return pick(u"* Lĩnh vực chưa đủ điểm (trong ngoặc: tiêu chí chưa có điểm): %1. Điểm đạt chỉ tính trên các "
                    u"tiêu chí đã chấm; chưa tính tỷ lệ và không so sánh với năm trước."_s,
                    u"* Fields not fully scored (criteria not scored in brackets): %1. The score counts the scored "
                    u"criteria only; no share is computed and no comparison is made."_s);
    case MissingCaption:
        return pick(u"Các tiêu chí chưa có điểm, năm %1"_s, u"Criteria not scored, %1"_s);
    case MissingIntro:
        return pick(u"Chưa có điểm %1 tiêu chí (tối đa %2 điểm). Các tiêu chí này không được tính là mất điểm và "
                    u"không thuộc trách nhiệm giải trình của đơn vị chủ trì cho đến khi có điểm."_s,
                    u"%1 criteria (%2 points at most) are not scored. They are not counted as points lost, and their "
                    u"lead units are not asked to explain them until they are scored."_s);
    case LostBalance:
        return pick(u"Điểm bị mất %1 + chưa chấm %2 + tổng điểm %3 = điểm tối đa %4."_s,
                    u"Points lost %1 + not scored %2 + total %3 = maximum %4."_s);
    case IncompleteName:
        return pick(u"%1 (chưa đủ điểm: thiếu %2)"_s, u"%1 (incomplete: %2 not scored)"_s);
    case IncompleteNote:
        return pick(u"Dấu “*” sau thứ hạng: đơn vị chưa đủ điểm; tổng điểm chỉ tính trên các tiêu chí đã chấm, thứ "
                    u"hạng và xếp loại là tạm tính."_s,
                    u"“*” after a rank: the unit is not fully scored; its total counts the scored criteria only, and "
                    u"its rank and classification are provisional."_s);
    case CohortProvisional:
        return pick(u"%1 đơn vị chưa đủ điểm: thứ hạng của cả nhóm là tạm tính cho đến khi đủ điểm."_s,
                    u"%1 unit(s) not fully scored: the whole ranking is provisional until they are."_s);
    case BandChanged:
        return pick(u"từ %1 sang %2"_s, u"from %1 to %2"_s);
    case MaxChangedItem:
        return pick(u"%1: %2 thành %3"_s, u"%1: %2 to %3"_s);
    case MaxChangedNote:
        return pick(u"Điểm tối đa thay đổi giữa hai năm (%1): thay đổi tính theo tỷ lệ so với điểm tối đa (điểm "
                    u"phần trăm), không theo điểm."_s,
                    u"The maximum changed between the years (%1): the change is in shares of the maximum "
                    u"(percentage points), not in points."_s);
    case MoreTied:
        return pick(u"Ngoài ra còn %1 tiêu chí khác cùng giá trị %2."_s, u"%1 more criteria share the value %2."_s);
    case CohortSubject:
        return pick(u"Công bố kết quả %1 năm %2"_s, u"Results of the %1, %2"_s);
    case CohortIntro:
        return pick(u"Năm %3, nhóm “%2” có %1 đơn vị được đánh giá."_s, u"In %3, %1 units of “%2” were assessed."_s);
    case CohortBands:
        return pick(u"Số đơn vị theo xếp loại: %1."_s, u"Units by classification: %1."_s);
    case CohortRose:
        return pick(u"Tăng nhiều bậc nhất: %1, tăng %2 bậc (từ thứ %3 lên thứ %4)."_s,
                    u"Rose most: %1, up %2 place(s) (from %3 to %4)."_s);
    case CohortFell:
        return pick(u"Giảm nhiều bậc nhất: %1, giảm %2 bậc (từ thứ %3 xuống thứ %4)."_s,
                    u"Fell most: %1, down %2 place(s) (from %3 to %4)."_s);
    case CohortLostCaption:
        return pick(u"Các tiêu chí cả nhóm “%1” mất nhiều điểm nhất, năm %2"_s, u"Criteria where “%1” lost most, %2"_s);
    case CohortLostNote:
        return pick(u"Điểm mất bình quân trên các đơn vị đã có điểm tiêu chí đó; tiêu chí chưa chấm không tính là mất "
                    u"điểm."_s,
                    u"Mean points lost over the units that scored the criterion; an unscored criterion is not counted "
                    u"as lost."_s);
    case ColumnMeanLost:
        return pick(u"Mất bình quân"_s, u"Mean lost"_s);
    case ColumnScoredUnits:
        return pick(u"Số đơn vị có điểm"_s, u"Units scored"_s);
    case CohortFieldsCaption:
        return pick(u"Tỷ lệ điểm đạt bình quân theo lĩnh vực (%) của nhóm “%1”, năm %2"_s,
                    u"Mean share of the maximum by field (%) of “%1”, %2"_s);
    case CohortFieldsNote:
        return pick(u"Bình quân trên các đơn vị đã có đủ điểm lĩnh vực đó; thay đổi tính theo điểm phần trăm."_s,
                    u"Mean over the units that scored the whole field; changes in percentage points."_s);
    case SummaryResultMean:
        return pick(u"Năm %1, %2 đạt %3% (bình quân các tiêu chí)."_s,
                    u"In %1, %2 reached %3% (the mean of its criteria)."_s);
    case LowestHeading:
        return pick(u"NHỮNG TIÊU CHÍ CÓ TỶ LỆ THẤP NHẤT"_s, u"CRITERIA WITH THE LOWEST SHARES"_s);
    case LowestCaption:
        return pick(u"%1 tiêu chí có tỷ lệ thấp nhất, năm %2"_s, u"The %1 criteria with the lowest shares, %2"_s);
    case DocumentSymbol:
        return pick(u"Số:          /%1"_s, u"No.:          /%1"_s);
    case SuperiorProvince:
        return pick(u"UBND TỈNH %1"_s, u"PEOPLE'S COMMITTEE OF %1 PROVINCE"_s);
    case DistrictCommittee:
        return pick(u"UBND %1"_s, u"PEOPLE'S COMMITTEE OF %1"_s);
    case SummaryRankTied:
        return pick(u" Đồng hạng %1/%2."_s, u" Ranked %1 of %2, tied."_s);
    case BandMoved:
        return pick(u" Xếp loại chuyển từ %1 (năm %2) sang %3."_s, u" Classification moved from %1 (%2) to %3."_s);
    case KeyCount:
        break;
    }
    return QString();
}

} // namespace par
