<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>Export</name>
    <message>
        <location filename="../core/io/Export.cpp" line="+35"/>
        <source>self-assessed</source>
        <translation>tự đánh giá</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>final</source>
        <translation>thẩm định</translation>
    </message>
    <message>
        <location line="+118"/>
        <source>Maximum: </source>
        <translation>Tối đa: </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lead unit: </source>
        <translation>Đơn vị chủ trì: </translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+265"/>
        <source>Criteria</source>
        <translation>Tiêu chí</translation>
    </message>
    <message>
        <location line="-263"/>
        <source>code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>title</source>
        <translation>Tiêu chí</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>max_points</source>
        <translation>Điểm tối đa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>parent</source>
        <translation>Thuộc</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>aggregation</source>
        <translation>Cách tổng hợp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lead_unit</source>
        <translation>Đơn vị chủ trì</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>mean</source>
        <translation>trung bình</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sum</source>
        <translation>cộng</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+310"/>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <location line="-296"/>
        <source>Ranking</source>
        <translation>Xếp hạng</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rank</source>
        <translation>Hạng</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Code</source>
        <comment>ranking column: the unit code</comment>
        <translation>Mã đơn vị</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total</source>
        <translation>Tổng điểm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Maximum</source>
        <translation>Điểm tối đa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Percent</source>
        <translation>Tỷ lệ (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Band</source>
        <translation>Xếp loại</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last year&apos;s rank</source>
        <translation>Hạng năm trước</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change</source>
        <translation>Tăng, giảm điểm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Against last year&apos;s total</source>
        <translation>So với tổng điểm năm trước</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last year&apos;s rank out of</source>
        <translation>Tổng số đơn vị xếp hạng năm trước</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many units last year&apos;s ranking had</source>
        <translation>Số đơn vị được xếp hạng năm trước</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Predecessors last year</source>
        <translation>Đơn vị tiền thân năm trước</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The units this one was made from, each with its own rank and percentage of last year</source>
        <translation>Các đơn vị hình thành nên đơn vị này, mỗi đơn vị với thứ hạng và tỷ lệ điểm riêng của năm trước</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>no value</source>
        <translation>chưa có điểm</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 %2 ranking – %3 (%4)</source>
        <translation>Xếp hạng %1 năm %2 – %3 (%4)</translation>
    </message>
    <message>
        <location line="+45"/>
        <location line="+47"/>
        <source>Scores</source>
        <translation>Điểm</translation>
    </message>
    <message>
        <location line="-45"/>
        <location line="+47"/>
        <source>The unit&apos;s name (or code)</source>
        <translation>Tên (hoặc mã) đơn vị</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>Recorded total
Maximum: </source>
        <translation>Tổng điểm ghi nhận
Tối đa: </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 %2 scores – %3 (%4)</source>
        <translation>Điểm %1 năm %2 – %3 (%4)</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Type a number from 0 to %1 (the maximum of criterion %2).</source>
        <translation>Nhập một số từ 0 đến %1 (điểm tối đa của tiêu chí %2).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The unit&apos;s code: it names the unit even after a rename. Leave it as it is.</source>
        <translation>Mã đơn vị: xác định đơn vị kể cả khi đổi tên. Giữ nguyên, không sửa.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Instructions</source>
        <translation>Hướng dẫn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How to fill in this template</source>
        <translation>Hướng dẫn điền biểu mẫu</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Score template of %1, %2 – %3.</source>
        <translation>Biểu mẫu chấm điểm %1 năm %2 – %3.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>1. Type the scores into the yellow cells of the &quot;Scores&quot; sheet: one row per unit, one column per component criterion.</source>
        <translation>1. Điền điểm vào các ô màu vàng ở trang &quot;Điểm&quot;: mỗi dòng là một đơn vị, mỗi cột là một tiêu chí thành phần.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>2. Do not change the first row (criterion codes) or the first column (unit names); do not add, remove or move columns.</source>
        <translation>2. Không sửa dòng đầu (mã tiêu chí) và cột đầu (tên đơn vị); không thêm, xoá hay đổi chỗ các cột.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>3. A score is a number from 0 to the criterion&apos;s maximum, with at most 6 decimals; a decimal comma or point both work. Leave a cell blank when there is no score.</source>
        <translation>3. Điểm là số từ 0 đến điểm tối đa của tiêu chí, tối đa 6 chữ số thập phân; dùng dấu phẩy hay dấu chấm thập phân đều được. Ô chưa có điểm thì để trống.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>4. Each criterion&apos;s title and maximum are on the &quot;Criteria&quot; sheet and in the note of its code&apos;s cell.</source>
        <translation>4. Nội dung và điểm tối đa của từng tiêu chí có ở trang &quot;Tiêu chí&quot; và trong ghi chú của ô mã tiêu chí.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>5. A blank cell removes a score already recorded for that unit and criterion. If this file goes to several units, each keeps only its own row (deleting the others) before sending it back.</source>
        <translation>5. Ô để trống khi nhập sẽ xoá điểm đã có của đơn vị ở tiêu chí đó. Nếu tệp này gửi chung cho nhiều đơn vị, mỗi đơn vị chỉ giữ lại dòng của mình (xoá các dòng khác) trước khi gửi lại.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>6. To import the filled-in file: parindex scores import --index %1 --year %2%3 [--stage self] FILE.xlsx</source>
        <translation>6. Nhập tệp đã điền: parindex scores import --index %1 --year %2%3 [--stage self] TỆP.xlsx</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 %2 score template – %3</source>
        <translation>Biểu mẫu chấm điểm %1 năm %2 – %3</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Code</source>
        <comment>framework column note: the criterion code</comment>
        <translation>Mã tiêu chí</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Tên tiêu chí</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Maximum points</source>
        <translation>Điểm tối đa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Parent code (blank: top level)</source>
        <translation>Mã tiêu chí cha (trống: cấp cao nhất)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How the children make the parent: sum or mean</source>
        <translation>Cách tổng hợp các tiêu chí con: sum (cộng) hoặc mean (trung bình)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lead unit</source>
        <translation>Đơn vị chủ trì</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>About</source>
        <translation>Thông tin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Item</source>
        <translation>Mục</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value</source>
        <translation>Giá trị</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Index code</source>
        <translation>Mã chỉ số</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Index name</source>
        <translation>Tên chỉ số</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+35"/>
        <source>Year</source>
        <translation>Năm</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>Aggregation of the total</source>
        <translation>Tổng hợp điểm tổng</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bands</source>
        <translation>Xếp loại</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To import again</source>
        <translation>Lệnh nhập lại</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 %2 framework</source>
        <translation>Khung tiêu chí %1 năm %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Audit log</source>
        <comment>sheet name</comment>
        <translation>Nhật ký</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At (UTC)</source>
        <translation>Thời điểm (UTC)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actor</source>
        <translation>Người thực hiện</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action</source>
        <translation>Thao tác</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entity</source>
        <translation>Đối tượng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Index</source>
        <translation>Chỉ số</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Criterion</source>
        <translation>Tiêu chí</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stage</source>
        <translation>Giai đoạn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Old value</source>
        <translation>Giá trị cũ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New value</source>
        <translation>Giá trị mới</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Audit log</source>
        <comment>title of the workbook</comment>
        <translation>Nhật ký thay đổi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audit log %1</source>
        <translation>Nhật ký thay đổi %1</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../ui/commands/SetScoresCommand.cpp" line="+39"/>
        <source>undo: %1</source>
        <translation>hoàn tác: %1</translation>
    </message>
    <message>
        <location filename="../ui/commands/SetNoteCommand.cpp" line="+69"/>
        <location filename="../ui/commands/SetScoresCommand.cpp" line="+31"/>
        <source>Redo of &quot;%1&quot; refused: %2</source>
        <translation>Không làm lại được &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../ui/commands/SetScoresCommand.cpp" line="+8"/>
        <source>Undo of &quot;%1&quot; refused: %2</source>
        <translation>Không hoàn tác được &quot;%1&quot;: %2</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <location filename="../core/report/ReportStrings.cpp" line="+22"/>
        <source>PEOPLE&apos;S COMMITTEE
OF %1 PROVINCE</source>
        <translation>ỦY BAN NHÂN DÂN
TỈNH %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PUBLIC ADMINISTRATION REFORM
STEERING COMMITTEE</source>
        <translation>BAN CHỈ ĐẠO
CẢI CÁCH HÀNH CHÍNH</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No.:          /BC-BCĐ</source>
        <translation>Số:          /BC-BCĐ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SOCIALIST REPUBLIC OF VIET NAM</source>
        <translation>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Independence - Freedom - Happiness</source>
        <translation>Độc lập - Tự do - Hạnh phúc</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, %2/%3/%4</source>
        <translation>%1, ngày %2 tháng %3 năm %4</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1/%2/%3</source>
        <translation>Ngày %1 tháng %2 năm %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>REPORT</source>
        <translation>BÁO CÁO</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Results of the %1, %2, for %3 province</source>
        <translation>Kết quả %1 năm %2 của tỉnh %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Results of the %1, %2, for %3</source>
        <translation>Kết quả %1 năm %2 của %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>DRAFT</source>
        <translation>DỰ THẢO</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(continued)</source>
        <translation>(tiếp theo)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+6"/>
        <source>Report on the %1 %2 – %3</source>
        <translation>Báo cáo kết quả %1 năm %2 – %3</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>prepared on %1</source>
        <translation>lập ngày %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Draft</source>
        <translation>Dự thảo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Public Administration Reform Steering Committee of %1 province</source>
        <translation>Ban Chỉ đạo cải cách hành chính tỉnh %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 province</source>
        <translation>tỉnh %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Table %1. %2</source>
        <translation>Bảng %1. %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chart %1. %2</source>
        <translation>Biểu đồ %1. %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ANNEX %1</source>
        <translation>PHỤ LỤC %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>OVERALL RESULT</source>
        <translation>KẾT QUẢ CHUNG</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TREND OVER THE YEARS</source>
        <translation>DIỄN BIẾN QUA CÁC NĂM</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>RESULTS BY FIELD</source>
        <translation>KẾT QUẢ THEO LĨNH VỰC</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SATISFACTION OF CITIZENS AND ORGANISATIONS (SIPAS)</source>
        <translation>CHỈ SỐ HÀI LÒNG CỦA NGƯỜI DÂN, TỔ CHỨC (SIPAS)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>WHERE POINTS WERE LOST</source>
        <translation>NHỮNG TIÊU CHÍ BỊ MẤT ĐIỂM</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>RANKINGS OF AGENCIES AND LOCAL AUTHORITIES</source>
        <translation>XẾP HẠNG CÁC CƠ QUAN, ĐƠN VỊ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In %1, %2 scored %3 of %4 points, %5% of the maximum.</source>
        <translation>Năm %1, %2 đạt %3/%4 điểm, tương ứng %5% số điểm tối đa.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+115"/>
        <source> Ranked %1 of %2.</source>
        <translation> Xếp thứ %1/%2.</translation>
    </message>
    <message>
        <location line="-113"/>
        <source> Ranked %1 of %2 (as published).</source>
        <translation> Xếp thứ %1/%2 (theo công bố).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> Classification: %1.</source>
        <translation> Xếp loại: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> Against %1 (%2 points), the total rose by %3 points</source>
        <translation> So với năm %1 (%2 điểm), tổng điểm tăng %3 điểm</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> Against %1 (%2 points), the total fell by %3 points</source>
        <translation> So với năm %1 (%2 điểm), tổng điểm giảm %3 điểm</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> Against %1 (%2 points), the total is unchanged</source>
        <translation> So với năm %1 (%2 điểm), tổng điểm không đổi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>; the rank rose %1 places (%2: %3 of %4).</source>
        <translation>; thứ hạng tăng %1 bậc (năm %2 xếp thứ %3/%4).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>; the rank fell %1 places (%2: %3 of %4).</source>
        <translation>; thứ hạng giảm %1 bậc (năm %2 xếp thứ %3/%4).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>; the rank stayed at %1 of %2.</source>
        <translation>; giữ nguyên thứ hạng %1/%2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+20"/>
        <source>Total score</source>
        <translation>Tổng điểm</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Share of maximum</source>
        <translation>Tỷ lệ đạt</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+20"/>
        <location line="+55"/>
        <source>Rank</source>
        <translation>Xếp hạng</translation>
    </message>
    <message>
        <location line="-73"/>
        <location line="+20"/>
        <location line="+55"/>
        <source>Classification</source>
        <translation>Xếp loại</translation>
    </message>
    <message>
        <location line="-73"/>
        <source>%1: %2</source>
        <translation>Năm %1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No result for the year before</source>
        <translation>Chưa có số liệu năm trước</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Results of %1 against %2</source>
        <translation>So sánh kết quả năm %1 với năm %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Item</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1</source>
        <translation>Năm %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change</source>
        <translation>Thay đổi</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+41"/>
        <source>Share of maximum (%)</source>
        <translation>Tỷ lệ đạt (%)</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>up %1</source>
        <translation>tăng %1 bậc</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>down %1</source>
        <translation>giảm %1 bậc</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unchanged</source>
        <translation>không đổi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Parts of the total score, %1</source>
        <translation>Các thành phần của tổng điểm năm %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Part</source>
        <translation>Thành phần</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Score</source>
        <comment>column: the points a part scored</comment>
        <translation>Điểm đạt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Maximum</source>
        <translation>Điểm tối đa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Share (%)</source>
        <translation>Tỷ lệ (%)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Total</source>
        <comment>the last row of a table, adding up the rows above</comment>
        <translation>Tổng cộng</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The recorded total (%1) differs from the aggregate of its parts (%2) by %3: the recorded value stands, as published totals are computed from unrounded parts.</source>
        <translation>Tổng điểm ghi nhận (%1) khác giá trị tổng hợp từ các thành phần (%2), chênh lệch %3: giá trị ghi nhận được giữ nguyên, vì tổng điểm công bố được tính từ các giá trị chưa làm tròn.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rank as published: %1.</source>
        <translation>Thứ hạng theo công bố: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Illustrative figures.</source>
        <translation>Số liệu minh hoạ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 total score by year</source>
        <translation>Tổng điểm %1 qua các năm</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 score as a share of the maximum by year</source>
        <translation>Tỷ lệ điểm đạt %1 qua các năm</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Points</source>
        <translation>Điểm</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+10"/>
        <source>Year</source>
        <translation>Năm</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>rank %1/%2</source>
        <translation>hạng %1/%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 results by year</source>
        <translation>Kết quả %1 qua các năm</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ranks as published by the issuing authority (the database does not hold the whole cohort to compute them): %1.</source>
        <translation>Thứ hạng theo công bố của cơ quan có thẩm quyền (cơ sở dữ liệu không có đủ các đơn vị để tự tính): năm %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Total</source>
        <comment>column: a unit&apos;s total score</comment>
        <translation>Tổng điểm</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Score as a share of the maximum by field, %1</source>
        <translation>Tỷ lệ điểm đạt so với điểm tối đa theo lĩnh vực, năm %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scores by field, %1</source>
        <translation>Điểm các lĩnh vực năm %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Field</source>
        <translation>Lĩnh vực</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change on %1</source>
        <translation>So với năm %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Highest share: %1 (%2%); lowest: %3 (%4%).</source>
        <translation>Lĩnh vực đạt tỷ lệ cao nhất: %1 (%2%); thấp nhất: %3 (%4%).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In %1, the satisfaction of citizens and organisations with the services of %2&apos;s public administration (SIPAS) was %3%.</source>
        <translation>Năm %1, Chỉ số hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước (SIPAS) của %2 đạt %3%.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Highest satisfaction: %1 (%2%).</source>
        <translation>Tiêu chí có tỷ lệ hài lòng cao nhất: %1 (%2%).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lowest satisfaction: %1 (%2%).</source>
        <translation>Tiêu chí có tỷ lệ hài lòng thấp nhất: %1 (%2%).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Satisfaction by aspect, %1</source>
        <translation>Tỷ lệ hài lòng theo các yếu tố, năm %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Aspect</source>
        <translation>Yếu tố</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Satisfied (%)</source>
        <translation>Tỷ lệ hài lòng (%)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Overall</source>
        <translation>Chung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The component criteria where most points were lost in %1 are listed below with their lead units; each lead unit is asked to explain the cause and propose a remedy.</source>
        <translation>Các tiêu chí thành phần bị mất nhiều điểm nhất năm %1 được liệt kê dưới đây cùng đơn vị chủ trì; đề nghị các đơn vị chủ trì giải trình nguyên nhân và đề xuất giải pháp khắc phục.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The %1 criteria with most points lost, %2</source>
        <translation>%1 tiêu chí bị mất nhiều điểm nhất, năm %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Criterion</source>
        <translation>Tiêu chí</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Max.</source>
        <translation>Tối đa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Score</source>
        <comment>column: the points a criterion scored</comment>
        <translation>Đạt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lost</source>
        <translation>Mất</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lead unit</source>
        <translation>Đơn vị chủ trì</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Points lost by lead unit, %1</source>
        <translation>Điểm bị mất theo đơn vị chủ trì, năm %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Criteria</source>
        <translation>Số tiêu chí</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Points lost</source>
        <translation>Điểm bị mất</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(none assigned)</source>
        <translation>(chưa phân công)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Criteria that fell since %1</source>
        <translation>Các tiêu chí giảm điểm so với năm %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No points were lost.</source>
        <translation>Không có tiêu chí nào bị mất điểm.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No criterion fell since %1.</source>
        <translation>Không có tiêu chí nào giảm điểm so với năm %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+16"/>
        <source>%1, %2: ranking of %3</source>
        <translation>Xếp hạng %1 năm %2: %3</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Unit</source>
        <translation>Cơ quan, đơn vị</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rank %1</source>
        <translation>Hạng năm %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“=” after a rank: tied (equal totals).</source>
        <translation>Dấu “=” sau thứ hạng: đồng hạng (bằng tổng điểm).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not ranked (no score): %1.</source>
        <translation>Chưa xếp hạng (chưa có điểm): %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not shown until the %1 results are finalised: the rankings of %2.</source>
        <translation>Chưa hiển thị cho đến khi kết quả năm %1 được chốt: bảng xếp hạng %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Maximum: %1 points.</source>
        <translation>Điểm tối đa: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The full ranking of the %2 units of “%1”: see Annex %3.</source>
        <translation>Bảng xếp hạng đầy đủ %2 đơn vị nhóm “%1”: xem Phụ lục %3.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Recipients:</source>
        <translation>Nơi nhận:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>- Members of the steering committee;</source>
        <translation>- Thành viên Ban Chỉ đạo;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>- The agencies and units concerned;</source>
        <translation>- Các cơ quan, đơn vị liên quan;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>- Archive.</source>
        <translation>- Lưu: VT.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>FOR THE STEERING COMMITTEE</source>
        <translation>TM. BAN CHỈ ĐẠO</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CHAIR</source>
        <translation>TRƯỞNG BAN</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>HEAD OF THE AGENCY</source>
        <translation>THỦ TRƯỞNG CƠ QUAN</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> %1 criteria are not scored (%2; %3 points at most): the total counts the scored criteria only, and the rank and classification are provisional.</source>
        <translation> Chưa có điểm %1 tiêu chí (%2; tối đa %3 điểm): tổng điểm chỉ tính trên các tiêu chí đã chấm, thứ hạng và xếp loại là tạm tính.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(provisional)</source>
        <translation>(tạm tính)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>* Fields not fully scored (criteria not scored in brackets): %1. The score counts the scored criteria only; no share is computed and no comparison is made.</source>
        <translation>* Lĩnh vực chưa đủ điểm (trong ngoặc: tiêu chí chưa có điểm): %1. Điểm đạt chỉ tính trên các tiêu chí đã chấm; chưa tính tỷ lệ và không so sánh với năm trước.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Criteria not scored, %1</source>
        <translation>Các tiêu chí chưa có điểm, năm %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 criteria (%2 points at most) are not scored. They are not counted as points lost, and their lead units are not asked to explain them until they are scored.</source>
        <translation>Chưa có điểm %1 tiêu chí (tối đa %2 điểm). Các tiêu chí này không được tính là mất điểm và không thuộc trách nhiệm giải trình của đơn vị chủ trì cho đến khi có điểm.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Points lost %1 + not scored %2 + total %3 = maximum %4.</source>
        <translation>Điểm bị mất %1 + chưa chấm %2 + tổng điểm %3 = điểm tối đa %4.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (incomplete: %2 not scored)</source>
        <translation>%1 (chưa đủ điểm: thiếu %2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“*” after a rank: the unit is not fully scored; its total counts the scored criteria only, and its rank and classification are provisional.</source>
        <translation>Dấu “*” sau thứ hạng: đơn vị chưa đủ điểm; tổng điểm chỉ tính trên các tiêu chí đã chấm, thứ hạng và xếp loại là tạm tính.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 unit(s) not fully scored: the whole ranking is provisional until they are.</source>
        <translation>%1 đơn vị chưa đủ điểm: thứ hạng của cả nhóm là tạm tính cho đến khi đủ điểm.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>from %1 to %2</source>
        <translation>từ %1 sang %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2 to %3</source>
        <translation>%1: %2 thành %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The maximum changed between the years (%1): the change is in shares of the maximum (percentage points), not in points.</source>
        <translation>Điểm tối đa thay đổi giữa hai năm (%1): thay đổi tính theo tỷ lệ so với điểm tối đa (điểm phần trăm), không theo điểm.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 more criteria share the value %2.</source>
        <translation>Ngoài ra còn %1 tiêu chí khác cùng giá trị %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Results of the %1, %2</source>
        <translation>Công bố kết quả %1 năm %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In %3, %1 units of “%2” were assessed.</source>
        <translation>Năm %3, nhóm “%2” có %1 đơn vị được đánh giá.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Units by classification: %1.</source>
        <translation>Số đơn vị theo xếp loại: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rose most: %1, up %2 place(s) (from %3 to %4).</source>
        <translation>Tăng nhiều bậc nhất: %1, tăng %2 bậc (từ thứ %3 lên thứ %4).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fell most: %1, down %2 place(s) (from %3 to %4).</source>
        <translation>Giảm nhiều bậc nhất: %1, giảm %2 bậc (từ thứ %3 xuống thứ %4).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Criteria where “%1” lost most, %2</source>
        <translation>Các tiêu chí cả nhóm “%1” mất nhiều điểm nhất, năm %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mean points lost over the units that scored the criterion; an unscored criterion is not counted as lost.</source>
        <translation>Điểm mất bình quân trên các đơn vị đã có điểm tiêu chí đó; tiêu chí chưa chấm không tính là mất điểm.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Mean lost</source>
        <translation>Mất bình quân</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Units scored</source>
        <translation>Số đơn vị có điểm</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mean share of the maximum by field (%) of “%1”, %2</source>
        <translation>Tỷ lệ điểm đạt bình quân theo lĩnh vực (%) của nhóm “%1”, năm %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mean over the units that scored the whole field; changes in percentage points.</source>
        <translation>Bình quân trên các đơn vị đã có đủ điểm lĩnh vực đó; thay đổi tính theo điểm phần trăm.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>In %1, %2 reached %3% (the mean of its criteria).</source>
        <translation>Năm %1, %2 đạt %3% (bình quân các tiêu chí).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CRITERIA WITH THE LOWEST SHARES</source>
        <translation>NHỮNG TIÊU CHÍ CÓ TỶ LỆ THẤP NHẤT</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The %1 criteria with the lowest shares, %2</source>
        <translation>%1 tiêu chí có tỷ lệ thấp nhất, năm %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No.:          /%1</source>
        <translation>Số:          /%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PEOPLE&apos;S COMMITTEE OF %1 PROVINCE</source>
        <translation>UBND TỈNH %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PEOPLE&apos;S COMMITTEE OF %1</source>
        <translation>UBND %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> Ranked %1 of %2, tied.</source>
        <translation> Đồng hạng %1/%2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> Classification moved from %1 (%2) to %3.</source>
        <translation> Xếp loại chuyển từ %1 (năm %2) sang %3.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>MERGERS, SPLITS AND RENAMES OF UNITS</source>
        <translation>HỢP NHẤT, SÁP NHẬP, CHIA TÁCH VÀ ĐỔI TÊN ĐƠN VỊ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>These changes to the units took effect in %1. Each unit is ranked in its new form; results from before a change stay with the units it came from and are never added together.</source>
        <translation>Những thay đổi sau về đơn vị có hiệu lực trong năm %1. Mỗi đơn vị được xếp hạng theo tổ chức mới; kết quả trước khi thay đổi vẫn thuộc về các đơn vị tiền thân và không được cộng gộp.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>These changes to the units took effect after %1, the previous year with scores, and up to %2. Each unit is ranked in its new form; results from before a change stay with the units it came from and are never added together.</source>
        <translation>Những thay đổi sau về đơn vị có hiệu lực sau năm %1 (năm gần nhất trước đó có điểm) và đến hết năm %2. Mỗi đơn vị được xếp hạng theo tổ chức mới; kết quả trước khi thay đổi vẫn thuộc về các đơn vị tiền thân và không được cộng gộp.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Mergers, splits and renames of units, %1</source>
        <translation>Hợp nhất, sáp nhập, chia tách và đổi tên đơn vị, năm %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind of change</source>
        <translation>Hình thức</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Units before</source>
        <translation>Đơn vị trước đây</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Units after</source>
        <translation>Đơn vị sau sắp xếp</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Legal basis</source>
        <translation>Căn cứ pháp lý</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Merged into a new unit</source>
        <translation>Hợp nhất thành đơn vị mới</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Merged into an existing unit</source>
        <translation>Sáp nhập vào đơn vị hiện có</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Split</source>
        <translation>Chia tách</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Renamed</source>
        <translation>Đổi tên</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not recorded</source>
        <translation>chưa ghi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>predecessors %1</source>
        <translation>tiền thân %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1; merged in %2</source>
        <translation>%1; đơn vị sáp nhập vào %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (%2, %3%)</source>
        <translation>%1 (%2, đạt %3%)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (no score)</source>
        <translation>%1 (chưa có điểm)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 was formed from other units: in %2 its predecessors ranked %3.</source>
        <translation>%1 được hình thành từ các đơn vị khác: năm %2, các đơn vị tiền thân xếp hạng %3.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 took in other units: in %2 it ranked %3 and the units merged into it %4.</source>
        <translation>%1 đã tiếp nhận các đơn vị khác: năm %2, đơn vị xếp hạng %3, các đơn vị sáp nhập vào đơn vị xếp hạng %4.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (vs %2)</source>
        <translation>%1 (so với %2)</translation>
    </message>
</context>
<context>
    <name>par</name>
    <message>
        <location filename="../core/scoring/Standing.cpp" line="+89"/>
        <source>published rank %1 of %2 differs from the computed %3 of %4</source>
        <translation>thứ hạng công bố %1/%2 khác với thứ hạng tính được %3/%4</translation>
    </message>
</context>
<context>
    <name>par::Accounts</name>
    <message>
        <location filename="../core/storage/Accounts.cpp" line="+11"/>
        <source>the login is empty</source>
        <translation>tên đăng nhập đang trống</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the login %1 is longer than the server allows (63 bytes)</source>
        <translation>tên đăng nhập %1 dài hơn mức máy chủ cho phép (63 byte)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the login %1 contains a control character</source>
        <translation>tên đăng nhập %1 chứa ký tự điều khiển</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the login %1 is reserved by the server (names beginning with pg_)</source>
        <translation>tên đăng nhập %1 dành riêng cho máy chủ (tên bắt đầu bằng pg_)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>accounts and roles exist only in a database on a PostgreSQL server; a database file has none (whoever may open the file may change it)</source>
        <translation>tài khoản và vai trò chỉ có trong cơ sở dữ liệu trên máy chủ PostgreSQL; tệp cơ sở dữ liệu không có (ai mở được tệp thì sửa được tệp)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>your account (%1) may not manage accounts; the secretariat does</source>
        <translation>tài khoản của bạn (%1) không được quản lý tài khoản; việc này do tổ thư ký làm</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a unit account needs its unit (--unit NAME)</source>
        <translation>tài khoản đơn vị cần có đơn vị của mình (--unit NAME)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>only a unit account has a unit; the %1 role covers every unit</source>
        <translation>chỉ tài khoản đơn vị mới gắn với một đơn vị; vai trò %1 áp dụng cho mọi đơn vị</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>there is no unit &quot;%1&quot;</source>
        <translation>không có đơn vị &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>the login %1 does not exist yet: give its password on standard input or in PARINDEX_NEW_PASSWORD</source>
        <translation>tên đăng nhập %1 chưa có: hãy đưa mật khẩu qua đầu vào chuẩn (stdin) hoặc biến PARINDEX_NEW_PASSWORD</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>account %1: %2</source>
        <translation>tài khoản %1: %2</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>%1 has no account in this database</source>
        <translation>%1 không có tài khoản trong cơ sở dữ liệu này</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>account %1 removed</source>
        <translation>đã gỡ tài khoản %1</translation>
    </message>
</context>
<context>
    <name>par::Analysis</name>
    <message>
        <location filename="../core/scoring/Analysis.cpp" line="+45"/>
        <source>there is no unit &quot;%1&quot;</source>
        <translation>không có đơn vị &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>your account (%1) reads the self-assessments of its own unit only, so it cannot rank &quot;%2&quot;</source>
        <translation>tài khoản của bạn (%1) chỉ xem được điểm tự đánh giá của chính đơn vị mình, nên không thể xếp hạng &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the %1 results of &quot;%2&quot; are not published yet: your account (%3) reads other units&apos; final results once their year is finalised</source>
        <translation>kết quả năm %1 của &quot;%2&quot; chưa được công bố: tài khoản của bạn (%3) chỉ xem được kết quả chính thức của đơn vị khác sau khi năm đó đã chốt</translation>
    </message>
    <message>
        <location line="+561"/>
        <location line="+106"/>
        <source>there is no unit %1</source>
        <translation>không có đơn vị %1</translation>
    </message>
    <message>
        <location line="-73"/>
        <source>published: %1</source>
        <translation>công bố: %1</translation>
    </message>
</context>
<context>
    <name>par::AuditLog</name>
    <message>
        <location filename="../core/storage/AuditLog.cpp" line="+502"/>
        <location line="+29"/>
        <source>cannot read the audit log of %1</source>
        <translation>không đọc được nhật ký thay đổi của %1</translation>
    </message>
    <message>
        <location line="-328"/>
        <location line="+10"/>
        <location line="+7"/>
        <location line="+6"/>
        <source>cannot seal the audit log</source>
        <translation>không thể niêm phong nhật ký thay đổi</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>cannot number the audit log&apos;s new entries</source>
        <translation>không đánh số được các mục mới của nhật ký thay đổi</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>your account (%1) reads only its own unit&apos;s part of the audit log; the whole chain is checked by the secretariat, an appraiser or a viewer</source>
        <translation>tài khoản của bạn (%1) chỉ đọc được phần nhật ký thay đổi của đơn vị mình; toàn bộ chuỗi do tổ thư ký, thẩm định viên hoặc người xem kiểm tra</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+34"/>
        <source>cannot read the audit log</source>
        <translation>không thể đọc nhật ký thay đổi</translation>
    </message>
    <message>
        <location line="-20"/>
        <location line="+26"/>
        <location line="+30"/>
        <location line="+29"/>
        <source>audit entry %1 is missing (deleted)</source>
        <translation>mục nhật ký %1 bị thiếu (đã bị xoá)</translation>
    </message>
    <message>
        <location line="-84"/>
        <location line="+26"/>
        <location line="+30"/>
        <location line="+29"/>
        <source>audit entries %1 to %2 are missing (deleted)</source>
        <translation>các mục nhật ký từ %1 đến %2 bị thiếu (đã bị xoá)</translation>
    </message>
    <message>
        <location line="-76"/>
        <location line="+56"/>
        <source>audit entries from %1 lost their seal (edited outside parindex)</source>
        <translation>các mục nhật ký từ %1 đã mất niêm phong (bị sửa ngoài parindex)</translation>
    </message>
    <message>
        <location line="-50"/>
        <location line="+57"/>
        <source>audit entry %1 was changed, or an entry before it deleted, outside parindex</source>
        <translation>mục nhật ký %1 đã bị sửa, hoặc một mục trước nó đã bị xoá, ngoài parindex</translation>
    </message>
</context>
<context>
    <name>par::Band</name>
    <message>
        <location filename="../core/model/Band.cpp" line="+35"/>
        <source>band &quot;%1&quot; should look like 90=Xuất sắc</source>
        <translation>mức xếp loại &quot;%1&quot; phải có dạng 90=Xuất sắc</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>band &quot;%1&quot; must be between 0 and 100 percent</source>
        <translation>mức xếp loại &quot;%1&quot; phải nằm trong khoảng 0 đến 100 phần trăm</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>two bands start at %1 percent</source>
        <translation>có hai mức xếp loại cùng bắt đầu từ %1 phần trăm</translation>
    </message>
</context>
<context>
    <name>par::Catalog</name>
    <message>
        <location filename="../core/storage/IndexStore.cpp" line="+36"/>
        <source>there is no index %1 in %2</source>
        <translation>không có chỉ số %1 trong %2</translation>
    </message>
    <message>
        <location filename="../core/storage/FrameworkStore.cpp" line="+36"/>
        <source>index %1 has no framework for %2; import one with &quot;parindex index import&quot;</source>
        <translation>chỉ số %1 chưa có khung tiêu chí năm %2; hãy nhập khung tiêu chí bằng lệnh &quot;parindex index import&quot;</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>the %1 framework of %2 has no root criterion</source>
        <translation>khung tiêu chí năm %1 của %2 không có tiêu chí gốc</translation>
    </message>
    <message>
        <location filename="../core/storage/UnitStore.cpp" line="+75"/>
        <source>%1 units are named &quot;%2&quot;; give the unit&apos;s code instead</source>
        <translation>có %1 đơn vị cùng tên &quot;%2&quot;; hãy dùng mã đơn vị</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>index %1 has no cohort &quot;%2&quot;</source>
        <translation>chỉ số %1 không có nhóm xếp hạng &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>cannot create cohort %1</source>
        <translation>không tạo được nhóm xếp hạng %1</translation>
    </message>
    <message>
        <location line="+248"/>
        <source>cannot create the import&apos;s %1 new units</source>
        <translation>không tạo được %1 đơn vị mới của tệp nhập</translation>
    </message>
    <message>
        <location line="-317"/>
        <location line="+296"/>
        <source>a unit named &quot;%1&quot; without a code already exists; give the new one a code</source>
        <translation>đã có một đơn vị tên &quot;%1&quot; chưa có mã; hãy đặt mã cho đơn vị mới</translation>
    </message>
    <message>
        <location filename="../core/storage/ScoreStore.cpp" line="+524"/>
        <source>the import refers to units, criteria or a cohort that do not exist (%1 missing); nothing was imported</source>
        <translation>tệp nhập tham chiếu đến đơn vị, tiêu chí hoặc nhóm xếp hạng không tồn tại (thiếu %1); không có gì được nhập</translation>
    </message>
</context>
<context>
    <name>par::Cli</name>
    <message>
        <location filename="../app/Cli.cpp" line="+1054"/>
        <source>cannot start the part of parindex that paints reports and shows the window (%1): %2; reinstall parindex</source>
        <translation>không khởi động được phần của parindex vẽ báo cáo và hiển thị cửa sổ (%1): %2; hãy cài đặt lại parindex</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not found</source>
        <translation>không tìm thấy</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--lang must be vi or en</source>
        <translation>--lang phải là vi hoặc en</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The account&apos;s login (its role name on the server).</source>
        <translation>Tên đăng nhập của tài khoản (tên vai trò trên máy chủ).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> (see parindex %1 --help)</source>
        <translation> (xem parindex %1 --help)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>unexpected argument %1 (see parindex %2 --help)</source>
        <translation>tham số %1 không hợp lệ (xem parindex %2 --help)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unknown command &quot;%1&quot;; see parindex --help</source>
        <translation>không có lệnh &quot;%1&quot;; xem parindex --help</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>The file to import: CSV (UTF-8) or Excel (.xlsx).</source>
        <translation>Tệp cần nhập: CSV (UTF-8) hoặc Excel (.xlsx).</translation>
    </message>
</context>
<context>
    <name>par::Completeness</name>
    <message>
        <location filename="../core/scoring/Standing.cpp" line="-47"/>
        <source>%1 of %2 units in the database; published ranks shown where there are any</source>
        <translation>cơ sở dữ liệu có %1/%2 đơn vị; thứ hạng công bố được hiển thị khi có</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 of %2 units scored; ranks provisional</source>
        <translation>%1/%2 đơn vị đã có điểm; thứ hạng tạm tính</translation>
    </message>
</context>
<context>
    <name>par::CsvReader</name>
    <message>
        <location filename="../core/io/CsvReader.cpp" line="+19"/>
        <source>%1: line %2, column %3: %4</source>
        <translation>%1: dòng %2, cột %3: %4</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+201"/>
        <source>a cell is longer than 1 MiB</source>
        <translation>có ô dài hơn 1 MiB</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>a quote appears inside an unquoted field</source>
        <translation>có dấu nháy kép bên trong một trường không đặt trong dấu nháy</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>unexpected text after a closing quote</source>
        <translation>có ký tự thừa sau dấu nháy kép đóng</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>a quoted field is never closed</source>
        <translation>có trường mở dấu nháy kép nhưng không đóng</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>invalid UTF-8 byte sequence</source>
        <translation>chuỗi byte UTF-8 không hợp lệ</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+10"/>
        <source>the file is empty</source>
        <translation>tệp trống</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+3"/>
        <source>cannot read the file (%1)</source>
        <translation>không đọc được tệp (%1)</translation>
    </message>
</context>
<context>
    <name>par::Database</name>
    <message>
        <location filename="../core/storage/Database.cpp" line="+246"/>
        <source>the SQLite driver for Qt is not installed (package libqt6sql6-sqlite)</source>
        <translation>chưa cài trình điều khiển SQLite cho Qt (gói libqt6sql6-sqlite)</translation>
    </message>
    <message>
        <location line="-55"/>
        <source>%1 is not a file</source>
        <translation>%1 không phải là tệp</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>the folder %1 does not exist</source>
        <translation>thư mục %1 không tồn tại</translation>
    </message>
    <message>
        <location line="+70"/>
        <location line="+8"/>
        <source>cannot open %1: %2</source>
        <translation>không mở được %1: %2</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>cannot reach the SQLite handle of %1</source>
        <translation>không truy cập được SQLite của %1</translation>
    </message>
    <message>
        <location line="-47"/>
        <location line="+70"/>
        <source>%1 is not a parindex database: %2</source>
        <translation>%1 không phải là cơ sở dữ liệu parindex: %2</translation>
    </message>
    <message>
        <location line="+34"/>
        <location filename="../core/storage/ServerBackend.cpp" line="+714"/>
        <source>%1 was written by a newer parindex (schema %2, this program knows %3)</source>
        <translation>%1 được tạo bởi phiên bản parindex mới hơn (lược đồ %2, chương trình này chỉ hỗ trợ đến %3)</translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../core/storage/ServerBackend.cpp" line="+7"/>
        <source>migration %1 is missing from the program</source>
        <translation>chương trình thiếu bước nâng cấp dữ liệu %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <location filename="../core/storage/ServerBackend.cpp" line="+21"/>
        <source>upgrading %1 to schema %2 failed: %3</source>
        <translation>nâng cấp %1 lên lược đồ %2 không thành công: %3</translation>
    </message>
    <message>
        <location line="+135"/>
        <location line="+7"/>
        <source>cannot start a transaction on %1: %2</source>
        <translation>không bắt đầu được giao dịch trên %1: %2</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>cannot save the changes to %1: %2</source>
        <translation>không lưu được thay đổi vào %1: %2</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>row %1 of %2 refers to a missing %3</source>
        <translation>dòng %1 của bảng %2 tham chiếu đến %3 không tồn tại</translation>
    </message>
    <message>
        <location line="-467"/>
        <source>cannot write %1: %2</source>
        <translation>không ghi được %1: %2</translation>
    </message>
    <message>
        <location line="+487"/>
        <source>backup to %1 failed: %2</source>
        <translation>sao lưu ra %1 không thành công: %2</translation>
    </message>
    <message>
        <location line="-515"/>
        <location line="+255"/>
        <source>the disk is full</source>
        <translation>ổ đĩa đã đầy</translation>
    </message>
    <message>
        <location line="-238"/>
        <source>cannot write in %1: %2</source>
        <translation>không ghi được vào %1: %2</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>the database %1 does not exist</source>
        <translation>cơ sở dữ liệu %1 không tồn tại</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+17"/>
        <location line="+424"/>
        <source>cannot read %1: %2</source>
        <translation>không đọc được %1: %2</translation>
    </message>
    <message>
        <location line="-437"/>
        <source>%1 is empty, not a parindex database</source>
        <translation>%1 là tệp rỗng, không phải cơ sở dữ liệu parindex</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+442"/>
        <source>%1 is not a parindex database</source>
        <translation>%1 không phải là cơ sở dữ liệu parindex</translation>
    </message>
    <message>
        <location line="-437"/>
        <source>%1 is another program&apos;s database, not a parindex database; it was left as it was</source>
        <translation>%1 là cơ sở dữ liệu của chương trình khác, không phải cơ sở dữ liệu parindex; tệp được giữ nguyên</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>the database %1 is read-only and needs an upgrade that writes to it; copy it to a folder you may write to</source>
        <translation>cơ sở dữ liệu %1 chỉ đọc được nhưng cần nâng cấp (phải ghi vào tệp); hãy chép tệp sang một thư mục có quyền ghi</translation>
    </message>
    <message>
        <location line="+41"/>
        <location line="+117"/>
        <location filename="../core/storage/ServerBackend.cpp" line="+49"/>
        <source>another program is writing to the database; try again</source>
        <translation>một chương trình khác đang ghi vào cơ sở dữ liệu; hãy thử lại</translation>
    </message>
    <message>
        <location line="-115"/>
        <location filename="../core/storage/ServerBackend.cpp" line="+2"/>
        <source>the database is read-only</source>
        <translation>cơ sở dữ liệu chỉ đọc được, không ghi được</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the change refers to a record that does not exist, or removes one that other records still refer to (another program may have changed the database meanwhile); nothing was changed</source>
        <translation>thay đổi này trỏ tới một bản ghi không tồn tại, hoặc xoá một bản ghi mà các bản ghi khác vẫn tham chiếu tới (có thể một chương trình khác vừa thay đổi cơ sở dữ liệu); không có gì bị thay đổi</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>the database %1 is read-only</source>
        <translation>cơ sở dữ liệu %1 chỉ đọc được, không ghi được</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+7"/>
        <source>%1: another program is writing; try again</source>
        <translation>%1: một chương trình khác đang ghi; hãy thử lại</translation>
    </message>
    <message>
        <location line="+129"/>
        <source>a server database is backed up on the server, with pg_dump</source>
        <translation>cơ sở dữ liệu trên máy chủ được sao lưu ngay trên máy chủ, bằng pg_dump</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a backup cannot overwrite the database it copies</source>
        <translation>bản sao lưu không được ghi đè lên chính cơ sở dữ liệu đang sao lưu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 already exists</source>
        <translation>%1 đã tồn tại</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>a server database is restored on the server, with pg_restore or psql</source>
        <translation>cơ sở dữ liệu trên máy chủ được khôi phục ngay trên máy chủ, bằng pg_restore hoặc psql</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the backup and the database are the same file</source>
        <translation>bản sao lưu và cơ sở dữ liệu là cùng một tệp</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the backup %1 does not exist</source>
        <translation>bản sao lưu %1 không tồn tại</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the backup %1 is damaged: %2</source>
        <translation>bản sao lưu %1 bị hỏng: %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>cannot restore %1: %2</source>
        <translation>không khôi phục được %1: %2</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>finalised: reopen the cohort-year before changing its scores</source>
        <translation>đã chốt: hãy mở lại nhóm-năm trước khi sửa điểm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>finalised: reopen the cohort-year before changing its members</source>
        <translation>đã chốt: hãy mở lại nhóm-năm trước khi sửa danh sách đơn vị</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>finalised: reopen the cohort-year before changing its framework</source>
        <translation>đã chốt: hãy mở lại nhóm-năm trước khi sửa khung tiêu chí</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>finalised: reopen the cohort-year before changing its published ranks</source>
        <translation>đã chốt: hãy mở lại nhóm-năm trước khi sửa thứ hạng công bố</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>finalised: reopen the cohort-year before changing how its index aggregates</source>
        <translation>đã chốt: hãy mở lại nhóm-năm trước khi đổi cách tổng hợp của chỉ số</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>finalised: reopen the cohort-year before moving its cohort</source>
        <translation>đã chốt: hãy mở lại nhóm-năm trước khi chuyển nhóm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>finalised: reopen the cohort-year before removing its cohort</source>
        <translation>đã chốt: hãy mở lại nhóm-năm trước khi xóa nhóm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>finalised: reopen the cohort-year before removing its index</source>
        <translation>đã chốt: hãy mở lại nhóm-năm trước khi xóa chỉ số</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>finalised: reopen the cohort-year before removing its units</source>
        <translation>đã chốt: hãy mở lại nhóm-năm trước khi xóa đơn vị của nhóm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>finalised: reopen the cohort-year before renumbering its units</source>
        <translation>đã chốt: hãy mở lại nhóm-năm trước khi đánh số lại đơn vị</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>finalised: the cohort-year is already final</source>
        <translation>đã chốt: nhóm-năm này đã được chốt rồi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>finalised: only &quot;parindex reopen&quot; with a reason changes a finalisation</source>
        <translation>đã chốt: chỉ lệnh &quot;parindex reopen&quot; kèm lý do mới được sửa một lần chốt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>finalised: only &quot;parindex reopen&quot; with a reason removes a finalisation</source>
        <translation>đã chốt: chỉ lệnh &quot;parindex reopen&quot; kèm lý do mới được xóa một lần chốt</translation>
    </message>
    <message>
        <location filename="../core/storage/ServerAddress.cpp" line="+24"/>
        <source>a password does not belong in the database address; put it in ~/.pgpass or PGPASSWORD</source>
        <translation>mật khẩu không được ghi trong địa chỉ cơ sở dữ liệu; hãy đặt nó trong ~/.pgpass hoặc PGPASSWORD</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../core/storage/ServerBackend.cpp" line="-227"/>
        <source>%1 is not a valid database address</source>
        <translation>%1 không phải là địa chỉ cơ sở dữ liệu hợp lệ</translation>
    </message>
    <message>
        <location filename="../core/storage/ImportArray.cpp" line="+179"/>
        <location filename="../core/storage/ScoreStore.cpp" line="-477"/>
        <location filename="../core/storage/ServerBackend.cpp" line="-95"/>
        <location line="+685"/>
        <location filename="../core/storage/Sql.cpp" line="+218"/>
        <location line="+120"/>
        <location line="+101"/>
        <source>%1 (statement %2)</source>
        <translation>%1 (câu lệnh %2)</translation>
    </message>
    <message>
        <location filename="../core/storage/ServerBackend.cpp" line="-912"/>
        <source>the units</source>
        <translation>các đơn vị</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the indexes</source>
        <translation>các bộ chỉ số</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the criteria frameworks</source>
        <translation>các bộ tiêu chí</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the cohorts and their members</source>
        <translation>các nhóm xếp hạng và đơn vị thuộc nhóm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>scores</source>
        <translation>điểm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the published ranks</source>
        <translation>thứ hạng đã công bố</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>which results are final</source>
        <translation>việc chốt kết quả</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the report settings</source>
        <translation>thiết lập báo cáo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the accounts</source>
        <translation>các tài khoản</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>this part of the database</source>
        <translation>phần này của cơ sở dữ liệu</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+4"/>
        <source>a criterion this change refers to does not exist (another program may have removed it meanwhile); nothing was changed</source>
        <translation>một tiêu chí mà thay đổi này tham chiếu đến không tồn tại (có thể một chương trình khác đã xóa trong lúc này); không có gì được thay đổi</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+4"/>
        <source>a unit this change refers to does not exist (another program may have removed it meanwhile); nothing was changed</source>
        <translation>một đơn vị mà thay đổi này tham chiếu đến không tồn tại (có thể một chương trình khác đã xóa trong lúc này); không có gì được thay đổi</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a cohort this change refers to does not exist (another program may have removed it meanwhile); nothing was changed</source>
        <translation>một nhóm xếp hạng mà thay đổi này tham chiếu đến không tồn tại (có thể một chương trình khác đã xóa trong lúc này); không có gì được thay đổi</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>an index this change refers to does not exist (another program may have removed it meanwhile); nothing was changed</source>
        <translation>một bộ chỉ số mà thay đổi này tham chiếu đến không tồn tại (có thể một chương trình khác đã xóa trong lúc này); không có gì được thay đổi</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a criteria framework this change refers to does not exist (another program may have removed it meanwhile); nothing was changed</source>
        <translation>một bộ tiêu chí mà thay đổi này tham chiếu đến không tồn tại (có thể một chương trình khác đã xóa trong lúc này); không có gì được thay đổi</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a merger, split or renaming this change refers to does not exist (another program may have removed it meanwhile); nothing was changed</source>
        <translation>một sự kiện hợp nhất, chia tách hoặc đổi tên mà thay đổi này tham chiếu đến không tồn tại (có thể một chương trình khác đã xóa trong lúc này); không có gì được thay đổi</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the unit cannot be removed: scores are still recorded for it; nothing was changed</source>
        <translation>không thể xóa đơn vị: vẫn còn điểm được ghi cho đơn vị này; không có gì được thay đổi</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the criterion cannot be removed: scores are still recorded for it; nothing was changed</source>
        <translation>không thể xóa tiêu chí: vẫn còn điểm được ghi cho tiêu chí này; không có gì được thay đổi</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the unit cannot be removed: an account still belongs to it; nothing was changed</source>
        <translation>không thể xóa đơn vị: vẫn còn tài khoản thuộc đơn vị này; không có gì được thay đổi</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>this change was refused: other records refer to what it removes, or it refers to something that does not exist; nothing was changed</source>
        <translation>thay đổi này bị từ chối: có dữ liệu khác còn tham chiếu đến phần bị xóa, hoặc thay đổi tham chiếu đến dữ liệu không tồn tại; không có gì được thay đổi</translation>
    </message>
    <message>
        <location line="+217"/>
        <source>the server at %1 is starting up or shutting down; try again in a moment</source>
        <translation>máy chủ tại %1 đang khởi động hoặc đang tắt; vui lòng thử lại sau giây lát</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>could not reach the server at %1: check the address and the port, and that the server is running and accepts connections from this computer</source>
        <translation>không kết nối được tới máy chủ tại %1: hãy kiểm tra địa chỉ và cổng, và xem máy chủ có đang chạy và có nhận kết nối từ máy tính này không</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>your user name</source>
        <translation>tên người dùng của bạn</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the server at %1 asks for the password of %2</source>
        <translation>máy chủ tại %1 yêu cầu mật khẩu của %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>wrong user name or password for %1 at %2</source>
        <translation>sai tên người dùng hoặc mật khẩu của %1 tại %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the server at %1 did not let %2 into the database %3: check the names, or ask the server&apos;s administrator whether this user may connect to it</source>
        <translation>máy chủ tại %1 không cho %2 vào cơ sở dữ liệu %3: hãy kiểm tra lại các tên, hoặc hỏi người quản trị máy chủ xem người dùng này có được phép kết nối không</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the PostgreSQL driver for Qt is not installed (package libqt6sql6-psql)</source>
        <translation>chưa cài trình điều khiển PostgreSQL cho Qt (gói libqt6sql6-psql)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>cannot connect to %1: %2</source>
        <translation>không kết nối được tới %1: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cannot reach the PostgreSQL connection of %1</source>
        <translation>không truy cập được kết nối PostgreSQL của %1</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>%1 holds another program&apos;s tables, not a parindex database; it was left as it was</source>
        <translation>%1 chứa bảng của chương trình khác, không phải cơ sở dữ liệu parindex; đã giữ nguyên</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 holds no parindex database yet (parindex init --db %1 creates it)</source>
        <translation>%1 chưa có cơ sở dữ liệu parindex (parindex init --db %1 sẽ tạo)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>cannot read the schema version of %1</source>
        <translation>không đọc được phiên bản lược đồ của %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 may not create the database&apos;s group roles, which schema %2 of %3 needs: the database&apos;s owner needs CREATEROLE (as a superuser: ALTER ROLE %1 CREATEROLE), or a superuser runs parindex init on it once</source>
        <translation>%1 không được tạo các nhóm vai trò của cơ sở dữ liệu mà lược đồ %2 của %3 cần: chủ sở hữu cơ sở dữ liệu cần quyền CREATEROLE (với quyền superuser: ALTER ROLE %1 CREATEROLE), hoặc một superuser chạy parindex init trên cơ sở dữ liệu này một lần</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>a server database starts at schema %1</source>
        <translation>cơ sở dữ liệu trên máy chủ bắt đầu từ lược đồ %1</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>the server&apos;s disk is full</source>
        <translation>ổ đĩa của máy chủ đã đầy</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the connection to the server was lost, and connecting again failed: %1</source>
        <translation>mất kết nối tới máy chủ, và kết nối lại không được: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the connection to the server was lost: %1</source>
        <translation>mất kết nối tới máy chủ: %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>your account (%1) may not manage accounts; the secretariat does</source>
        <translation>tài khoản của bạn (%1) không được quản lý tài khoản; việc này do tổ thư ký làm</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a superuser is not given a parindex role</source>
        <translation>không gán vai trò parindex cho tài khoản quản trị tối cao (superuser)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an account cannot remove itself</source>
        <translation>một tài khoản không thể tự gỡ chính mình</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>your account (%1) may not change %2</source>
        <translation>tài khoản của bạn (%1) không được thay đổi %2</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>a database file has no accounts</source>
        <translation>tệp cơ sở dữ liệu không có tài khoản</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot encrypt the password: %1</source>
        <translation>không mã hoá được mật khẩu: %1</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>cannot count the values whose unit or criterion does not exist</source>
        <translation>không đếm được các giá trị có đơn vị hoặc tiêu chí không tồn tại</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n value(s) refer to a unit that does not exist</source>
        <translation>
            <numerusform>%n giá trị tham chiếu đến một đơn vị không tồn tại</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n value(s) refer to a criterion that does not exist</source>
        <translation>
            <numerusform>%n giá trị tham chiếu đến một tiêu chí không tồn tại</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n value(s) fail the table&apos;s checks (an unknown stage, a value below zero or a version below 1)</source>
        <translation>
            <numerusform>%n giá trị không qua được các ràng buộc kiểm tra của bảng (giai đoạn không hợp lệ, giá trị âm hoặc phiên bản nhỏ hơn 1)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+58"/>
        <location filename="../core/storage/Sql.cpp" line="-77"/>
        <source>the program has no statement %1</source>
        <translation>chương trình không có câu lệnh %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <location filename="../core/storage/Sql.cpp" line="+47"/>
        <source>statement %1 has no value named %2</source>
        <translation>câu lệnh %1 không có giá trị nào tên là %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../core/storage/Sql.cpp" line="+7"/>
        <source>statement %1 needs a value for %2</source>
        <translation>câu lệnh %1 cần một giá trị cho %2</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>a database file has no server to ask</source>
        <translation>tệp cơ sở dữ liệu không có máy chủ để hỏi</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the server&apos;s answer to %1 is not a list of pairs of whole numbers</source>
        <translation>câu trả lời của máy chủ cho %1 không phải là danh sách các cặp số nguyên</translation>
    </message>
</context>
<context>
    <name>par::DatabaseCopy</name>
    <message>
        <location filename="../core/storage/DatabaseCopy.cpp" line="+222"/>
        <source>a row of %1 has %2 values, not %3</source>
        <translation>một dòng của %1 có %2 giá trị, không phải %3</translation>
    </message>
    <message>
        <location line="+217"/>
        <source>%1: the copy switches the database&apos;s triggers off for its own transaction, which only the owner of its tables may do (%2)</source>
        <translation>%1: lệnh sao chép tạm tắt các trigger của cơ sở dữ liệu trong chính giao dịch của nó, việc mà chỉ chủ sở hữu các bảng mới được làm (%2)</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>%1 holds a table this program does not know (%2); it cannot be copied exactly</source>
        <translation>%1 có một bảng mà chương trình này không biết (%2); không thể sao chép chính xác</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 has no table %2</source>
        <translation>%1 không có bảng %2</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>%1 already exists; copy writes a new database, never into one that holds data</source>
        <translation>%1 đã tồn tại; lệnh copy chỉ ghi ra cơ sở dữ liệu mới, không bao giờ ghi vào cơ sở dữ liệu đã có dữ liệu</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 is not empty (it holds rows in %2); copy writes only into a new, empty database, and nothing was changed</source>
        <translation>%1 không trống (có dữ liệu trong %2); lệnh copy chỉ ghi vào cơ sở dữ liệu mới, trống, và chưa có gì bị thay đổi</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>the table %1 of %2 has other columns than the source&apos;s</source>
        <translation>bảng %1 của %2 có các cột khác với nguồn</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the source has schema %1 and the destination %2</source>
        <translation>nguồn có lược đồ %1 còn đích có lược đồ %2</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>--from and --to name the same database</source>
        <translation>--from và --to chỉ cùng một cơ sở dữ liệu</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>cannot name the copy %1 (does it exist now?); nothing was kept</source>
        <translation>không thể đặt tên bản sao là %1 (tệp này đã tồn tại?); không giữ lại gì</translation>
    </message>
</context>
<context>
    <name>par::Decimal</name>
    <message>
        <location filename="../core/model/Decimal.cpp" line="+57"/>
        <source>an empty value is not a number</source>
        <translation>giá trị trống không phải là số</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; is not a number</source>
        <translation>&quot;%1&quot; không phải là số</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>&quot;%1&quot; has more than %2 decimals</source>
        <translation>&quot;%1&quot; có quá %2 chữ số thập phân</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;%1&quot; is too large</source>
        <translation>&quot;%1&quot; quá lớn</translation>
    </message>
</context>
<context>
    <name>par::Demo</name>
    <message>
        <location filename="../core/storage/Demo.cpp" line="+256"/>
        <source>the demo data is missing from the program</source>
        <translation>chương trình thiếu dữ liệu minh họa</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the demo data is damaged: %1</source>
        <translation>dữ liệu minh họa bị hỏng: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>demo database</source>
        <translation>cơ sở dữ liệu minh họa</translation>
    </message>
</context>
<context>
    <name>par::Export</name>
    <message>
        <location filename="../core/io/Export.cpp" line="-438"/>
        <source>there is no unit named or coded &quot;%1&quot;</source>
        <translation>không có đơn vị nào có tên hoặc mã &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+165"/>
        <source>the %1 %2 ranking of &quot;%3&quot;</source>
        <translation>bảng xếp hạng %1 năm %2 của nhóm &quot;%3&quot;</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>the %1 %2 %3 scores of &quot;%4&quot;</source>
        <translation>bảng điểm %1 năm %2 (giai đoạn %3) của nhóm &quot;%4&quot;</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>the %1 %2 score template of &quot;%3&quot;</source>
        <translation>biểu mẫu chấm điểm %1 năm %2 của nhóm &quot;%3&quot;</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>the %1 %2 framework</source>
        <translation>khung tiêu chí %1 năm %2</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>the audit log</source>
        <translation>nhật ký thay đổi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the audit log of %1</source>
        <translation>nhật ký thay đổi của %1</translation>
    </message>
</context>
<context>
    <name>par::ExportWriter</name>
    <message>
        <location filename="../core/io/ExportWriter.cpp" line="+185"/>
        <source>cannot add the sheet &quot;%1&quot;</source>
        <translation>không thêm được trang tính &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>sheet &quot;%1&quot;, row %2, column %3: %4</source>
        <translation>trang tính &quot;%1&quot;, dòng %2, cột %3: %4</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>sheet &quot;%1&quot;, row %2, column %3: the text is longer than Excel allows (%4 characters)</source>
        <translation>trang tính &quot;%1&quot;, dòng %2, cột %3: văn bản dài hơn mức Excel cho phép (%4 ký tự)</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>%1: the file name must end in .xlsx (Excel) or .csv</source>
        <translation>%1: tên tệp phải có đuôi .xlsx (Excel) hoặc .csv</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>out of memory</source>
        <translation>không đủ bộ nhớ</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Written by parindex</source>
        <translation>Tạo bởi parindex</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>nothing to write</source>
        <translation>không có dữ liệu để ghi</translation>
    </message>
</context>
<context>
    <name>par::Finalisation</name>
    <message numerus="yes">
        <location filename="../core/storage/Finalisation.cpp" line="+30"/>
        <source>%n unit(s) of %1 %2 &quot;%3&quot; have no complete final scores: %4</source>
        <translation>
            <numerusform>%n đơn vị của %1 %2 &quot;%3&quot; chưa đủ điểm thẩm định: %4</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>reopening final results needs a reason</source>
        <translation>mở lại kết quả đã chốt cần có lý do</translation>
    </message>
</context>
<context>
    <name>par::FrameworkEditor</name>
    <message>
        <location filename="../core/storage/FrameworkEditor.cpp" line="+122"/>
        <source>The criterion no longer exists; it may have been removed meanwhile.</source>
        <translation>Tiêu chí không còn tồn tại; có thể đã bị xóa trong lúc này.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Criterion %1 is not in the tree of its framework.</source>
        <translation>Tiêu chí %1 không nằm trong cây tiêu chí của khung tiêu chí.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The framework no longer exists; it may have been removed meanwhile.</source>
        <translation>Khung tiêu chí không còn tồn tại; có thể đã bị xóa trong lúc này.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The %1 results of %2 (%3) are final. %4 would change them: reopen them with a reason first.</source>
        <translation>Kết quả năm %1 của %2 (%3) đã chốt. %4 sẽ làm thay đổi kết quả: hãy mở lại kết quả, kèm lý do, trước khi thực hiện.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A criterion needs a code, such as 3.5.</source>
        <translation>Tiêu chí phải có mã, ví dụ 3.5.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The code %1.</source>
        <translation>Mã %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The lead unit of %1 %2.</source>
        <translation>Đơn vị chủ trì của %1 %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The code &quot;%1&quot; is reserved for the total.</source>
        <translation>Mã &quot;%1&quot; được dành cho tổng điểm.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The code %1 is already used by &quot;%2&quot;.</source>
        <translation>Mã %1 đã được dùng cho &quot;%2&quot;.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Criterion %1 needs a title.</source>
        <translation>Tiêu chí %1 phải có tên.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The maximum of %1 cannot be negative.</source>
        <translation>Điểm tối đa của %1 không được âm.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>self-assessed</source>
        <translation>tự đánh giá</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>appraised</source>
        <translation>thẩm định</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the total</source>
        <translation>tổng điểm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The maximum of %1 cannot go below %2: %3 has a recorded %4 score of %2. Correct that score first, or keep a maximum of at least %2.</source>
        <translation>Điểm tối đa của %1 không được thấp hơn %2: %3 đã có điểm %4 là %2. Hãy sửa điểm đó trước, hoặc giữ điểm tối đa từ %2 trở lên.</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>An index needs a short code, such as PAR or DDCI.</source>
        <translation>Chỉ số phải có mã viết tắt, ví dụ PAR hoặc DDCI.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The code &quot;%1&quot; may only hold letters, digits, dots, dashes and underscores.</source>
        <translation>Mã &quot;%1&quot; chỉ được gồm chữ cái, chữ số, dấu chấm, dấu gạch ngang và dấu gạch dưới.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The index %1 needs a name.</source>
        <translation>Chỉ số %1 phải có tên.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+31"/>
        <location line="+25"/>
        <location line="+29"/>
        <source>The year must be between %1 and %2.</source>
        <translation>Năm phải nằm trong khoảng từ %1 đến %2.</translation>
    </message>
    <message>
        <location line="-76"/>
        <source>An index with the code %1 already exists (%2).</source>
        <translation>Đã có chỉ số mang mã %1 (%2).</translation>
    </message>
    <message>
        <location line="+30"/>
        <location line="+27"/>
        <source>%1 already has a framework for %2.</source>
        <translation>%1 đã có khung tiêu chí năm %2.</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Choose a year other than %1 to copy its framework to.</source>
        <translation>Hãy chọn một năm khác năm %1 để sao chép khung tiêu chí sang.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copied from the %1 framework</source>
        <translation>Sao chép từ khung tiêu chí năm %1</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Imported from %1</source>
        <translation>Nhập từ %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The %1 framework of %2 has scores and cannot be removed.</source>
        <translation>Khung tiêu chí năm %1 của %2 đã có điểm nên không thể xóa.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Removing the framework</source>
        <translation>Xóa khung tiêu chí</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+28"/>
        <source>Adding a criterion</source>
        <translation>Thêm tiêu chí</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>The total has no siblings: add a top-level criterion as its child.</source>
        <translation>Tổng điểm không có tiêu chí cùng cấp: hãy thêm tiêu chí cấp cao nhất làm tiêu chí con của tổng điểm.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>The total needs a title.</source>
        <translation>Tổng điểm phải có tên.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The maximum of the total follows its parts: change the parts instead.</source>
        <translation>Điểm tối đa của tổng điểm được tính theo các thành phần: hãy sửa các thành phần.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The %1 framework has scores, so its codes can no longer change: score files and the history refer to them.</source>
        <translation>Khung tiêu chí năm %1 đã có điểm nên không thể đổi mã tiêu chí: các tệp điểm và lịch sử thay đổi đang dùng các mã này.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The %1 framework has scores, so its aggregations can no longer change: that would change results already recorded.</source>
        <translation>Khung tiêu chí năm %1 đã có điểm nên không thể đổi cách tổng hợp: việc này sẽ làm thay đổi kết quả đã ghi nhận.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Changing a maximum or an aggregation</source>
        <translation>Sửa điểm tối đa hoặc cách tổng hợp</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The total cannot be removed; remove the year&apos;s framework instead.</source>
        <translation>Không thể xóa tổng điểm; nếu cần, hãy xóa khung tiêu chí của năm.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%1 cannot be removed: %n score(s) are recorded for it or its sub-criteria. Remove those scores first, or keep the criterion.</source>
        <translation>
            <numerusform>Không thể xóa %1: đã có %n điểm được ghi cho tiêu chí này hoặc các tiêu chí con. Hãy xóa các điểm đó trước, hoặc giữ lại tiêu chí.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Removing a criterion</source>
        <translation>Xóa tiêu chí</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The total cannot be moved.</source>
        <translation>Không thể di chuyển tổng điểm.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 is already the first of its group.</source>
        <translation>%1 đã ở vị trí đầu tiên trong nhóm.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is already the last of its group.</source>
        <translation>%1 đã ở vị trí cuối cùng trong nhóm.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The band starting at %1% needs a label.</source>
        <translation>Mức xếp loại bắt đầu từ %1% phải có tên.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The label of the band starting at %1% %2.</source>
        <translation>Tên mức xếp loại bắt đầu từ %1% %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The band &quot;%1&quot; must start between 0 and 100 percent, not at %2%.</source>
        <translation>Mức xếp loại &quot;%1&quot; phải bắt đầu trong khoảng 0 đến 100 phần trăm, không phải %2%.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Two bands (&quot;%1&quot; and &quot;%2&quot;) start at %3%; each band needs its own minimum.</source>
        <translation>Hai mức xếp loại (&quot;%1&quot; và &quot;%2&quot;) cùng bắt đầu từ %3%; mỗi mức phải có ngưỡng tối thiểu riêng.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Changing the bands</source>
        <translation>Sửa các mức xếp loại</translation>
    </message>
    <message>
        <location line="-464"/>
        <source>The title of %1 %2.</source>
        <translation>Tiêu đề của %1 %2.</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>The name of %1 %2.</source>
        <translation>Tên của %1 %2.</translation>
    </message>
</context>
<context>
    <name>par::FrameworkImport</name>
    <message>
        <location filename="../core/io/FrameworkImport.cpp" line="+27"/>
        <source>%1: line %2, column %3</source>
        <translation>%1: dòng %2, cột %3</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1: the file is empty</source>
        <translation>%1: tệp trống</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: line %2: the header has no &quot;%3&quot; column (expected code,title,max_points and optionally parent,aggregation,lead_unit)</source>
        <translation>%1: dòng %2: dòng tiêu đề không có cột &quot;%3&quot; (cần có code,title,max_points và có thể thêm parent,aggregation,lead_unit)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>code</source>
        <translation>mã</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>name</source>
        <translation>tên</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the index&apos;s %1 %2</source>
        <translation>%1 của chỉ số %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: this row has %2 cells but the header has %3</source>
        <translation>%1: dòng này có %2 ô nhưng dòng tiêu đề chỉ có %3</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: the %2 %3</source>
        <translation>%1: cột %2 %3</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: the criterion has no code</source>
        <translation>%1: tiêu chí không có mã</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: &quot;%2&quot; is reserved for the recorded total</source>
        <translation>%1: &quot;%2&quot; được dành cho tổng điểm ghi nhận</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: the code %2 is already used on line %3</source>
        <translation>%1: mã %2 đã được dùng ở dòng %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: criterion %2 has no title</source>
        <translation>%1: tiêu chí %2 không có tên</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: the maximum %2 is negative</source>
        <translation>%1: điểm tối đa %2 là số âm</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: aggregation &quot;%2&quot; is neither sum nor mean</source>
        <translation>%1: cách tổng hợp &quot;%2&quot; không phải sum (cộng) hoặc mean (trung bình)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: the file has a header but no criteria</source>
        <translation>%1: tệp có dòng tiêu đề nhưng không có tiêu chí nào</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: the parent %2 of criterion %3 is not in the file</source>
        <translation>%1: tiêu chí cha %2 của tiêu chí %3 không có trong tệp</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>%1: line %2: criterion %3 is its own ancestor (the parents form a loop)</source>
        <translation>%1: dòng %2: tiêu chí %3 là tổ tiên của chính nó (quan hệ cha con tạo thành vòng lặp)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: line %2: criterion %3 has no maximum</source>
        <translation>%1: dòng %2: tiêu chí %3 không có điểm tối đa</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: line %2: the maximum of %3 is %4 but its children add up to %5</source>
        <translation>%1: dòng %2: điểm tối đa của %3 là %4 nhưng tổng các tiêu chí con là %5</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>the %1 framework of %2 already has scores; it can no longer be replaced by a file</source>
        <translation>khung tiêu chí năm %1 của %2 đã có điểm; không thể thay thế bằng tệp được nữa</translation>
    </message>
</context>
<context>
    <name>par::Lineage</name>
    <message>
        <location filename="../core/model/Lineage.cpp" line="+70"/>
        <source>%1 already descends from %2: the events would form a cycle.</source>
        <translation>%1 đã là đơn vị kế thừa từ %2: các sự kiện sẽ tạo thành vòng lặp.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>An event needs the year from which it holds.</source>
        <translation>Sự kiện cần có năm bắt đầu có hiệu lực.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There is no unit with id %1.</source>
        <translation>Không có đơn vị mang mã số %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A rename concerns one unit.</source>
        <translation>Đổi tên chỉ áp dụng cho một đơn vị.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A unit is named twice in the same event.</source>
        <translation>Một đơn vị được nêu hai lần trong cùng một sự kiện.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 cannot be merged or split into itself.</source>
        <translation>Không thể hợp nhất hoặc chia tách %1 vào chính nó.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A merger makes one unit from one or more others.</source>
        <translation>Hợp nhất tạo ra một đơn vị từ một hoặc nhiều đơn vị khác.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A split makes two or more units from one.</source>
        <translation>Chia tách tạo ra hai hoặc nhiều đơn vị từ một đơn vị.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 does not exist in %2, so it cannot end into an event of %3.</source>
        <translation>%1 không tồn tại vào năm %2 nên không thể kết thúc do sự kiện năm %3.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 already ended in %2.</source>
        <translation>%1 đã kết thúc vào năm %2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 ends in %2, before the event of %3.</source>
        <translation>%1 kết thúc vào năm %2, trước sự kiện năm %3.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 begins in %2, after the event of %3; their life spans would leave a gap.</source>
        <translation>%1 bắt đầu từ năm %2, sau sự kiện năm %3; thời gian tồn tại của các đơn vị sẽ bị gián đoạn.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 must exist in %2 and %3 to be renamed in %3.</source>
        <translation>%1 phải tồn tại trong năm %2 và năm %3 thì mới đổi tên được vào năm %3.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A rename needs the new name.</source>
        <translation>Đổi tên cần có tên mới.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 already has that name.</source>
        <translation>%1 đã mang tên này.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is already renamed in %2.</source>
        <translation>%1 đã được đổi tên vào năm %2.</translation>
    </message>
</context>
<context>
    <name>par::LineageStore</name>
    <message>
        <location filename="../core/storage/LineageStore.cpp" line="+98"/>
        <source>The legal basis %1.</source>
        <translation>Căn cứ pháp lý %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The new name %1.</source>
        <translation>Tên mới %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A new unit needs a name.</source>
        <translation>Đơn vị mới cần có tên.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The name %1.</source>
        <translation>Tên %1.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>%1 has scores for %2, so it cannot end in %3.</source>
        <translation>%1 có điểm năm %2 nên không thể kết thúc vào năm %3.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 has scores for %2, so it cannot begin in %3.</source>
        <translation>%1 có điểm năm %2 nên không thể bắt đầu từ năm %3.</translation>
    </message>
</context>
<context>
    <name>par::NewProvince</name>
    <message>
        <location filename="../core/storage/NewProvince.cpp" line="+82"/>
        <source>repeats line %1 (%2)</source>
        <translation>trùng với dòng %1 (%2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is already listed elsewhere in this database</source>
        <translation>%1 đã có ở chỗ khác trong cơ sở dữ liệu này</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Line %1: %2.</source>
        <translation>Dòng %1: %2.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Give the province&apos;s name.</source>
        <translation>Hãy nhập tên tỉnh.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The province&apos;s name %1.</source>
        <translation>Tên tỉnh %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The first year must be between %1 and %2.</source>
        <translation>Năm đầu tiên phải từ %1 đến %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; is not a kind of local unit (district or commune).</source>
        <translation>&quot;%1&quot; không phải loại đơn vị cấp dưới (huyện hoặc xã).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the province</source>
        <translation>tỉnh</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the departments</source>
        <translation>danh sách sở, ban, ngành</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the districts or communes</source>
        <translation>danh sách huyện hoặc xã</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A unit in %1 has no name.</source>
        <translation>Một đơn vị trong %1 chưa có tên.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The unit %1 %2.</source>
        <translation>Đơn vị %1 %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is in %2 and in %3: a unit can be listed once.</source>
        <translation>%1 có trong %2 và trong %3: mỗi đơn vị chỉ được ghi một lần.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The cohort&apos;s name %1.</source>
        <translation>Tên nhóm xếp hạng %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The cohort &quot;%1&quot; has no units: paste them, or leave the cohort out.</source>
        <translation>Nhóm xếp hạng &quot;%1&quot; chưa có đơn vị nào: hãy dán danh sách, hoặc bỏ nhóm này.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The cohort &quot;%1&quot; belongs to the province&apos;s own index: give that index a code, or leave the cohort out.</source>
        <translation>Nhóm xếp hạng &quot;%1&quot; thuộc bộ chỉ số của tỉnh: hãy đặt mã cho bộ chỉ số đó, hoặc bỏ nhóm này.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The two cohorts need different names.</source>
        <translation>Hai nhóm xếp hạng phải có tên khác nhau.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is not a national index this program knows.</source>
        <translation>%1 không phải chỉ số quốc gia mà chương trình biết.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The index&apos;s code %1.</source>
        <translation>Mã chỉ số %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An index&apos;s code is one word, such as CCHC.</source>
        <translation>Mã chỉ số là một từ, ví dụ CCHC.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is the code of a national index: choose another code for the province&apos;s own index.</source>
        <translation>%1 là mã của một chỉ số quốc gia: hãy chọn mã khác cho bộ chỉ số của tỉnh.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The index&apos;s name %1.</source>
        <translation>Tên chỉ số %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The province&apos;s own index ranks its units: create at least one cohort for it.</source>
        <translation>Bộ chỉ số của tỉnh dùng để xếp hạng các đơn vị: hãy tạo ít nhất một nhóm xếp hạng.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose at least one index to track.</source>
        <translation>Hãy chọn ít nhất một chỉ số để theo dõi.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>new database for %1</source>
        <translation>tạo cơ sở dữ liệu mới cho %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The database already holds indexes: a new province needs a new file.</source>
        <translation>Cơ sở dữ liệu đã có chỉ số: một tỉnh mới cần một tệp mới.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Administrative reform index of %1&apos;s units</source>
        <translation>Chỉ số cải cách hành chính các cơ quan, đơn vị tỉnh %1</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>%1 already exists: choose a new file name.</source>
        <translation>%1 đã tồn tại: hãy chọn tên tệp khác.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The folder %1 does not exist.</source>
        <translation>Thư mục %1 không tồn tại.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cannot create %1: the name is taken or the folder cannot be written.</source>
        <translation>Không tạo được %1: tên đã có hoặc không ghi được vào thư mục.</translation>
    </message>
</context>
<context>
    <name>par::Permissions</name>
    <message>
        <location filename="../core/storage/Permissions.cpp" line="+56"/>
        <source>secretariat</source>
        <translation>tổ thư ký</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>appraiser</source>
        <translation>thẩm định viên</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unit %1</source>
        <translation>đơn vị %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>viewer</source>
        <translation>người xem</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no role in this database</source>
        <translation>không có vai trò trong cơ sở dữ liệu này</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>your account (%1) may not change scores</source>
        <translation>tài khoản của bạn (%1) không được thay đổi điểm</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>your account (%1) may not change the scores of %2</source>
        <translation>tài khoản của bạn (%1) không được thay đổi điểm của %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>your account (%1) may not change the final (appraised) scores</source>
        <translation>tài khoản của bạn (%1) không được thay đổi điểm thẩm định (điểm chính thức)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>your account (%1) may not change the self-assessed scores</source>
        <translation>tài khoản của bạn (%1) không được thay đổi điểm tự đánh giá</translation>
    </message>
</context>
<context>
    <name>par::PredecessorRank</name>
    <message>
        <location filename="../core/scoring/Ranking.cpp" line="+30"/>
        <source>%1: no value</source>
        <translation>%1: chưa có điểm</translation>
    </message>
</context>
<context>
    <name>par::ReportBuilder</name>
    <message>
        <location filename="../core/report/ReportBuilder.cpp" line="+254"/>
        <source>index %1 has no main unit: name the unit the report is about</source>
        <translation>chỉ số %1 chưa có đơn vị chính: hãy chỉ rõ đơn vị cần báo cáo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the main unit of index %1 is missing</source>
        <translation>không tìm thấy đơn vị chính của chỉ số %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>there is no unit &quot;%1&quot;</source>
        <translation>không có đơn vị &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1 has no %2 result for %3</source>
        <translation>%1 chưa có kết quả %2 năm %3</translation>
    </message>
    <message>
        <location line="+899"/>
        <source>the report&apos;s language must be vi or en, not %1</source>
        <translation>ngôn ngữ của báo cáo phải là vi hoặc en, không phải %1</translation>
    </message>
</context>
<context>
    <name>par::SafeFile</name>
    <message>
        <location filename="../core/io/SafeFile.cpp" line="+24"/>
        <source>cannot write %1: %2</source>
        <translation>không ghi được %1: %2</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>it is a folder</source>
        <translation>đó là một thư mục</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+45"/>
        <source>the file could not be written completely (is the disk full?)</source>
        <translation>tệp không được ghi trọn vẹn (ổ đĩa đầy?)</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>the file could not be saved to the disk (is the disk full?)</source>
        <translation>tệp không lưu được xuống ổ đĩa (ổ đĩa đầy?)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>the disk is full</source>
        <translation>ổ đĩa đã đầy</translation>
    </message>
</context>
<context>
    <name>par::ScoreEditor</name>
    <message>
        <location filename="../core/storage/ScoreEditor.cpp" line="+20"/>
        <source>a score cannot be negative</source>
        <translation>điểm không được âm</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>above the maximum of %1</source>
        <translation>vượt điểm tối đa %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the %1 results of &quot;%2&quot; are final; reopen them with a reason first</source>
        <translation>kết quả năm %1 của nhóm &quot;%2&quot; đã chốt; hãy mở lại kèm lý do trước</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+34"/>
        <source>criterion %1 is not in the %2 framework</source>
        <translation>tiêu chí %1 không có trong khung tiêu chí năm %2</translation>
    </message>
    <message>
        <location line="-31"/>
        <location line="+27"/>
        <source>%1: %2 is outside 0 to %3</source>
        <translation>%1: %2 nằm ngoài khoảng 0 đến %3</translation>
    </message>
    <message>
        <location line="-26"/>
        <location line="+27"/>
        <source>total</source>
        <translation>tổng điểm</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the total</source>
        <translation>tổng điểm</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 was changed to %2 by %3 at %4, after it was shown here; nothing was written</source>
        <translation>%1 đã được %3 đổi thành %2 lúc %4, sau khi hiển thị ở đây; không ghi gì</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 was changed to %2 by another program after it was shown here; nothing was written</source>
        <translation>%1 đã được một chương trình khác đổi thành %2 sau khi hiển thị ở đây; không ghi gì</translation>
    </message>
    <message>
        <location line="+32"/>
        <location line="+125"/>
        <source>no value</source>
        <translation>không có giá trị</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>The note %1.</source>
        <translation>Ghi chú %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The evidence %1.</source>
        <translation>Tài liệu kiểm chứng %1.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>The note on %1</source>
        <translation>Ghi chú của %1</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>The evidence of %1</source>
        <translation>Tài liệu kiểm chứng của %1</translation>
    </message>
</context>
<context>
    <name>par::ScoreImport</name>
    <message>
        <location filename="../core/io/ScoreImport.cpp" line="+22"/>
        <source>%1: line %2, column %3</source>
        <translation>%1: dòng %2, cột %3</translation>
    </message>
    <message>
        <location line="+132"/>
        <source>the cohort name %1</source>
        <translation>tên nhóm xếp hạng %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: the file is empty</source>
        <translation>%1: tệp trống</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1: the column has values but no criterion code</source>
        <translation>%1: cột có giá trị nhưng không có mã tiêu chí</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: the criterion code %2</source>
        <translation>%1: mã tiêu chí %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: %2 is not a criterion of the %3 %4 framework</source>
        <translation>%1: %2 không phải là tiêu chí của khung tiêu chí %3 năm %4</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: criterion %2 is also in column %3</source>
        <translation>%1: tiêu chí %2 đã có ở cột %3</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: line %2: the header names no criterion</source>
        <translation>%1: dòng %2: dòng tiêu đề không có tiêu chí nào</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: this row has %2 cells but the header has %3</source>
        <translation>%1: dòng này có %2 ô nhưng dòng tiêu đề chỉ có %3</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: the row has values but no unit</source>
        <translation>%1: dòng có giá trị nhưng không có đơn vị</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: the unit name %2</source>
        <translation>%1: tên đơn vị %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: no unit has the code %2</source>
        <translation>%1: không có đơn vị nào mang mã %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: the code %2 is %3&apos;s, but the row names %4</source>
        <translation>%1: mã %2 là của %3, nhưng dòng này ghi đơn vị %4</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: %2 units of cohort &quot;%3&quot; are named &quot;%4&quot;; use the unit&apos;s code</source>
        <translation>%1: nhóm xếp hạng &quot;%3&quot; có %2 đơn vị cùng tên &quot;%4&quot;; hãy dùng mã đơn vị</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: %2 is already on line %3</source>
        <translation>%1: %2 đã có ở dòng %3</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2 is negative</source>
        <translation>%1: %2 là số âm</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2 is above the maximum of %3</source>
        <translation>%1: %2 vượt điểm tối đa %3</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>%1: the file has no unit rows</source>
        <translation>%1: tệp không có dòng đơn vị nào</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>%1: the %2 %3 results of &quot;%4&quot; are final; reopen them with a reason before changing scores</source>
        <translation>%1: kết quả %2 năm %3 của nhóm &quot;%4&quot; đã chốt; hãy mở lại kèm lý do trước khi sửa điểm</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>%1: line %2: %3, %4: recorded %5 but its parts give %6</source>
        <translation>%1: dòng %2: %3, %4: giá trị ghi nhận là %5 nhưng tính từ các thành phần được %6</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>total</source>
        <translation>tổng điểm</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>import %1</source>
        <translation>nhập %1</translation>
    </message>
</context>
<context>
    <name>par::SheetReader</name>
    <message>
        <location filename="../core/io/SheetReader.cpp" line="+23"/>
        <location line="+4"/>
        <location line="+49"/>
        <location line="+25"/>
        <source>%1: cannot read the file (%2)</source>
        <translation>%1: không đọc được tệp (%2)</translation>
    </message>
    <message>
        <location line="-72"/>
        <source>%1: the file is larger than %2 MB; a score sheet is far smaller</source>
        <translation>%1: tệp lớn hơn %2 MB; một bảng điểm nhỏ hơn nhiều</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+38"/>
        <source>%1 is a CSV file, which has no sheets; --sheet is for Excel workbooks (.xlsx)</source>
        <translation>%1 là tệp CSV, không có trang tính; --sheet chỉ dùng cho tệp Excel (.xlsx)</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>%1, line %2, column %3: the text %4</source>
        <translation>%1, dòng %2, cột %3: nội dung %4</translation>
    </message>
</context>
<context>
    <name>par::Standing</name>
    <message>
        <location filename="../core/scoring/Standing.cpp" line="+11"/>
        <source>(published)</source>
        <translation>(công bố)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(provisional)</source>
        <translation>(tạm tính)</translation>
    </message>
</context>
<context>
    <name>par::TextRules</name>
    <message>
        <location filename="../core/model/TextRules.cpp" line="+21"/>
        <source>is longer than %1 characters</source>
        <translation>dài quá %1 ký tự</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>contains a NUL character</source>
        <translation>chứa ký tự NUL</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>contains a control character (U+%1)</source>
        <translation>chứa ký tự điều khiển (U+%1)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>closes a right-to-left or left-to-right override that was not opened</source>
        <translation>đóng một ký tự đổi chiều viết (phải sang trái hoặc trái sang phải) chưa được mở</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>leaves a right-to-left or left-to-right override open</source>
        <translation>để mở một ký tự đổi chiều viết (phải sang trái hoặc trái sang phải) mà không đóng</translation>
    </message>
</context>
<context>
    <name>par::UnitEditor</name>
    <message>
        <location filename="../core/storage/UnitEditor.cpp" line="+36"/>
        <source>A unit needs a name.</source>
        <translation>Đơn vị phải có tên.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The code %1.</source>
        <translation>Mã %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+73"/>
        <source>&quot;%1&quot; is not a kind of unit.</source>
        <translation>&quot;%1&quot; không phải là loại đơn vị.</translation>
    </message>
    <message>
        <location line="-69"/>
        <source>The years of %1 must be between %2 and %3.</source>
        <translation>Các năm của %1 phải nằm trong khoảng từ %2 đến %3.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 cannot end (%2) before it starts (%3).</source>
        <translation>%1 không thể kết thúc (%2) trước khi bắt đầu (%3).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The code %1 is already used by %2.</source>
        <translation>Mã %1 đã được dùng cho %2.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 has scores for %2, so it cannot start in %3.</source>
        <translation>%1 đã có điểm năm %2 nên không thể bắt đầu từ năm %3.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 has scores for %2, so it cannot end in %3.</source>
        <translation>%1 đã có điểm năm %2 nên không thể kết thúc vào năm %3.</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+67"/>
        <source>The unit no longer exists; it may have been removed meanwhile.</source>
        <translation>Đơn vị không còn tồn tại; có thể đã bị xóa trong lúc này.</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>A cohort needs a name, such as &quot;Sở, ban, ngành&quot;.</source>
        <translation>Nhóm xếp hạng phải có tên, ví dụ &quot;Sở, ban, ngành&quot;.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 already has a cohort named &quot;%2&quot;.</source>
        <translation>%1 đã có nhóm xếp hạng tên &quot;%2&quot;.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The %1 results of &quot;%2&quot; are final, so its members cannot change; reopen them with a reason first.</source>
        <translation>Kết quả năm %1 của nhóm &quot;%2&quot; đã chốt nên không thể thay đổi thành viên; hãy mở lại kèm lý do trước.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 does not exist in %2 (it exists %3).</source>
        <translation>%1 không tồn tại vào năm %2 (thời gian tồn tại: %3).</translation>
    </message>
    <message>
        <location line="-125"/>
        <location line="+75"/>
        <source>The name %1.</source>
        <translation>Tên %1.</translation>
    </message>
</context>
<context>
    <name>par::XlsxReader</name>
    <message>
        <location filename="../core/io/XlsxReader.cpp" line="+230"/>
        <source>the file is larger than %1 MB; a score sheet is far smaller</source>
        <translation>tệp lớn hơn %1 MB; một bảng điểm nhỏ hơn nhiều</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>this is an Excel 97-2003 (.xls) file or a password-protected workbook; save it without a password as an Excel workbook (.xlsx) or as CSV</source>
        <translation>đây là tệp Excel 97-2003 (.xls) hoặc tệp Excel có mật khẩu; hãy lưu lại không đặt mật khẩu, dưới dạng Excel (.xlsx) hoặc CSV</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>this is not an Excel workbook (.xlsx): it is not a zip container</source>
        <translation>đây không phải là tệp Excel (.xlsx): tệp không có cấu trúc zip</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the workbook is damaged or truncated (%1); save it again from Excel or LibreOffice</source>
        <translation>tệp Excel bị hỏng hoặc không đầy đủ (%1); hãy lưu lại từ Excel hoặc LibreOffice</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>this is an OpenDocument spreadsheet (.ods); save it as an Excel workbook (.xlsx) or as CSV</source>
        <translation>đây là bảng tính OpenDocument (.ods); hãy lưu lại dưới dạng Excel (.xlsx) hoặc CSV</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>this zip file holds no Excel workbook (%1 is missing)</source>
        <translation>tệp zip này không chứa bảng tính Excel (thiếu %1)</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>the workbook has no visible sheet</source>
        <translation>tệp Excel không có trang tính nào đang hiển thị</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>there is no sheet named &quot;%1&quot;; the workbook has %2</source>
        <translation>không có trang tính tên &quot;%1&quot;; tệp Excel gồm các trang tính %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1, sheet &quot;%2&quot;</source>
        <translation>%1, trang tính &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the workbook does not say where the sheet is (damaged file)</source>
        <translation>tệp Excel không chỉ rõ vị trí của trang tính (tệp bị hỏng)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this sheet is a %1, not a table of cells</source>
        <translation>trang tính này là %1, không phải bảng ô dữ liệu</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the sheet&apos;s part %1 is missing (damaged file)</source>
        <translation>thiếu thành phần %1 của trang tính (tệp bị hỏng)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>the sheet is empty</source>
        <translation>trang tính trống</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+5"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1, cell %2: %3</source>
        <translation>%1, ô %2: %3</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the part %1 is missing (damaged file)</source>
        <translation>thiếu thành phần %1 (tệp bị hỏng)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cannot read the part %1 (damaged file)</source>
        <translation>không đọc được thành phần %1 (tệp bị hỏng)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the part %1 is encrypted; save the workbook without a password</source>
        <translation>thành phần %1 đã được mã hóa; hãy lưu lại tệp Excel không đặt mật khẩu</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>cannot read the part %1 (%2); the file is damaged</source>
        <translation>không đọc được thành phần %1 (%2); tệp bị hỏng</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the part %1 declares a DTD, which a workbook never does</source>
        <translation>thành phần %1 khai báo DTD, điều mà tệp Excel không bao giờ có</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+17"/>
        <source>the part %1 is damaged (%2)</source>
        <translation>thành phần %1 bị hỏng (%2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the part %1 is not well-formed XML (line %2, column %3: %4); the file is damaged</source>
        <translation>thành phần %1 không phải XML hợp lệ (dòng %2, cột %3: %4); tệp bị hỏng</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the workbook expands to more than %1 MB when unpacked (a zip bomb?); refused</source>
        <translation>tệp Excel khi giải nén có dung lượng lớn hơn %1 MB (có thể là &quot;bom zip&quot;); từ chối xử lý</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the part %1 expands more than %2 times when unpacked (a zip bomb?); refused</source>
        <translation>thành phần %1 khi giải nén tăng dung lượng hơn %2 lần (có thể là &quot;bom zip&quot;); từ chối xử lý</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>a cell holds more than %1 characters</source>
        <translation>có ô chứa hơn %1 ký tự</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>this sheet is not a table of cells</source>
        <translation>trang tính này không phải bảng ô dữ liệu</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>row number &quot;%1&quot; is not valid (damaged file)</source>
        <translation>số dòng &quot;%1&quot; không hợp lệ (tệp bị hỏng)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>row %1 comes after row %2 (damaged file)</source>
        <translation>dòng %1 nằm sau dòng %2 (tệp bị hỏng)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the sheet has more than %1 rows</source>
        <translation>trang tính có hơn %1 dòng</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>row %1 holds a cell named &quot;%2&quot; (damaged file)</source>
        <translation>dòng %1 chứa ô có tên &quot;%2&quot; (tệp bị hỏng)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>row %1 has more than %2 columns</source>
        <translation>dòng %1 có hơn %2 cột</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the cell appears twice or out of order</source>
        <translation>ô xuất hiện hai lần hoặc sai thứ tự</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the sheet has more than %1 cells</source>
        <translation>trang tính có hơn %1 ô</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>the cell refers to shared text %1, but the workbook has %2 (damaged file)</source>
        <translation>ô tham chiếu đến chuỗi dùng chung số %1, nhưng tệp Excel chỉ có %2 chuỗi (tệp bị hỏng)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the cell holds the error value %1; correct the formula or clear the cell</source>
        <translation>ô chứa giá trị lỗi %1; hãy sửa công thức hoặc xóa nội dung ô</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the cell holds a formula whose result was never computed; open the file in Excel or LibreOffice and save it again</source>
        <translation>ô chứa công thức chưa được tính kết quả; hãy mở tệp bằng Excel hoặc LibreOffice rồi lưu lại</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the cell has an unknown type &quot;%1&quot;</source>
        <translation>ô có kiểu dữ liệu không xác định &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>the merged range &quot;%1&quot; is not valid (damaged file)</source>
        <translation>vùng ô gộp &quot;%1&quot; không hợp lệ (tệp bị hỏng)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the sheet has more than %1 merged ranges</source>
        <translation>trang tính có hơn %1 vùng ô gộp</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>the sheet&apos;s merged ranges cover too many cells</source>
        <translation>các vùng ô gộp của trang tính bao phủ quá nhiều ô</translation>
    </message>
    <message>
        <location line="+106"/>
        <location line="+4"/>
        <source>%1: cannot read the file (%2)</source>
        <translation>%1: không đọc được tệp (%2)</translation>
    </message>
</context>
<context>
    <name>par::cli</name>
    <message>
        <location filename="../app/Cli.cpp" line="-1030"/>
        <source>%1 already holds data; give a new file, or --replace to overwrite it</source>
        <translation>%1 đã có dữ liệu; hãy chỉ định tệp mới, hoặc dùng --replace để ghi đè</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Wrote the demo database %1</source>
        <translation>Đã tạo cơ sở dữ liệu minh họa %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>framework file</source>
        <translation>tệp khung tiêu chí</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>--aggregation must be sum or mean</source>
        <translation>--aggregation phải là sum hoặc mean</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>import %1</source>
        <translation>nhập %1</translation>
    </message>
    <message>
        <location line="+30"/>
        <location line="+44"/>
        <source>warning: %1</source>
        <translation>cảnh báo: %1</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>Imported the %1 %2 framework: %3 criteria, maximum %4</source>
        <translation>Đã nhập khung tiêu chí %1 năm %2: %3 tiêu chí, điểm tối đa %4</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>score file</source>
        <translation>tệp điểm</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+419"/>
        <location line="+92"/>
        <location filename="../app/CliSupport.cpp" line="+23"/>
        <source>parindex: %1</source>
        <translation>parindex: %1</translation>
    </message>
    <message>
        <location line="-510"/>
        <source>parindex: nothing was imported from %1</source>
        <translation>parindex: không nhập được dữ liệu nào từ %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Imported %1 units (%2 new) into %3 %4 &quot;%5&quot;, stage %6; %7 values replaced</source>
        <translation>Đã nhập %1 đơn vị (%2 đơn vị mới) vào %3 năm %4, nhóm &quot;%5&quot;, giai đoạn %6; thay thế %7 giá trị</translation>
    </message>
    <message>
        <location line="+175"/>
        <location line="+128"/>
        <source>Rank</source>
        <translation>Hạng</translation>
    </message>
    <message>
        <location line="-128"/>
        <location line="+130"/>
        <location line="+141"/>
        <location line="+19"/>
        <location filename="../app/CliUsers.cpp" line="+157"/>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <location line="-290"/>
        <location line="+128"/>
        <source>Total</source>
        <translation>Tổng điểm</translation>
    </message>
    <message>
        <location line="-128"/>
        <location line="+128"/>
        <location line="+70"/>
        <location line="+9"/>
        <source>Max</source>
        <translation>Tối đa</translation>
    </message>
    <message>
        <location line="-206"/>
        <location line="+127"/>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <location line="-127"/>
        <location line="+127"/>
        <source>Band</source>
        <translation>Xếp loại</translation>
    </message>
    <message>
        <location line="-127"/>
        <source>Last year</source>
        <translation>Năm trước</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+127"/>
        <location line="+90"/>
        <source>Change</source>
        <translation>Thay đổi</translation>
    </message>
    <message>
        <location line="-211"/>
        <source>Not ranked (no value): %1</source>
        <translation>Chưa xếp hạng (chưa có điểm): %1</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>warning: %1 %2: %3</source>
        <translation>cảnh báo: %1 năm %2: %3</translation>
    </message>
    <message>
        <location line="+63"/>
        <location line="+143"/>
        <location line="+19"/>
        <location filename="../app/CliUnits.cpp" line="+151"/>
        <source>Year</source>
        <translation>Năm</translation>
    </message>
    <message>
        <location line="-280"/>
        <location line="+128"/>
        <source>* rank as published (%1); the rest of the cohort is not in the database</source>
        <translation>* thứ hạng theo công bố (%1); các đơn vị còn lại của nhóm không có trong cơ sở dữ liệu</translation>
    </message>
    <message>
        <location line="-127"/>
        <location line="+128"/>
        <source>no source given</source>
        <translation>không ghi nguồn</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Points lost: %1, %2 %3</source>
        <translation>Điểm bị mất: %1, %2 năm %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+9"/>
        <location line="+11"/>
        <location line="+72"/>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <location line="-92"/>
        <location line="+9"/>
        <location line="+11"/>
        <source>Criterion</source>
        <translation>Tiêu chí</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Value</source>
        <translation>Đạt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lost</source>
        <translation>Mất</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+9"/>
        <location line="+11"/>
        <source>Lead unit</source>
        <translation>Đơn vị chủ trì</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Fell against the previous year</source>
        <translation>Giảm điểm so với năm trước</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before</source>
        <translation>Năm trước</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Now</source>
        <translation>Năm nay</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Database %1: schema %2, integrity ok</source>
        <translation>Cơ sở dữ liệu %1: lược đồ %2, toàn vẹn dữ liệu tốt</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Every recorded value agrees with its parts.</source>
        <translation>Mọi giá trị ghi nhận đều khớp với các thành phần.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n recorded value(s) differ from their parts (recorded values stand):</source>
        <translation>
            <numerusform>Có %n giá trị ghi nhận khác với tổng hợp từ các thành phần (giữ nguyên giá trị ghi nhận):</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>total</source>
        <translation>tổng điểm</translation>
    </message>
    <message>
        <location line="-15"/>
        <location line="+19"/>
        <source>Index</source>
        <translation>Chỉ số</translation>
    </message>
    <message>
        <location line="-584"/>
        <source>--replace works on a file; on a server, create a new empty database</source>
        <translation>--replace chỉ dùng cho tệp; trên máy chủ, hãy tạo một cơ sở dữ liệu trống mới</translation>
    </message>
    <message>
        <location line="+147"/>
        <source>%1 (vs %2)</source>
        <translation>%1 (so với %2)</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Note: the cohort&apos;s members changed between %1 and %2 (%3 ranked then, %4 now): each rank is shown with its own &quot;of&quot; and no change of rank is computed.</source>
        <translation>Lưu ý: thành phần của nhóm xếp hạng đã thay đổi giữa năm %1 và năm %2 (khi đó %3 đơn vị được xếp hạng, nay %4): mỗi thứ hạng được ghi kèm tổng số của năm đó và không tính mức tăng, giảm thứ hạng.</translation>
    </message>
    <message>
        <location line="+117"/>
        <source>Predecessors last year</source>
        <translation>Đơn vị tiền thân năm trước</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>no basis given</source>
        <translation>chưa ghi căn cứ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Split in %1 from %2 (%3)</source>
        <translation>Chia tách năm %1 từ %2 (%3)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Merged in %1 from %2 (%3)</source>
        <translation>Hợp nhất năm %1 từ %2 (%3)</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>(predecessor: %1)</source>
        <translation>(đơn vị tiền thân: %1)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Predecessors&apos; results are their own, each against its own previous year; none is added to another or to the unit&apos;s.</source>
        <translation>Kết quả của các đơn vị tiền thân là của riêng từng đơn vị, mỗi đơn vị so với năm trước của chính nó; không cộng gộp vào đơn vị khác hay vào đơn vị hiện nay.</translation>
    </message>
    <message>
        <location line="+138"/>
        <location line="+19"/>
        <source>Stage</source>
        <translation>Giai đoạn</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Recorded</source>
        <translation>Ghi nhận</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aggregate</source>
        <translation>Tổng hợp</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Difference</source>
        <translation>Chênh lệch</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>reopen needs --reason: why the final results must change</source>
        <translation>reopen cần --reason: lý do phải thay đổi kết quả đã chốt</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>your account (%1) may not finalise or reopen results; the secretariat does</source>
        <translation>tài khoản của bạn (%1) không được chốt hoặc mở lại kết quả; việc này do tổ thư ký làm</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 %2 &quot;%3&quot; is final; edits are refused until it is reopened</source>
        <translation>Kết quả %1 năm %2 của nhóm &quot;%3&quot; đã chốt; không cho phép sửa cho đến khi được mở lại</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 %2 &quot;%3&quot; is reopened for changes</source>
        <translation>Kết quả %1 năm %2 của nhóm &quot;%3&quot; đã được mở lại để sửa</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Backed up %1 to %2</source>
        <translation>Đã sao lưu %1 ra %2</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>table</source>
        <translation>bảng</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>rows</source>
        <translation>số dòng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>source sha256</source>
        <translation>sha256 nguồn</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>copy sha256</source>
        <translation>sha256 bản sao</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>same</source>
        <translation>giống</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>DIFFERENT</source>
        <translation>KHÁC</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>the copy differs from %1; it was rolled back and nothing was kept</source>
        <translation>bản sao khác với %1; đã hoàn tác và không giữ lại gì</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copied %1 to %2: every table has the same rows and checksum</source>
        <translation>Đã sao chép %1 sang %2: mọi bảng có cùng số dòng và cùng tổng kiểm tra</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 already holds a parindex database</source>
        <translation>%1 đã chứa một cơ sở dữ liệu parindex</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Write the demo database (Bắc Kạn, PAR INDEX 2017-2018).</source>
        <translation>Tạo cơ sở dữ liệu minh họa (Bắc Kạn, PAR INDEX 2017-2018).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overwrite FILE if it exists.</source>
        <translation>Ghi đè FILE nếu đã có.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The index&apos;s full name (for a new index).</source>
        <translation>Tên đầy đủ của chỉ số (khi tạo chỉ số mới).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How the top-level criteria make the total: sum or mean.</source>
        <translation>Cách tính tổng điểm từ các tiêu chí cấp cao nhất: sum (cộng) hoặc mean (trung bình).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Import a wide score table (one row per unit, one column per criterion).</source>
        <translation>Nhập bảng điểm (mỗi đơn vị một dòng, mỗi tiêu chí một cột).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Rank a cohort for one index and year.</source>
        <translation>Xếp hạng một nhóm đơn vị theo một chỉ số trong một năm.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A unit&apos;s totals, percents and ranks over the years.</source>
        <translation>Tổng điểm, tỷ lệ và thứ hạng của một đơn vị qua các năm.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+8"/>
        <location filename="../app/CliUnits.cpp" line="+11"/>
        <source>The unit&apos;s name or code.</source>
        <translation>Tên hoặc mã đơn vị.</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Where a unit lost points, with each criterion&apos;s lead unit.</source>
        <translation>Các tiêu chí đơn vị bị mất điểm, kèm đơn vị chủ trì của từng tiêu chí.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>self or final. Default: final.</source>
        <translation>self hoặc final. Mặc định: final.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Check the database and list recorded values that differ from their parts.</source>
        <translation>Kiểm tra cơ sở dữ liệu và liệt kê các giá trị ghi nhận khác với tổng hợp từ các thành phần.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close a cohort-year&apos;s final results against edits.</source>
        <translation>Chốt kết quả của một nhóm xếp hạng trong một năm, không cho phép sửa.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+10"/>
        <location filename="../app/CliSupport.cpp" line="+34"/>
        <source>The ranking pool (default: the index&apos;s own).</source>
        <translation>Nhóm xếp hạng (mặc định: nhóm mặc định của chỉ số).</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Why, for the audit log (e.g. the decision&apos;s number).</source>
        <translation>Lý do, ghi vào nhật ký thay đổi (ví dụ số quyết định).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reopen finalised results for changes; needs a reason.</source>
        <translation>Mở lại kết quả đã chốt để sửa; phải nêu lý do.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Why the final results must change.</source>
        <translation>Lý do phải thay đổi kết quả đã chốt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show the audit log: who changed what, when and why.</source>
        <translation>Xem nhật ký thay đổi: ai đã thay đổi gì, khi nào và vì sao.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only changes of this unit&apos;s scores.</source>
        <translation>Chỉ các thay đổi về điểm của đơn vị này.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only changes of this criterion code.</source>
        <translation>Chỉ các thay đổi của tiêu chí có mã này.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only changes by this person (OS user).</source>
        <translation>Chỉ các thay đổi do người này thực hiện (tài khoản hệ điều hành).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copy the database safely, even while it is in use.</source>
        <translation>Sao lưu an toàn cơ sở dữ liệu, kể cả khi đang được sử dụng.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The backup file to write.</source>
        <translation>Tệp sao lưu cần ghi.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Copy a whole database, audit log included, to a new SQLite file or an empty server database.</source>
        <translation>Sao chép toàn bộ cơ sở dữ liệu, kể cả nhật ký thay đổi, sang một tệp SQLite mới hoặc một cơ sở dữ liệu trống trên máy chủ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The database to copy: a file or postgresql://USER@HOST/DB.</source>
        <translation>Cơ sở dữ liệu cần sao chép: một tệp hoặc postgresql://USER@HOST/DB.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The new database: a file that does not exist yet, or an empty server database.</source>
        <translation>Cơ sở dữ liệu mới: một tệp chưa tồn tại, hoặc một cơ sở dữ liệu trống trên máy chủ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tell each step on the error stream as it begins: progress DONE/TOTAL STEP (a table&apos;s name, or check).</source>
        <translation>Báo từng bước trên luồng lỗi khi bắt đầu: progress ĐÃ_XONG/TỔNG BƯỚC (tên một bảng, hoặc check).</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Usage: parindex [--db FILE] [--lang vi|en]
       parindex COMMAND [OPTIONS]   (parindex COMMAND --help for its options)

Records and analyses administrative reform index results (PAR INDEX, SIPAS, PAPI and the
province&apos;s own indexes).

Commands:
</source>
        <translation>Cách dùng: parindex [--db FILE] [--lang vi|en]
           parindex COMMAND [OPTIONS]   (parindex COMMAND --help để xem các tùy chọn)

Ghi nhận và phân tích kết quả các chỉ số cải cách hành chính (PAR INDEX, SIPAS, PAPI và
các chỉ số riêng của tỉnh).

Các lệnh:
</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>
Exit codes: 0 done, 1 usage error, 2 input refused (nothing changed), 3 storage error.
</source>
        <translation>
Mã thoát: 0 hoàn thành, 1 sai cú pháp lệnh, 2 dữ liệu đầu vào bị từ chối (không có gì thay đổi), 3 lỗi lưu trữ.
</translation>
    </message>
    <message>
        <location filename="../app/CliExport.cpp" line="+28"/>
        <source>export needs exactly one of --ranking, --scores, --template, --framework or --audit (see parindex export --help)</source>
        <translation>export cần đúng một trong các tùy chọn --ranking, --scores, --template, --framework hoặc --audit (xem parindex export --help)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>--unit goes with --scores or --template</source>
        <translation>--unit chỉ dùng cùng --scores hoặc --template</translation>
    </message>
    <message numerus="yes">
        <location line="+36"/>
        <source>Wrote %1 to %2 (%n row(s))</source>
        <translation>
            <numerusform>Đã ghi %1 ra %2 (%n dòng)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Write a ranking, score sheet, score template, framework or the audit log as XLSX or CSV.</source>
        <translation>Xuất bảng xếp hạng, bảng điểm, biểu mẫu chấm điểm, khung tiêu chí hoặc nhật ký thay đổi ra tệp XLSX hoặc CSV.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The cohort&apos;s ranking: rank, total, percent, band, last year&apos;s rank.</source>
        <translation>Bảng xếp hạng của nhóm: hạng, tổng điểm, tỷ lệ, xếp loại, hạng năm trước.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The score sheet, in the format scores import reads back.</source>
        <translation>Bảng điểm, theo định dạng mà lệnh scores import đọc lại được.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An empty score sheet for the cohort&apos;s units to fill in.</source>
        <translation>Bảng điểm trống để các đơn vị trong nhóm điền vào.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The year&apos;s criteria, in the format index import reads back.</source>
        <translation>Các tiêu chí của năm, theo định dạng mà lệnh index import đọc lại được.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The audit log (of --index and --year when given).</source>
        <translation>Nhật ký thay đổi (của --index và --year nếu có).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With --scores or --template: only this unit&apos;s row.</source>
        <translation>Dùng với --scores hoặc --template: chỉ dòng của đơn vị này.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file to write: .xlsx (Excel; headers in Vietnamese unless --lang en) or .csv (UTF-8 with BOM).</source>
        <translation>Tệp cần ghi: .xlsx (Excel; tiêu đề cột bằng tiếng Việt, trừ khi dùng --lang en) hoặc .csv (UTF-8 có BOM).</translation>
    </message>
    <message>
        <location filename="../app/CliPaint.cpp" line="+31"/>
        <source>--date %1 is not a date (dd/MM/yyyy or yyyy-MM-dd)</source>
        <translation>--date %1 không phải là ngày (dd/MM/yyyy hoặc yyyy-MM-dd)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>there is no database %1</source>
        <translation>không có cơ sở dữ liệu %1</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Wrote %1: %2 %3 %4, editable text (ODF)</source>
        <translation>Đã ghi %1: %2 năm %3, %4, văn bản sửa được (ODF)</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>Wrote %1: %2 %3 %4, %5, %n page(s)</source>
        <translation>
            <numerusform>Đã ghi %1: %2 năm %3, %4, %5, %n trang</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>draft (results not finalised)</source>
        <translation>dự thảo (kết quả chưa chốt)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>final</source>
        <translation>chính thức</translation>
    </message>
    <message>
        <location filename="../app/CliReport.cpp" line="+37"/>
        <source>Write the meeting report of the province, a unit or the cohorts for one index and year, as an A4 PDF or an editable ODT.</source>
        <translation>Lập báo cáo kết quả của tỉnh, một đơn vị hoặc các nhóm theo một bộ chỉ số và năm, dạng PDF khổ A4 hoặc ODT sửa được.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The file to write: FILE.pdf, or FILE.odt for an editable copy.</source>
        <translation>Tệp cần ghi: TỆP.pdf, hoặc TỆP.odt để có bản sửa được.</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>The ranking pool (default: the unit&apos;s own that year).</source>
        <translation>Nhóm xếp hạng (mặc định: nhóm của đơn vị trong năm đó).</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>this program cannot paint a report; run parindex report</source>
        <translation>chương trình này không vẽ được báo cáo; hãy chạy parindex report</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The unit the report is about (default: the index&apos;s main unit).</source>
        <translation>Đơn vị được báo cáo (mặc định: đơn vị chính của chỉ số).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write PDF/A-1b, for archiving.</source>
        <translation>Ghi theo chuẩn PDF/A-1b để lưu trữ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The report&apos;s date, dd/MM/yyyy (default: today).</source>
        <translation>Ngày của báo cáo, dd/MM/yyyy (mặc định: hôm nay).</translation>
    </message>
    <message>
        <location filename="../app/CliSupport.cpp" line="-14"/>
        <source>The parindex database file (it must exist; parindex init --db FILE creates one), or a database on a PostgreSQL server: postgresql://USER@HOST:PORT/DBNAME (password from ~/.pgpass or PGPASSWORD).</source>
        <translation>Tệp cơ sở dữ liệu parindex (phải có sẵn; parindex init --db FILE sẽ tạo mới), hoặc một cơ sở dữ liệu trên máy chủ PostgreSQL: postgresql://USER@HOST:PORT/DBNAME (mật khẩu lấy từ ~/.pgpass hoặc PGPASSWORD).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The index code, e.g. PAR, SIPAS.</source>
        <translation>Mã chỉ số, ví dụ PAR, SIPAS.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The year of the results.</source>
        <translation>Năm của kết quả.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>self (self-assessed) or final (appraised). Default: final.</source>
        <translation>self (tự đánh giá) hoặc final (thẩm định). Mặc định: final.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>table, csv or json. Default: table.</source>
        <translation>table, csv hoặc json. Mặc định: table.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 needs --%2 (see parindex %1 --help)</source>
        <translation>%1 cần --%2 (xem parindex %1 --help)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--year %1 is not a year</source>
        <translation>--year %1 không phải là năm</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--stage must be self or final, not %1</source>
        <translation>--stage phải là self hoặc final, không phải %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--format must be table, csv or json, not %1</source>
        <translation>--format phải là table, csv hoặc json, không phải %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 needs exactly one %2 (see parindex %1 --help)</source>
        <translation>%1 cần đúng một %2 (xem parindex %1 --help)</translation>
    </message>
    <message>
        <location filename="../app/CliReport.cpp" line="-6"/>
        <source>The parindex database file.</source>
        <translation>Tệp cơ sở dữ liệu parindex.</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="-928"/>
        <source>self-assessed</source>
        <translation>tự đánh giá</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>appraised</source>
        <translation>thẩm định</translation>
    </message>
    <message>
        <location line="+819"/>
        <source>Import an index&apos;s criteria framework for one year from CSV or XLSX.</source>
        <translation>Nhập khung tiêu chí của một chỉ số cho một năm từ tệp CSV hoặc XLSX.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+7"/>
        <source>The sheet of an .xlsx file (default: the first visible).</source>
        <translation>Trang tính của tệp .xlsx (mặc định: trang hiển thị đầu tiên).</translation>
    </message>
    <message>
        <location line="-539"/>
        <source>%1 (incomplete)</source>
        <translation>%1 (chưa đủ điểm)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Note: %1.</source>
        <translation>Lưu ý: %1.</translation>
    </message>
    <message>
        <location line="+131"/>
        <source>? %1: %2</source>
        <translation>? %1: %2</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Not scored (%1 points; not counted as lost)</source>
        <translation>Chưa chấm điểm (%1 điểm; không tính là mất điểm)</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>parindex: the audit log of %1 was altered outside parindex</source>
        <translation>parindex: nhật ký thay đổi của %1 đã bị sửa ngoài parindex</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Audit log: %1 entries, hash chain intact</source>
        <translation>Nhật ký thay đổi: %1 mục, chuỗi băm nguyên vẹn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>; the newest %1 made outside parindex are sealed at the next change</source>
        <translation>; %1 mục mới nhất do chương trình khác ghi sẽ được niêm phong ở lần thay đổi tới</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No unit has unscored criteria.</source>
        <translation>Không có đơn vị nào thiếu điểm tiêu chí.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n unit-year-stage(s) have unscored criteria (totals over the scored criteria only, ranks provisional):</source>
        <translation>
            <numerusform>%n lượt đơn vị – năm – giai đoạn có tiêu chí chưa chấm điểm (tổng điểm chỉ tính trên các tiêu chí đã chấm, thứ hạng tạm tính):</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Unscored criteria</source>
        <translation>Tiêu chí chưa chấm</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Their maximum</source>
        <translation>Điểm tối đa của chúng</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>parindex: nothing was finalised; score those units, or give --allow-incomplete to finalise without them</source>
        <translation>parindex: chưa chốt gì; hãy nhập điểm cho các đơn vị đó, hoặc dùng --allow-incomplete để chốt khi chưa đủ</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>%1 already exists; give --force to replace it</source>
        <translation>%1 đã tồn tại; thêm --force để thay thế</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Restored %1 from %2</source>
        <translation>Đã khôi phục %1 từ %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The previous file is kept as %1</source>
        <translation>Tệp cũ được giữ lại với tên %1</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>%1 already exists; init creates a new database</source>
        <translation>%1 đã tồn tại; lệnh init chỉ tạo cơ sở dữ liệu mới</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Created the empty database %1</source>
        <translation>Đã tạo cơ sở dữ liệu trống %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Create a new, empty database (FILE must not exist).</source>
        <translation>Tạo cơ sở dữ liệu mới, trống (TỆP chưa được tồn tại).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Classification bands, e.g. &quot;90=Xuất sắc;80=Tốt;70=Khá;50=Trung bình;0=Yếu&quot;, or &quot;none&quot; for an index that defines none (default: last year&apos;s, else those most provinces use).</source>
        <translation>Thang xếp loại, ví dụ &quot;90=Xuất sắc;80=Tốt;70=Khá;50=Trung bình;0=Yếu&quot;, hoặc &quot;none&quot; cho chỉ số không có xếp loại (mặc định: thang của năm trước, nếu không có thì thang phần lớn các tỉnh dùng).</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Finalise even though some units have no or incomplete final scores (they are listed, and refused without this option).</source>
        <translation>Chốt kết quả dù một số đơn vị chưa có hoặc chưa đủ điểm thẩm định (các đơn vị này được liệt kê, và bị từ chối nếu không có tuỳ chọn này).</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Replace FILE if it exists.</source>
        <translation>Thay thế TỆP nếu đã có.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Replace the database by a checked backup; the current file is kept beside it.</source>
        <translation>Thay cơ sở dữ liệu bằng một bản sao lưu đã kiểm tra; tệp hiện tại được giữ lại bên cạnh.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The backup file to restore.</source>
        <translation>Tệp sao lưu cần khôi phục.</translation>
    </message>
    <message>
        <location filename="../app/CliPaint.cpp" line="-16"/>
        <location line="+15"/>
        <source>cohort results</source>
        <translation>kết quả các nhóm</translation>
    </message>
    <message>
        <location filename="../app/CliSupport.cpp" line="-9"/>
        <source>the database %1 does not exist (parindex init --db FILE creates a new one)</source>
        <translation>cơ sở dữ liệu %1 không tồn tại (lệnh parindex init --db TỆP tạo cơ sở dữ liệu mới)</translation>
    </message>
    <message>
        <location filename="../app/CliSettings.cpp" line="+17"/>
        <source>The body over a department in the title block (e.g. &quot;UBND TỈNH BẮC KẠN&quot;).</source>
        <translation>Cơ quan cấp trên của sở, ngành ở phần đầu văn bản (ví dụ &quot;UBND TỈNH BẮC KẠN&quot;).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The symbol of the committee&apos;s reports (e.g. &quot;BC-BCĐ&quot;).</source>
        <translation>Ký hiệu văn bản của Ban Chỉ đạo (ví dụ &quot;BC-BCĐ&quot;).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The place before the date (e.g. &quot;Bắc Kạn&quot;).</source>
        <translation>Địa danh trước ngày tháng (ví dụ &quot;Bắc Kạn&quot;).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who signs for (e.g. &quot;TM. BAN CHỈ ĐẠO&quot;).</source>
        <translation>Thẩm quyền ký (ví dụ &quot;TM. BAN CHỈ ĐẠO&quot;).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The signer&apos;s title (e.g. &quot;TRƯỞNG BAN&quot;).</source>
        <translation>Chức vụ người ký (ví dụ &quot;TRƯỞNG BAN&quot;).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The signer&apos;s name.</source>
        <translation>Họ tên người ký.</translation>
    </message>
    <message>
        <location line="+31"/>
        <location line="+2"/>
        <source>(default)</source>
        <translation>(mặc định)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Show or set the title block and signature of the reports, once per database.</source>
        <translation>Xem hoặc đặt phần đầu văn bản và chữ ký của báo cáo, một lần cho mỗi cơ sở dữ liệu.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A line of &quot;Nơi nhận&quot; (recipients); repeat for each line.</source>
        <translation>Một dòng của &quot;Nơi nhận&quot;; lặp lại cho mỗi dòng.</translation>
    </message>
    <message>
        <location filename="../app/CliUnits.cpp" line="-136"/>
        <source>there is no unit &quot;%1&quot;</source>
        <translation>không có đơn vị &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>rename needs --unit NAME and --to NEWNAME</source>
        <translation>đổi tên cần --unit TÊN và --to TÊNMỚI</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 needs --from and --into</source>
        <translation>%1 cần --from và --into</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--kind must be one of %1</source>
        <translation>--kind phải là một trong %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>rename takes one --unit and one --to</source>
        <translation>đổi tên nhận một --unit và một --to</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Recorded: from %1, %2 became %3 (%4)</source>
        <translation>Đã ghi nhận: từ năm %1, %2 trở thành %3 (%4)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New unit: %1 (%2), from %3</source>
        <translation>Đơn vị mới: %1 (%2), từ năm %3</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>No mergers, splits or renames are recorded.</source>
        <translation>Chưa ghi nhận hợp nhất, chia tách hay đổi tên nào.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Event</source>
        <translation>Sự kiện</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>From</source>
        <translation>Từ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>To</source>
        <translation>Thành</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Basis</source>
        <translation>Căn cứ</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The first year of the new form (the predecessors end the year before).</source>
        <translation>Năm đầu tiên của hình thức mới (các đơn vị tiền thân kết thúc vào năm trước đó).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Its name from YEAR on.</source>
        <translation>Tên của đơn vị từ năm YEAR.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A unit that ends (repeat, or separate names with &quot;;&quot;).</source>
        <translation>Đơn vị kết thúc (lặp lại tùy chọn, hoặc ngăn cách các tên bằng &quot;;&quot;).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A unit that results; a name no unit has creates it (repeat, or separate names with &quot;;&quot;).</source>
        <translation>Đơn vị hình thành; tên chưa có đơn vị nào sẽ được tạo mới (lặp lại tùy chọn, hoặc ngăn cách các tên bằng &quot;;&quot;).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The kind of a created unit (default: that of the first --from).</source>
        <translation>Loại của đơn vị được tạo (mặc định: loại của --from đầu tiên).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The legal basis, e.g. the decision&apos;s number.</source>
        <translation>Căn cứ pháp lý, ví dụ số quyết định.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why, for the audit log (default: the basis).</source>
        <translation>Lý do, ghi vào nhật ký (mặc định: căn cứ).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Record that units merged into one from a year.</source>
        <translation>Ghi nhận các đơn vị hợp nhất thành một từ một năm.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record that a unit split into several from a year.</source>
        <translation>Ghi nhận một đơn vị chia tách thành nhiều đơn vị từ một năm.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record a unit&apos;s new name from a year (the same unit).</source>
        <translation>Ghi nhận tên mới của một đơn vị từ một năm (vẫn là đơn vị đó).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>List the recorded mergers, splits and renames.</source>
        <translation>Liệt kê các lần hợp nhất, chia tách và đổi tên đã ghi nhận.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only the events of this year.</source>
        <translation>Chỉ các sự kiện của năm này.</translation>
    </message>
    <message>
        <location filename="../app/CliUsers.cpp" line="-78"/>
        <source>Password for the new login %1: </source>
        <translation>Mật khẩu cho tên đăng nhập mới %1: </translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+72"/>
        <source>LOGIN</source>
        <translation>TÊN_ĐĂNG_NHẬP</translation>
    </message>
    <message>
        <location line="-66"/>
        <source>--role must be one of %1, not %2</source>
        <translation>--role phải là một trong %1, không phải %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a unit account needs its unit (--unit NAME)</source>
        <translation>tài khoản đơn vị cần có đơn vị của mình (--unit NAME)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>only a unit account has a unit; the %1 role covers every unit</source>
        <translation>chỉ tài khoản đơn vị mới gắn với một đơn vị; vai trò %1 áp dụng cho mọi đơn vị</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 is now the account of the unit %2</source>
        <translation>%1 nay là tài khoản của đơn vị %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 now has the role %2 here</source>
        <translation>%1 nay có vai trò %2 trong cơ sở dữ liệu này</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created the login %1. </source>
        <translation>Đã tạo tên đăng nhập %1. </translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Login</source>
        <translation>Tên đăng nhập</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Role</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 has no account here any more; the login was dropped (no other database uses it).</source>
        <translation>%1 không còn tài khoản ở đây; tên đăng nhập đã được xoá (không cơ sở dữ liệu nào khác dùng nó).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 has no account here any more; the login itself stays on the server.</source>
        <translation>%1 không còn tài khoản ở đây; bản thân tên đăng nhập vẫn còn trên máy chủ.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Give a login a role in a server database (secretariat, appraiser, unit, viewer).</source>
        <translation>Gán vai trò cho một tên đăng nhập trong cơ sở dữ liệu trên máy chủ (secretariat, appraiser, unit, viewer).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>secretariat, appraiser, unit or viewer.</source>
        <translation>secretariat (tổ thư ký), appraiser (thẩm định viên), unit (đơn vị) hoặc viewer (người xem).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The unit of a unit account (its name or code).</source>
        <translation>Đơn vị của tài khoản đơn vị (tên hoặc mã).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>List the accounts of a server database: login, role, unit.</source>
        <translation>Liệt kê các tài khoản của cơ sở dữ liệu trên máy chủ: tên đăng nhập, vai trò, đơn vị.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Take a login&apos;s role in a server database away.</source>
        <translation>Gỡ vai trò của một tên đăng nhập trong cơ sở dữ liệu trên máy chủ.</translation>
    </message>
</context>
<context>
    <name>par::ui::AuditModel</name>
    <message>
        <location filename="../ui/history/AuditModel.cpp" line="+18"/>
        <source>Added</source>
        <translation>Thêm</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changed</source>
        <translation>Sửa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Removed</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Finalised</source>
        <translation>Chốt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reopened</source>
        <translation>Mở lại</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replaced</source>
        <translation>Thay thế</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Imported</source>
        <translation>Nhập từ tệp</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Score</source>
        <translation>Điểm</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+127"/>
        <source>Criterion</source>
        <translation>Tiêu chí</translation>
    </message>
    <message>
        <location line="-125"/>
        <source>Framework</source>
        <translation>Khung tiêu chí</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Band</source>
        <translation>Xếp loại</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+119"/>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <location line="-117"/>
        <source>Cohort results</source>
        <translation>Kết quả nhóm xếp hạng</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cohort</source>
        <translation>Nhóm xếp hạng</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Published rank</source>
        <translation>Thứ hạng công bố</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scores from a file</source>
        <translation>Điểm nhập từ tệp</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Self-assessed</source>
        <translation>Tự đánh giá</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Appraised</source>
        <translation>Thẩm định</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>When</source>
        <translation>Thời điểm</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who</source>
        <translation>Người thực hiện</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Action</source>
        <translation>Thao tác</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What</source>
        <translation>Đối tượng</translation>
    </message>
    <message>
        <location line="-105"/>
        <location line="+107"/>
        <source>Index</source>
        <translation>Chỉ số</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Year</source>
        <translation>Năm</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Stage</source>
        <translation>Giai đoạn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Old value</source>
        <translation>Giá trị cũ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New value</source>
        <translation>Giá trị mới</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <location line="-125"/>
        <source>Cohort member</source>
        <translation>Thành viên nhóm xếp hạng</translation>
    </message>
</context>
<context>
    <name>par::ui::BandsModel</name>
    <message>
        <location filename="../ui/setup/BandsModel.cpp" line="+49"/>
        <source>%1: from %2% of the maximum</source>
        <translation>%1: từ %2% điểm tối đa trở lên</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: from %2% to under %3% of the maximum</source>
        <translation>%1: từ %2% đến dưới %3% điểm tối đa</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>From (%)</source>
        <translation>Từ (%)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Band</source>
        <translation>Xếp loại</translation>
    </message>
</context>
<context>
    <name>par::ui::ConnectDialog</name>
    <message>
        <location filename="../ui/server/ConnectDialog.cpp" line="+27"/>
        <source>Connect to a server</source>
        <translation>Kết nối tới máy chủ</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>default (5432)</source>
        <translation>mặc định (5432)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The driver&apos;s default (encrypted if the server offers it)</source>
        <translation>Mặc định của trình điều khiển (mã hóa nếu máy chủ hỗ trợ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Never encrypted</source>
        <translation>Không bao giờ mã hóa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encrypted if the server insists</source>
        <translation>Mã hóa nếu máy chủ bắt buộc</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encrypted if the server offers it</source>
        <translation>Mã hóa nếu máy chủ hỗ trợ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Always encrypted</source>
        <translation>Luôn mã hóa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encrypted, server certificate checked</source>
        <translation>Mã hóa, kiểm tra chứng chỉ của máy chủ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encrypted, server certificate and name checked</source>
        <translation>Mã hóa, kiểm tra chứng chỉ và tên của máy chủ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Address:</source>
        <translation>Đị&amp;a chỉ:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Server:</source>
        <translation>&amp;Máy chủ:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Port:</source>
        <translation>Cổn&amp;g:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Database:</source>
        <translation>Cơ sở &amp;dữ liệu:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User name:</source>
        <translation>&amp;Tên người dùng:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Encryption:</source>
        <translation>Mã &amp;hóa:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paste the address your administrator gave you, or fill in the fields. The password is asked for when the server wants it; it never belongs in the address, and parindex does not store it.</source>
        <translation>Dán địa chỉ do người quản trị cung cấp, hoặc điền vào các ô. Mật khẩu được hỏi khi máy chủ cần; mật khẩu không bao giờ được ghi trong địa chỉ và parindex không lưu mật khẩu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Connect</source>
        <translation>&amp;Kết nối</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Name the database on the server.</source>
        <translation>Hãy nhập tên cơ sở dữ liệu trên máy chủ.</translation>
    </message>
</context>
<context>
    <name>par::ui::ContextBar</name>
    <message>
        <location filename="../ui/ContextBar.cpp" line="+64"/>
        <source>&amp;Index</source>
        <translation>C&amp;hỉ số</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Year</source>
        <translation>Nă&amp;m</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cohort</source>
        <translation>Nhóm xế&amp;p hạng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>U&amp;nit</source>
        <translation>Đơn &amp;vị</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;tage</source>
        <translation>Gi&amp;ai đoạn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Appraised (final)</source>
        <translation>Thẩm định (chính thức)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Self-assessed</source>
        <translation>Tự đánh giá</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>The %1 framework of %2 is ready: choose a unit and enter its scores.</source>
        <translation>Khung tiêu chí năm %1 của %2 đã sẵn sàng: hãy chọn đơn vị và nhập điểm.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>New year...</source>
        <translation>Thêm năm mới...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a year to this index, copying last year&apos;s framework or starting empty</source>
        <translation>Thêm một năm cho chỉ số này, sao chép khung tiêu chí năm trước hoặc bắt đầu từ khung trống</translation>
    </message>
</context>
<context>
    <name>par::ui::CopyProcess</name>
    <message>
        <location filename="../ui/server/CopyProcess.cpp" line="+61"/>
        <source>Checking every table of the copy against the original...</source>
        <translation>Đang đối chiếu từng bảng của bản sao với bản gốc...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copying the table %1 (%2 of %3)...</source>
        <translation>Đang chép bảng %1 (%2/%3)...</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The copy stopped without saying why (exit code %1); nothing was kept.</source>
        <translation>Việc sao chép đã dừng mà không nêu lý do (mã thoát %1); không giữ lại gì.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not copied: %1</source>
        <translation>Không sao chép được: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+33"/>
        <source>%n tables, %1 rows: before the copy was kept, every table was read back from it and compared with the source, by row count and checksum; every checksum matches.</source>
        <translation>
            <numerusform>%n bảng, %1 dòng: trước khi giữ bản sao, từng bảng đã được đọc lại và đối chiếu với nguồn theo số dòng và tổng kiểm tra; mọi tổng kiểm tra đều khớp.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copying the database</source>
        <translation>Đang sao chép cơ sở dữ liệu</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Cannot start %1 to copy the database: %2</source>
        <translation>Không khởi động được %1 để sao chép cơ sở dữ liệu: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cancelled: nothing was copied.</source>
        <translation>Đã hủy: không có gì được sao chép.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The copy did not report what it verified; do not rely on it.</source>
        <translation>Việc sao chép không cho biết đã đối chiếu những gì; đừng dựa vào bản sao này.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot write in the folder of %1.</source>
        <translation>Không ghi được vào thư mục của %1.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cannot replace %1: %2. The old file was kept.</source>
        <translation>Không thay được %1: %2. Tệp cũ được giữ nguyên.</translation>
    </message>
</context>
<context>
    <name>par::ui::CriteriaTreeModel</name>
    <message>
        <location filename="../ui/setup/CriteriaTreeModel.cpp" line="+19"/>
        <source>Mean</source>
        <translation>Trung bình</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sum</source>
        <translation>Tổng</translation>
    </message>
    <message>
        <location line="+137"/>
        <source>Total</source>
        <translation>Tổng điểm</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The maximum of %1 is %2, but its parts give %3.</source>
        <translation>Điểm tối đa của %1 là %2, nhưng tính từ các thành phần được %3.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the total</source>
        <translation>tổng điểm</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The mean of its parts (percentages)</source>
        <translation>Trung bình của các thành phần (tỷ lệ phần trăm)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The sum of its parts (points)</source>
        <translation>Tổng của các thành phần (điểm)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Locked: this year already has scores.</source>
        <translation>Đã khóa: năm này đã có điểm.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Locked: the results of this year are final.</source>
        <translation>Đã khóa: kết quả năm này đã chốt.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Criterion</source>
        <translation>Tiêu chí</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Maximum</source>
        <translation>Điểm tối đa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Aggregation</source>
        <translation>Cách tổng hợp</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lead unit</source>
        <translation>Đơn vị chủ trì</translation>
    </message>
</context>
<context>
    <name>par::ui::Dialogs</name>
    <message>
        <location filename="../ui/Dialogs.cpp" line="+26"/>
        <location line="+45"/>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <location line="-37"/>
        <location line="+20"/>
        <location line="+15"/>
        <source>OK</source>
        <translation>Đồng ý</translation>
    </message>
    <message>
        <location line="-26"/>
        <location line="+12"/>
        <location line="+15"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>A reason is required.</source>
        <translation>Phải nhập lý do.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply</source>
        <translation>Áp dụng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes</source>
        <translation>Có</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No</source>
        <translation>Không</translation>
    </message>
</context>
<context>
    <name>par::ui::EntryPage</name>
    <message>
        <location filename="../ui/pages/EntryPage.cpp" line="+37"/>
        <source>&amp;Reopen...</source>
        <translation>Mở &amp;lại...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Finalise...</source>
        <translation>Chốt &amp;kết quả...</translation>
    </message>
    <message>
        <location line="+109"/>
        <source>Score entry</source>
        <translation>Nhập điểm</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Choose an index, a year and a unit in the bar above.</source>
        <translation>Hãy chọn chỉ số, năm và đơn vị trên thanh phía trên.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot read the scores: %1</source>
        <translation>Không đọc được điểm: %1</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>%1 — %2 %3 — %4</source>
        <translation>%1 — %2 năm %3 — %4</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Appraised total: &lt;b&gt;%1&lt;/b&gt; / %2 (%3%)</source>
        <translation>Tổng điểm thẩm định: &lt;b&gt;%1&lt;/b&gt; / %2 (%3%)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No appraised total yet</source>
        <translation>Chưa có tổng điểm thẩm định</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The %1 results of &quot;%2&quot; are final and cannot be changed. To correct them, reopen them and give a reason; the reopening is recorded in the history.</source>
        <translation>Kết quả năm %1 của nhóm &quot;%2&quot; đã chốt, không thể sửa. Để điều chỉnh, hãy mở lại kết quả và nêu lý do; việc mở lại được ghi vào lịch sử thay đổi.</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+21"/>
        <location line="+172"/>
        <source>Saved: %1</source>
        <translation>Đã lưu: %1</translation>
    </message>
    <message>
        <location line="-156"/>
        <location line="+19"/>
        <location line="+13"/>
        <location line="+111"/>
        <source>total</source>
        <translation>tổng điểm</translation>
    </message>
    <message>
        <location line="-142"/>
        <source>%1 = %2</source>
        <translation>%1 = %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>clear %1</source>
        <translation>xóa %1</translation>
    </message>
    <message>
        <location line="+210"/>
        <source>Select a cell in the self-assessed or appraised column, then paste.</source>
        <translation>Hãy chọn một ô trong cột tự đánh giá hoặc thẩm định rồi dán.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>These results are final; reopen them before pasting.</source>
        <translation>Kết quả này đã chốt; hãy mở lại trước khi dán.</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>The pasted values are already there.</source>
        <translation>Các giá trị dán vào đã có sẵn.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>paste %n value(s)</source>
        <translation>
            <numerusform>dán %n giá trị</numerusform>
        </translation>
    </message>
    <message>
        <location line="+62"/>
        <source>The %1 results of &quot;%2&quot; are final.</source>
        <translation>Đã chốt kết quả năm %1 của nhóm &quot;%2&quot;.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Reopened: %1</source>
        <translation>Đã mở lại: %1</translation>
    </message>
    <message>
        <location line="-407"/>
        <location line="+7"/>
        <location line="+178"/>
        <location line="+15"/>
        <source>Not saved: %1</source>
        <translation>Chưa lưu: %1</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>evidence of %1</source>
        <translation>tài liệu kiểm chứng của %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>note on %1</source>
        <translation>ghi chú của %1</translation>
    </message>
    <message>
        <location line="-419"/>
        <source>&amp;Published value...</source>
        <translation>Giá trị &amp;công bố...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New &amp;year...</source>
        <translation>Thêm &amp;năm mới...</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Add a year to this index, copying last year&apos;s framework or starting empty</source>
        <translation>Thêm một năm cho chỉ số này, sao chép khung tiêu chí năm trước hoặc bắt đầu từ khung trống</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Type a value and press Enter to move to the next criterion that takes values, Tab to the next value cell. Decimal comma or point. Ctrl+V pastes a block copied from a spreadsheet or the template; Ctrl+Z undoes, Ctrl+Shift+Z redoes. Rows computed from their parts take no typing: right-click one to record a published value.</source>
        <translation>Nhập một giá trị rồi nhấn Enter để sang tiêu chí được nhập điểm kế tiếp, Tab để sang ô điểm kế tiếp. Dấu thập phân là dấu phẩy hoặc dấu chấm. Ctrl+V dán một khối sao chép từ bảng tính hoặc biểu mẫu; Ctrl+Z hoàn tác, Ctrl+Shift+Z làm lại. Các dòng tính từ thành phần không nhận giá trị gõ vào: nhấp chuột phải vào dòng đó để ghi một giá trị công bố.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Record or remove a published value for %1, which otherwise is computed from its parts.</source>
        <translation>Ghi hoặc xoá giá trị công bố cho %1; nếu không có, giá trị được tính từ các thành phần.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Select a field row or the total to record a published value for it.</source>
        <translation>Chọn một dòng lĩnh vực hoặc dòng tổng điểm để ghi giá trị công bố cho dòng đó.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Choose a year and a unit in the bar above, or add a year with New year...</source>
        <translation>Hãy chọn năm và đơn vị trên thanh phía trên, hoặc thêm năm bằng nút Thêm năm mới...</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>Saved: %1. But %2 has a published value, %3, that stands over its parts: it and the total do not change. To use the parts instead, right-click that row and remove the published value.</source>
        <translation>Đã lưu: %1. Nhưng %2 có giá trị công bố %3, được dùng thay cho tổng các thành phần: dòng đó và tổng điểm không thay đổi. Muốn dùng các thành phần, nhấp chuột phải vào dòng đó và xoá giá trị công bố.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Published values are recorded on fields and the total; type the others.</source>
        <translation>Giá trị công bố chỉ ghi cho lĩnh vực và tổng điểm; các tiêu chí khác hãy gõ trực tiếp.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not saved: %1: %2</source>
        <translation>Chưa lưu: %1: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>published value %1 = %2</source>
        <translation>giá trị công bố %1 = %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>remove the published value of %1</source>
        <translation>xoá giá trị công bố của %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Record a published value for this row...</source>
        <translation>Ghi giá trị công bố cho dòng này...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the published value of this row...</source>
        <translation>Xoá giá trị công bố của dòng này...</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+31"/>
        <source>none</source>
        <translation>không có</translation>
    </message>
    <message>
        <location line="-30"/>
        <location line="+203"/>
        <source>self-assessed</source>
        <translation>tự đánh giá</translation>
    </message>
    <message>
        <location line="-203"/>
        <location line="+203"/>
        <source>appraised</source>
        <translation>thẩm định</translation>
    </message>
    <message>
        <location line="-201"/>
        <location line="+16"/>
        <source>Record a published value</source>
        <translation>Ghi giá trị công bố</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>The %1 value of %2, as published (maximum %3). Its parts now give %4.</source>
        <translation>Giá trị %1 của %2 theo số liệu công bố (tối đa %3). Các thành phần hiện cho %4.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next...</source>
        <translation>Tiếp theo...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>a value is required</source>
        <translation>cần nhập một giá trị</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Record %1 as the %2 value of %3? It then stands over its parts (which give %4): the total and the ranking use it, and the row is marked as a published value.</source>
        <translation>Ghi %1 làm giá trị %2 của %3? Giá trị này sẽ được dùng thay cho các thành phần (đang cho %4): tổng điểm và xếp hạng dùng giá trị này, và dòng được đánh dấu là giá trị công bố.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record</source>
        <translation>Ghi</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Remove the published value</source>
        <translation>Xoá giá trị công bố</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the published value %1 of %2? The row then shows the result of its parts: %3.</source>
        <translation>Xoá giá trị công bố %1 của %2? Khi đó dòng này hiển thị kết quả tính từ các thành phần: %3.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Undone: %1</source>
        <translation>Đã hoàn tác: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Redone: %1</source>
        <translation>Đã làm lại: %1</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>%1 was the last criterion that takes values.</source>
        <translation>%1 là tiêu chí được nhập điểm cuối cùng.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Your account (%1) may not change this column.</source>
        <translation>Tài khoản của bạn (%1) không được thay đổi cột này.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Nothing was pasted: the block has %1 values in a column but only %2 criteria that take values follow from here.</source>
        <translation>Chưa dán gì: khối dán có %1 giá trị trong một cột nhưng từ đây chỉ còn %2 tiêu chí được nhập điểm.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Nothing was pasted: the block is wider than the value columns.</source>
        <translation>Chưa dán gì: khối dán rộng hơn các cột điểm.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing was pasted. %1 (%2): &quot;%3&quot; %4</source>
        <translation>Chưa dán gì. %1 (%2): &quot;%3&quot; %4</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>%1 is computed from its parts: type the values of its parts. To record a published value over them, right-click the row: &quot;Record a published value for this row...&quot;.</source>
        <translation>%1 được tính từ các thành phần: hãy nhập điểm các thành phần. Muốn ghi một giá trị công bố thay cho chúng, nhấp chuột phải vào dòng: &quot;Ghi giá trị công bố cho dòng này...&quot;.</translation>
    </message>
</context>
<context>
    <name>par::ui::FinaliseActions</name>
    <message>
        <location filename="../ui/FinaliseActions.cpp" line="+22"/>
        <source>Close the %1 results of &quot;%2&quot;? Nobody can change them afterwards until they are reopened with a reason.</source>
        <translation>Chốt kết quả năm %1 của nhóm &quot;%2&quot;? Sau khi chốt, không ai có thể sửa cho đến khi kết quả được mở lại kèm lý do.</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>and %n more</source>
        <translation>
            <numerusform>và %n đơn vị khác</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n unit(s) have no or incomplete final scores; their ranks would be closed as they are:</source>
        <translation>
            <numerusform>%n đơn vị chưa có hoặc chưa đủ điểm thẩm định; thứ hạng của họ sẽ được chốt như hiện tại:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+3"/>
        <location line="+8"/>
        <source>Finalise results</source>
        <translation>Chốt kết quả</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Finalise</source>
        <translation>Chốt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Finalise without them</source>
        <translation>Vẫn chốt kết quả</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>finalised from the score entry page</source>
        <translation>chốt từ trang nhập điểm</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+8"/>
        <source>Reopen final results</source>
        <translation>Mở lại kết quả đã chốt</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Why must the %1 results of &quot;%2&quot; change? The reason is kept in the history.</source>
        <translation>Vì sao phải thay đổi kết quả năm %1 của nhóm &quot;%2&quot;? Lý do được lưu trong lịch sử thay đổi.</translation>
    </message>
</context>
<context>
    <name>par::ui::FrameworkTab</name>
    <message>
        <location filename="../ui/setup/FrameworkTab.cpp" line="+43"/>
        <source>Add sub-criterion</source>
        <translation>Thêm tiêu chí con</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a criterion inside the selected one</source>
        <translation>Thêm một tiêu chí con vào tiêu chí đang chọn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add criterion below</source>
        <translation>Thêm tiêu chí phía dưới</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a criterion after the selected one, at the same level</source>
        <translation>Thêm một tiêu chí cùng cấp, ngay sau tiêu chí đang chọn</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+363"/>
        <location line="+92"/>
        <source>Remove</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <location line="-454"/>
        <source>Remove the selected criterion and its sub-criteria</source>
        <translation>Xóa tiêu chí đang chọn và các tiêu chí con</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move up</source>
        <translation>Lên trên</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the selected criterion up among its siblings</source>
        <translation>Chuyển tiêu chí đang chọn lên trên trong số các tiêu chí cùng cấp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move down</source>
        <translation>Xuống dưới</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move the selected criterion down among its siblings</source>
        <translation>Chuyển tiêu chí đang chọn xuống dưới trong số các tiêu chí cùng cấp</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Double-click a cell to change it. A parent&apos;s maximum that differs from its parts is marked with a warning sign.</source>
        <translation>Nhấp đúp vào một ô để sửa. Điểm tối đa của tiêu chí cha khác với tổng các thành phần được đánh dấu cảnh báo.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Classification bands</source>
        <translation>Các mức xếp loại</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Percent of the maximum points that applied. A unit takes the highest band whose minimum it reaches.</source>
        <translation>Tính theo phần trăm điểm tối đa được áp dụng. Đơn vị được xếp vào mức cao nhất mà đơn vị đạt ngưỡng tối thiểu.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add band</source>
        <translation>Thêm mức xếp loại</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a classification band</source>
        <translation>Thêm một mức xếp loại</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+362"/>
        <source>Remove band</source>
        <translation>Xóa mức xếp loại</translation>
    </message>
    <message>
        <location line="-361"/>
        <source>Remove the selected band</source>
        <translation>Xóa mức xếp loại đang chọn</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>%1 has no framework yet. Create a year or import a framework file with the buttons above.</source>
        <translation>%1 chưa có khung tiêu chí. Hãy thêm năm hoặc nhập tệp khung tiêu chí bằng các nút phía trên.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is no index yet. Create one with &quot;New index&quot; above.</source>
        <translation>Chưa có chỉ số nào. Hãy tạo chỉ số bằng nút &quot;Thêm chỉ số&quot; phía trên.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%1 %2: %n criteria, maximum %3</source>
        <translation>
            <numerusform>%1 năm %2: %n tiêu chí, điểm tối đa %3</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The %1 results of %2 are final. Titles and lead units can still change; maxima, bands and criteria stay as they are until the results are reopened with a reason.</source>
        <translation>Kết quả năm %1 của %2 đã chốt. Vẫn có thể sửa tên tiêu chí và đơn vị chủ trì; điểm tối đa, mức xếp loại và tiêu chí được giữ nguyên cho đến khi kết quả được mở lại kèm lý do.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 already has scores: codes and aggregations are locked, criteria with scores cannot be removed, and no maximum may go below a recorded score.</source>
        <translation>Năm %1 đã có điểm: mã và cách tổng hợp bị khóa, không thể xóa tiêu chí đã có điểm, và điểm tối đa không được thấp hơn điểm đã ghi nhận.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 has no scores yet: everything in this framework can still change.</source>
        <translation>Năm %1 chưa có điểm: mọi nội dung của khung tiêu chí vẫn có thể thay đổi.</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>New top-level criterion</source>
        <translation>Thêm tiêu chí cấp cao nhất</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New criterion in %1</source>
        <translation>Thêm tiêu chí con của %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+23"/>
        <source>Criterion added.</source>
        <translation>Đã thêm tiêu chí.</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>New criterion after %1</source>
        <translation>Thêm tiêu chí sau %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+4"/>
        <location line="+17"/>
        <source>Cannot remove the criterion</source>
        <translation>Không thể xóa tiêu chí</translation>
    </message>
    <message numerus="yes">
        <location line="-16"/>
        <source>%1 &quot;%2&quot; cannot be removed: %n score(s) are recorded for it or its sub-criteria.</source>
        <translation>
            <numerusform>Không thể xóa %1 &quot;%2&quot;: đã có %n điểm được ghi cho tiêu chí này hoặc các tiêu chí con.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove those scores on the score entry page first, or keep the criterion.</source>
        <translation>Hãy xóa các điểm đó trên trang Nhập điểm trước, hoặc giữ lại tiêu chí.</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Remove %1 &quot;%2&quot; and its %n sub-criteria?</source>
        <translation>
            <numerusform>Xóa %1 &quot;%2&quot; cùng %n tiêu chí con?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove %1 &quot;%2&quot;?</source>
        <translation>Xóa %1 &quot;%2&quot;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove criterion</source>
        <translation>Xóa tiêu chí</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Criterion %1 removed.</source>
        <translation>Đã xóa tiêu chí %1.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot move the criterion</source>
        <translation>Không thể di chuyển tiêu chí</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Moved up.</source>
        <translation>Đã chuyển lên.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Moved down.</source>
        <translation>Đã chuyển xuống.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the total</source>
        <translation>tổng điểm</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+18"/>
        <source>Cannot change %1</source>
        <translation>Không thể sửa %1</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Maximum points: %1</source>
        <translation>Điểm tối đa: %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 saved.</source>
        <translation>%1: đã lưu.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The total</source>
        <translation>Tổng điểm</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Band added.</source>
        <translation>Đã thêm mức xếp loại.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Remove the band &quot;%1&quot; (from %2%)?</source>
        <translation>Xóa mức xếp loại &quot;%1&quot; (từ %2%)?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot remove the band</source>
        <translation>Không thể xóa mức xếp loại</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Band removed.</source>
        <translation>Đã xóa mức xếp loại.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+9"/>
        <source>Cannot change the band</source>
        <translation>Không thể sửa mức xếp loại</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>From: %1</source>
        <translation>Từ: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Bands saved.</source>
        <translation>Đã lưu các mức xếp loại.</translation>
    </message>
    <message>
        <location line="-269"/>
        <source>Add its first criterion with &quot;Add sub-criterion&quot; (the total is selected), or import a framework file.</source>
        <translation>Hãy thêm tiêu chí đầu tiên bằng nút &quot;Thêm tiêu chí con&quot; (tổng điểm đang được chọn), hoặc nhập tệp khung tiêu chí.</translation>
    </message>
</context>
<context>
    <name>par::ui::HistoryPage</name>
    <message>
        <location filename="../ui/pages/HistoryPage.cpp" line="+225"/>
        <source>History</source>
        <translation>Lịch sử thay đổi</translation>
    </message>
    <message>
        <location line="-136"/>
        <source>C&amp;lear filters</source>
        <translation>Xóa &amp;bộ lọc</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Code, e.g. 3.1</source>
        <translation>Mã, ví dụ 3.1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Index:</source>
        <translation>C&amp;hỉ số:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Year:</source>
        <translation>Nă&amp;m:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>U&amp;nit:</source>
        <translation>Đơn &amp;vị:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>C&amp;riterion:</source>
        <translation>Tiê&amp;u chí:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Person:</source>
        <translation>Người &amp;dùng:</translation>
    </message>
    <message>
        <location line="+118"/>
        <location line="+1"/>
        <source>All</source>
        <translation>Tất cả</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All units</source>
        <translation>Tất cả đơn vị</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everyone</source>
        <translation>Tất cả người dùng</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>No database is open.</source>
        <translation>Chưa mở cơ sở dữ liệu nào.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The newest %1 changes are shown; narrow the filters to see older ones.</source>
        <translation>Đang hiển thị %1 thay đổi mới nhất; hãy thu hẹp bộ lọc để xem các thay đổi cũ hơn.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No change matches these filters.</source>
        <translation>Không có thay đổi nào phù hợp với bộ lọc.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n change(s), newest first.</source>
        <translation>
            <numerusform>%n thay đổi, mới nhất ở trên.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Select a change to see it in full.</source>
        <translation>Chọn một thay đổi để xem đầy đủ.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>criterion %1</source>
        <translation>tiêu chí %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 by %2: %3 %4</source>
        <translation>%1, %2: %3 %4</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(none)</source>
        <translation>(không có)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Old value: %1   New value: %2</source>
        <translation>Giá trị cũ: %1   Giá trị mới: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reason: %1</source>
        <translation>Lý do: %1</translation>
    </message>
</context>
<context>
    <name>par::ui::ImportDialog</name>
    <message>
        <location filename="../ui/import/ImportDialog.cpp" line="+42"/>
        <source>Import scores: %1</source>
        <translation>Nhập điểm từ tệp: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Index:</source>
        <translation>Chỉ số:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Sheet:</source>
        <translation>&amp;Trang tính:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Year:</source>
        <translation>Nă&amp;m:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Type a new name to create a new ranking pool.</source>
        <translation>Nhập tên mới để tạo nhóm xếp hạng mới.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cohort:</source>
        <translation>Nhóm xế&amp;p hạng:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Appraised (final)</source>
        <translation>Thẩm định (chính thức)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Self-assessed</source>
        <translation>Tự đánh giá</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>S&amp;tage:</source>
        <translation>&amp;Giai đoạn:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Criterion</source>
        <translation>Tiêu chí</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stored</source>
        <translation>Giá trị hiện có</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>In the file</source>
        <translation>Trong tệp</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Errors</source>
        <translation>Lỗi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warnings</source>
        <translation>Cảnh báo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New units</source>
        <translation>Đơn vị mới</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replaced values</source>
        <translation>Giá trị bị thay thế</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Import</source>
        <translation>&amp;Nhập</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save error list...</source>
        <translation>&amp;Lưu danh sách lỗi...</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+141"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location line="-120"/>
        <source>This file cannot be imported.</source>
        <translation>Không thể nhập tệp này.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>%1 (line %2)</source>
        <translation>%1 (dòng %2)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>(blank: removed)</source>
        <translation>(trống: xóa điểm)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Errors (%1)</source>
        <translation>Lỗi (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warnings (%1)</source>
        <translation>Cảnh báo (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New units (%1)</source>
        <translation>Đơn vị mới (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replaced values (%1)</source>
        <translation>Giá trị bị thay thế (%1)</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>Nothing can be imported: %n error(s) must be corrected in the file first.</source>
        <translation>
            <numerusform>Chưa thể nhập: cần sửa %n lỗi trong tệp trước.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ready to import %1 units (%2 new) into %3 %4, &quot;%5&quot;: %6 values replaced, %7 warnings.</source>
        <translation>Sẵn sàng nhập %1 đơn vị (%2 đơn vị mới) vào %3 năm %4, nhóm &quot;%5&quot;: thay thế %6 giá trị, %7 cảnh báo.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Importing %1...</source>
        <translation>Đang nhập %1...</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Import scores</source>
        <translation>Nhập điểm từ tệp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing was changed. Correct the file or the choices above and try again.</source>
        <translation>Không có gì thay đổi. Hãy sửa tệp hoặc các lựa chọn phía trên rồi thử lại.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+9"/>
        <source>Save error list</source>
        <translation>Lưu danh sách lỗi</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>-errors.txt</source>
        <translation>-loi.txt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose another folder and try again.</source>
        <translation>Hãy chọn thư mục khác rồi thử lại.</translation>
    </message>
</context>
<context>
    <name>par::ui::LineageDialog</name>
    <message>
        <location filename="../ui/setup/LineageDialog.cpp" line="+32"/>
        <source>Merge units</source>
        <translation>Hợp nhất đơn vị</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Split a unit</source>
        <translation>Chia tách đơn vị</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rename a unit from a year</source>
        <translation>Đổi tên đơn vị từ một năm</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Required: for example Nghị quyết 190/2025/QH15</source>
        <translation>Bắt buộc: ví dụ Nghị quyết 190/2025/QH15</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Optional: without one, the legal basis is logged</source>
        <translation>Không bắt buộc: nếu để trống, nhật ký ghi căn cứ pháp lý</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Filter by name or code</source>
        <translation>Lọc theo tên hoặc mã</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>&amp;From (tick the units):</source>
        <translation>&amp;Từ (đánh dấu các đơn vị):</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An e&amp;xisting unit:</source>
        <translation>Đơn vị đã &amp;có:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A ne&amp;w unit named:</source>
        <translation>Đơn vị &amp;mới, tên:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>For example Sở Nông nghiệp và Môi trường</source>
        <translation>Ví dụ Sở Nông nghiệp và Môi trường</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Into:</source>
        <translation>&amp;Thành:</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Unit that splits:</source>
        <translation>Đơn vị được &amp;chia tách:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I&amp;nto existing units:</source>
        <translation>Thành các đơn vị đã &amp;có:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Names separated by semicolons: Xã Chợ Mới; Xã Thanh Mai</source>
        <translation>Các tên cách nhau bằng dấu chấm phẩy: Xã Chợ Mới; Xã Thanh Mai</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>And ne&amp;w units:</source>
        <translation>Và các đơn vị &amp;mới:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Unit:</source>
        <translation>Đơn &amp;vị:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New name:</source>
        <translation>Tên &amp;mới:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>From &amp;year:</source>
        <translation>Từ &amp;năm:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legal &amp;basis:</source>
        <translation>Căn cứ &amp;pháp lý:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reason for the log:</source>
        <translation>&amp;Lý do ghi nhật ký:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The units that end keep their results up to the year before; the units after the change are ranked from the year on, and their predecessors&apos; results are shown beside theirs, never added together. Recording a change is not undone with Edit &gt; Undo: you are asked to confirm it, and it stays in the History page.</source>
        <translation>Các đơn vị chấm dứt hoạt động giữ kết quả đến năm liền trước; các đơn vị sau thay đổi được xếp hạng từ năm này, kết quả của các đơn vị tiền thân được trình bày bên cạnh, không bao giờ cộng gộp. Việc ghi nhận thay đổi không thể hoàn tác bằng Sửa &gt; Hoàn tác: chương trình sẽ hỏi xác nhận, và thay đổi được lưu trong trang Lịch sử thay đổi.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Record merger</source>
        <translation>Ghi nhận hợp nhất</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record split</source>
        <translation>Ghi nhận chia tách</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record rename</source>
        <translation>Ghi nhận đổi tên</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Tick the units that merge.</source>
        <translation>Đánh dấu các đơn vị được hợp nhất.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose from the list the unit they become, or name a new one.</source>
        <translation>Chọn trong danh sách đơn vị hình thành sau hợp nhất, hoặc đặt tên cho một đơn vị mới.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Give the name of the new unit.</source>
        <translation>Nhập tên đơn vị mới.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose from the list the unit that splits.</source>
        <translation>Chọn trong danh sách đơn vị được chia tách.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tick the existing units or name the new units it becomes: at least two.</source>
        <translation>Đánh dấu các đơn vị đã có hoặc nhập tên các đơn vị mới được hình thành: ít nhất hai đơn vị.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose from the list the unit to rename.</source>
        <translation>Chọn trong danh sách đơn vị cần đổi tên.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Give the new name.</source>
        <translation>Nhập tên mới.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Ticked: %1.</source>
        <translation>Đã đánh dấu: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 becomes part of %2 from %3.</source>
        <translation>%1 sáp nhập vào %2 từ năm %3.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>These %1 units become %2 from %3: %4.</source>
        <translation>%1 đơn vị sau hợp nhất thành %2 từ năm %3: %4.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 becomes %2 from %3.</source>
        <translation>%1 được chia tách thành %2 từ năm %3.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is named %2 from %3.</source>
        <translation>%1 đổi tên thành %2 từ năm %3.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Give the legal basis of the change: the decision or resolution that made it.</source>
        <translation>Nhập căn cứ pháp lý của thay đổi: quyết định hoặc nghị quyết quy định việc này.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This cannot be undone with Edit &gt; Undo: the units&apos; life spans and their places in cohorts change with it. It stays in the History page.</source>
        <translation>Không thể hoàn tác việc này bằng Sửa &gt; Hoàn tác: thời gian tồn tại của các đơn vị và vị trí của chúng trong các nhóm xếp hạng thay đổi theo. Thay đổi được lưu trong trang Lịch sử thay đổi.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record</source>
        <translation>Ghi nhận</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing was recorded.</source>
        <translation>Chưa ghi nhận thay đổi nào.</translation>
    </message>
</context>
<context>
    <name>par::ui::LostPointsModel</name>
    <message>
        <location filename="../ui/models/LostPointsModel.cpp" line="+89"/>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Criterion</source>
        <translation>Tiêu chí</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Max</source>
        <translation>Tối đa</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last year</source>
        <translation>Năm trước</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Score</source>
        <translation>Điểm</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>This year</source>
        <translation>Năm nay</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lost</source>
        <translation>Mất</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change</source>
        <translation>Thay đổi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lead unit</source>
        <translation>Đơn vị chủ trì</translation>
    </message>
</context>
<context>
    <name>par::ui::MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="+156"/>
        <source>Context</source>
        <translation>Ngữ cảnh</translation>
    </message>
    <message>
        <location filename="../ui/help/ManualShotsMain.cpp" line="+67"/>
        <location filename="../ui/MainWindow.cpp" line="+28"/>
        <source>Ready</source>
        <translation>Sẵn sàng</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="+22"/>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Ctrl+%2)</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New database...</source>
        <translation>&amp;Tạo cơ sở dữ liệu mới...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open database...</source>
        <translation>&amp;Mở cơ sở dữ liệu...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connect to &amp;server...</source>
        <translation>Kết nối tới máy &amp;chủ...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open a parindex database on the province&apos;s PostgreSQL server</source>
        <translation>Mở cơ sở dữ liệu parindex trên máy chủ PostgreSQL của tỉnh</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;recent</source>
        <translation>Mở &amp;gần đây</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the &amp;demo database</source>
        <translation>Mở cơ sở dữ liệu minh &amp;họa</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+439"/>
        <source>&amp;Back up to a file...</source>
        <translation>Sao &amp;lưu ra tệp...</translation>
    </message>
    <message>
        <location line="-434"/>
        <source>Copy to a ser&amp;ver...</source>
        <translation>Sao chép lên má&amp;y chủ...</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Quit</source>
        <translation>Th&amp;oát</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Edit</source>
        <translation>&amp;Sửa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo</source>
        <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Redo</source>
        <translation>&amp;Làm lại</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;View</source>
        <translation>&amp;Xem</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Language</source>
        <translation>&amp;Ngôn ngữ</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Help</source>
        <translation>Trợ &amp;giúp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Manual</source>
        <translation>&amp;Hướng dẫn sử dụng</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;About parindex</source>
        <translation>&amp;Giới thiệu parindex</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Cannot connect to the server</source>
        <translation>Không kết nối được tới máy chủ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the address with File &gt; Connect to server..., or ask the server&apos;s administrator.</source>
        <translation>Hãy kiểm tra địa chỉ bằng Tệp &gt; Kết nối tới máy chủ..., hoặc hỏi người quản trị máy chủ.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot open the database</source>
        <translation>Không mở được cơ sở dữ liệu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check that the file is a parindex database and that you may write to its folder, or open another one from the File menu.</source>
        <translation>Hãy kiểm tra tệp có phải là cơ sở dữ liệu parindex không và bạn có quyền ghi vào thư mục chứa tệp không, hoặc mở cơ sở dữ liệu khác từ menu Tệp.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Opened %1</source>
        <translation>Đã mở %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Not signed in.</source>
        <translation>Chưa đăng nhập.</translation>
    </message>
    <message>
        <location line="+40"/>
        <location line="+37"/>
        <source>Copy to a server</source>
        <translation>Sao chép lên máy chủ</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>Copies this database whole, its history included, into a database on the server, and checks every table of the copy against this file before keeping it. The destination must be new or empty: a database the server&apos;s administrator has just created, or one prepared with parindex init. One that holds anything is refused and left as it is. The password is asked for when the server wants it.</source>
        <translation>Sao chép toàn bộ cơ sở dữ liệu này, kể cả lịch sử thay đổi, vào một cơ sở dữ liệu trên máy chủ, và đối chiếu từng bảng của bản sao với tệp này trước khi giữ lại. Nơi nhận phải mới hoặc trống: một cơ sở dữ liệu quản trị viên máy chủ vừa tạo, hoặc một cơ sở dữ liệu đã chuẩn bị bằng parindex init. Cơ sở dữ liệu đã có dữ liệu sẽ bị từ chối và được giữ nguyên. Mật khẩu được hỏi khi máy chủ yêu cầu.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Copy</source>
        <translation>&amp;Sao chép</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Copying %1 to %2...</source>
        <translation>Đang sao chép %1 lên %2...</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Copied %1 to the server database %2.</source>
        <translation>Đã sao chép %1 vào cơ sở dữ liệu %2 trên máy chủ.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open the server copy now? This file stays as it is; changes made on the server from now on are not in it.</source>
        <translation>Mở bản sao trên máy chủ ngay bây giờ? Tệp này vẫn giữ nguyên; những thay đổi trên máy chủ từ nay trở đi sẽ không có trong tệp.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open the server copy</source>
        <translation>&amp;Mở bản sao trên máy chủ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Keep working on the file</source>
        <translation>&amp;Tiếp tục làm việc trên tệp</translation>
    </message>
    <message>
        <location line="+92"/>
        <location line="+41"/>
        <location line="+26"/>
        <location line="+41"/>
        <location line="+79"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location line="-191"/>
        <source>Open database</source>
        <translation>Mở cơ sở dữ liệu</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+108"/>
        <location line="+79"/>
        <source>parindex databases (*.db);;All files (*)</source>
        <translation>Cơ sở dữ liệu parindex (*.db);;Tất cả các tệp (*)</translation>
    </message>
    <message>
        <location line="-186"/>
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Cannot write the demo database</source>
        <translation>Không tạo được cơ sở dữ liệu minh họa</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Back up to a file</source>
        <translation>Sao lưu ra tệp</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+36"/>
        <location line="+4"/>
        <source>Save a copy as a file</source>
        <translation>Lưu bản sao ra tệp</translation>
    </message>
    <message>
        <location line="-35"/>
        <location line="+10"/>
        <location line="+4"/>
        <source>Back up</source>
        <translation>Sao lưu</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A backup cannot overwrite the open database.</source>
        <translation>Bản sao lưu không được ghi đè lên cơ sở dữ liệu đang mở.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose another folder and try again.</source>
        <translation>Hãy chọn thư mục khác rồi thử lại.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Backed up to %1</source>
        <translation>Đã sao lưu ra %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Saving a copy of %1 as %2...</source>
        <translation>Đang lưu bản sao của %1 thành %2...</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Saved a copy of %1 as %2.</source>
        <translation>Đã lưu bản sao của %1 thành %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved a copy as %1</source>
        <translation>Đã lưu bản sao thành %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The open database is already on a server</source>
        <translation>Cơ sở dữ liệu đang mở đã nằm trên máy chủ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy this database file, whole and verified, into a new or empty database on the province&apos;s PostgreSQL server</source>
        <translation>Sao chép toàn bộ tệp cơ sở dữ liệu này, có đối chiếu, vào một cơ sở dữ liệu mới hoặc trống trên máy chủ PostgreSQL của tỉnh</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Save a &amp;copy as a file...</source>
        <translation>&amp;Lưu bản sao ra tệp...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy the open database file to another file</source>
        <translation>Sao chép tệp cơ sở dữ liệu đang mở ra một tệp khác</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save a verified copy of the server database as a database file, to keep or to take offline</source>
        <translation>Lưu một bản sao đã đối chiếu của cơ sở dữ liệu trên máy chủ thành tệp cơ sở dữ liệu, để lưu giữ hoặc làm việc ngoại tuyến</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only an account that reads the whole database (secretariat, appraiser, viewer) can save a copy of it</source>
        <translation>Chỉ tài khoản đọc được toàn bộ cơ sở dữ liệu (tổ thư ký, thẩm định viên, người xem) mới lưu được bản sao của nó</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A server database is restored on the server, by its administrator; Restore replaces a database file only</source>
        <translation>Cơ sở dữ liệu trên máy chủ do quản trị viên khôi phục ngay trên máy chủ; Khôi phục chỉ thay thế tệp cơ sở dữ liệu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replace the open database file by a backup</source>
        <translation>Thay tệp cơ sở dữ liệu đang mở bằng một bản sao lưu</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>About parindex</source>
        <translation>Giới thiệu parindex</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>parindex %1

Records and analyses administrative reform index results (PAR INDEX, SIPAS, PAPI and the province&apos;s own indexes) for the steering committee&apos;s secretariat.</source>
        <translation>parindex %1

Ghi nhận và phân tích kết quả các chỉ số cải cách hành chính (PAR INDEX, SIPAS, PAPI và các chỉ số riêng của tỉnh), phục vụ bộ phận giúp việc Ban Chỉ đạo cải cách hành chính.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>no database</source>
        <translation>chưa mở cơ sở dữ liệu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 - parindex</source>
        <translation>%1 - parindex</translation>
    </message>
    <message>
        <location line="-525"/>
        <source>&amp;Import scores...</source>
        <translation>&amp;Nhập điểm từ tệp...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import a score table (CSV or Excel) into the selected index, with a preview</source>
        <translation>Nhập bảng điểm (CSV hoặc Excel) vào chỉ số đang chọn, có xem trước</translation>
    </message>
    <message>
        <location line="+325"/>
        <location line="+4"/>
        <source>Import scores</source>
        <translation>Nhập điểm từ tệp</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Choose an index first.</source>
        <translation>Hãy chọn chỉ số trước.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select the index in the bar at the top, or create one on the Setup page.</source>
        <translation>Hãy chọn chỉ số trên thanh phía trên, hoặc tạo chỉ số ở trang Thiết lập.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Score tables (*.xlsx *.csv *.txt);;All files (*)</source>
        <translation>Bảng điểm (*.xlsx *.csv *.txt);;Tất cả các tệp (*)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preview</source>
        <translation>Xem trước</translation>
    </message>
    <message>
        <location line="-324"/>
        <source>&amp;Export</source>
        <translation>&amp;Xuất ra tệp</translation>
    </message>
    <message>
        <location line="-175"/>
        <source>server</source>
        <translation>máy chủ</translation>
    </message>
    <message>
        <location line="+176"/>
        <source>&amp;Ranking...</source>
        <translation>&amp;Xếp hạng...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Score sheet...</source>
        <translation>&amp;Bảng điểm...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Template for units to fill in...</source>
        <translation>Biểu &amp;mẫu để các đơn vị điền...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Framework...</source>
        <translation>&amp;Khung tiêu chí...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;History...</source>
        <translation>&amp;Lịch sử thay đổi...</translation>
    </message>
    <message>
        <location line="+202"/>
        <source>Created %1. Next: set up the criteria of %2 (New year..., or import them).</source>
        <translation>Đã tạo %1. Bước tiếp theo: thiết lập tiêu chí năm %2 (Thêm năm mới..., hoặc nhập từ tệp).</translation>
    </message>
    <message>
        <location line="+133"/>
        <location line="+6"/>
        <location line="+4"/>
        <location line="+20"/>
        <source>Export</source>
        <translation>Xuất</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>Choose an index and a year first.</source>
        <translation>Hãy chọn chỉ số và năm trước.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ranking</source>
        <translation>xep-hang</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>scores</source>
        <translation>bang-diem</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>template</source>
        <translation>bieu-mau</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>framework</source>
        <translation>khung-tieu-chi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>history</source>
        <translation>lich-su</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)</source>
        <translation>Bảng tính Excel (*.xlsx);;CSV, UTF-8 (*.csv)</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+52"/>
        <source>Choose another file or folder and try again.</source>
        <translation>Hãy chọn tệp hoặc thư mục khác rồi thử lại.</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>Exported %1</source>
        <translation>Đã xuất %1</translation>
    </message>
    <message>
        <location line="-381"/>
        <source>Meeting &amp;report...</source>
        <translation>&amp;Báo cáo phục vụ cuộc họp...</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Restore from a backup...</source>
        <translation>&amp;Khôi phục từ bản sao lưu...</translation>
    </message>
    <message>
        <location line="+457"/>
        <location line="+9"/>
        <location line="+10"/>
        <source>Restore from a backup</source>
        <translation>Khôi phục từ bản sao lưu</translation>
    </message>
    <message>
        <location line="-16"/>
        <location line="+9"/>
        <source>Restore</source>
        <translation>Khôi phục</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Replace %1 by the backup %2? The current file is kept beside it.</source>
        <translation>Thay %1 bằng bản sao lưu %2? Tệp hiện tại được giữ lại bên cạnh.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Restored from %1</source>
        <translation>Đã khôi phục từ %1</translation>
    </message>
</context>
<context>
    <name>par::ui::ManualDock</name>
    <message>
        <location filename="../ui/help/ManualDock.cpp" line="+11"/>
        <source>Manual</source>
        <translation>Hướng dẫn sử dụng</translation>
    </message>
</context>
<context>
    <name>par::ui::NewDatabaseWizard</name>
    <message>
        <location filename="../ui/welcome/NewDatabaseWizard.cpp" line="+74"/>
        <source>New database for a province</source>
        <translation>Cơ sở dữ liệu mới cho một tỉnh</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Quay lại</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Tiếp &gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Create</source>
        <translation>&amp;Tạo</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+289"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location line="-276"/>
        <source>Your province</source>
        <translation>Tỉnh của bạn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The database keeps one province: its results in the national indexes and its own scoring of its units.</source>
        <translation>Mỗi cơ sở dữ liệu dành cho một tỉnh: kết quả của tỉnh trong các chỉ số quốc gia và việc tỉnh chấm điểm các đơn vị của mình.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>for example: Bắc Kạn</source>
        <translation>ví dụ: Bắc Kạn</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Province&apos;s name:</source>
        <translation>Tên &amp;tỉnh:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;First year:</source>
        <translation>&amp;Năm đầu tiên:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The first year is the year whose results you will record first; the units below are the members of its cohorts. Later years are added on the Setup page.</source>
        <translation>Năm đầu tiên là năm có kết quả được nhập trước tiên; các đơn vị ở bước sau là thành viên các nhóm xếp hạng của năm đó. Các năm sau được thêm ở trang Thiết lập.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Your units</source>
        <translation>Các đơn vị</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paste the names from a list or a spreadsheet column, one unit per line. Leave a list empty if the province does not score those units.</source>
        <translation>Dán tên từ một danh sách hoặc một cột bảng tính, mỗi dòng một đơn vị. Để trống danh sách nếu tỉnh không chấm điểm các đơn vị đó.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>districts (UBND huyện)</source>
        <translation>huyện (UBND huyện)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>communes (UBND xã)</source>
        <translation>xã (UBND xã)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Departments (sở, ban, ngành):</source>
        <translation>&amp;Sở, ban, ngành:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Local units:</source>
        <translation>Đơn vị cấp &amp;dưới:</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 departments, %2 %3</source>
        <translation>%1 sở, ban, ngành; %2 %3</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The indexes you track</source>
        <translation>Các chỉ số theo dõi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The national indexes rank your province among the others; your own index ranks your units. Their criteria are set up year by year afterwards.</source>
        <translation>Các chỉ số quốc gia xếp hạng tỉnh so với các tỉnh khác; bộ chỉ số của tỉnh xếp hạng các đơn vị của tỉnh. Tiêu chí của từng năm được thiết lập sau.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The province&apos;s own index of its units</source>
        <translation>Bộ chỉ số của tỉnh đối với các đơn vị</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>C&amp;ode:</source>
        <translation>&amp;Mã:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;ame:</source>
        <translation>&amp;Tên:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cohorts</source>
        <translation>Nhóm xếp hạng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Units are ranked against their peers: departments together, districts or communes together. Each cohort is a ranking of the province&apos;s own index.</source>
        <translation>Các đơn vị được xếp hạng cùng đơn vị cùng cấp: sở, ban, ngành với nhau; huyện hoặc xã với nhau. Mỗi nhóm là một bảng xếp hạng của bộ chỉ số của tỉnh.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rank the departments:</source>
        <translation>Xếp hạng sở, ban, ngành:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rank the local units:</source>
        <translation>Xếp hạng đơn vị cấp dưới:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The names appear in rankings and reports; you can rename cohorts and add others on the Setup page.</source>
        <translation>Tên nhóm xuất hiện trong bảng xếp hạng và báo cáo; có thể đổi tên hoặc thêm nhóm ở trang Thiết lập.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+131"/>
        <source>The database file</source>
        <translation>Tệp cơ sở dữ liệu</translation>
    </message>
    <message>
        <location line="-130"/>
        <source>Everything is kept in this one file: back it up like any important document.</source>
        <translation>Mọi dữ liệu nằm trong một tệp này: hãy sao lưu như mọi tài liệu quan trọng.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>C&amp;hoose...</source>
        <translation>C&amp;họn...</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;File:</source>
        <translation>&amp;Tệp:</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>Province: %1; first year %2.</source>
        <translation>Tỉnh: %1; năm đầu tiên %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Units: %1 departments, %2 %3.</source>
        <translation>Đơn vị: %1 sở, ban, ngành; %2 %3.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Indexes: %1.</source>
        <translation>Chỉ số: %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cohorts of %1: %2.</source>
        <translation>Nhóm xếp hạng của %1: %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next: the Setup page, for the criteria of %1.</source>
        <translation>Bước tiếp theo: trang Thiết lập, để thiết lập tiêu chí năm %1.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>parindex databases (*.db)</source>
        <translation>Cơ sở dữ liệu parindex (*.db)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose</source>
        <translation>Chọn</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Departments:</source>
        <translation>Sở, ban, ngành:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Local units:</source>
        <translation>Đơn vị cấp dưới:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Give the province&apos;s name.</source>
        <translation>Hãy nhập tên tỉnh.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The province&apos;s name %1.</source>
        <translation>Tên tỉnh %1.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Choose at least one index to track.</source>
        <translation>Hãy chọn ít nhất một chỉ số để theo dõi.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give the province&apos;s own index a short code, such as CCHC.</source>
        <translation>Hãy đặt cho bộ chỉ số của tỉnh một mã ngắn, ví dụ CCHC.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The province&apos;s own index needs at least one cohort to rank its units in.</source>
        <translation>Bộ chỉ số của tỉnh cần ít nhất một nhóm để xếp hạng các đơn vị.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Choose where to keep the database.</source>
        <translation>Hãy chọn nơi lưu cơ sở dữ liệu.</translation>
    </message>
</context>
<context>
    <name>par::ui::OverviewPage</name>
    <message>
        <location filename="../ui/pages/OverviewPage.cpp" line="+61"/>
        <source>Total</source>
        <translation>Tổng điểm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Percent of maximum</source>
        <translation>Tỷ lệ đạt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rank</source>
        <translation>Hạng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Classification</source>
        <translation>Xếp loại</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Against last year</source>
        <translation>So với năm trước</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Most points lost</source>
        <translation>Mất nhiều điểm nhất</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fell most since last year</source>
        <translation>Giảm nhiều nhất so với năm trước</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Overview</source>
        <translation>Tổng quan</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Choose an index in the bar above, or create one on the Setup page.</source>
        <translation>Hãy chọn chỉ số ở thanh phía trên, hoặc tạo chỉ số ở trang Thiết lập.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Choose an index, a year and a unit in the bar above.</source>
        <translation>Hãy chọn chỉ số, năm và đơn vị trên thanh phía trên.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 has no year yet.</source>
        <translation>%1 chưa có năm nào.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 — %2, %3</source>
        <translation>%1 — %2, năm %3</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>%1 has no %2 results for %3 yet.</source>
        <translation>%1 chưa có kết quả %2 năm %3.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source> (published)</source>
        <translation> (theo công bố)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>rank %1 → %2</source>
        <translation>hạng %1 → %2</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Total over the years</source>
        <translation>Tổng điểm qua các năm</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Points</source>
        <translation>Điểm</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Each field as percent of its maximum</source>
        <translation>Tỷ lệ điểm đạt của từng lĩnh vực so với điểm tối đa</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>% of maximum</source>
        <translation>% điểm tối đa</translation>
    </message>
    <message>
        <location line="-82"/>
        <source>/ %1</source>
        <translation>/ %1</translation>
    </message>
    <message>
        <location line="-52"/>
        <source>Your account (%1) reads the self-assessments of its own unit only.</source>
        <translation>Tài khoản của bạn (%1) chỉ xem được điểm tự đánh giá của chính đơn vị mình.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The %1 results of %2 for %3 are not published yet: your account (%4) reads other units&apos; final results once their year is finalised.</source>
        <translation>Kết quả %1 của %2 năm %3 chưa được công bố: tài khoản của bạn (%4) chỉ xem được kết quả chính thức của đơn vị khác sau khi năm đó đã chốt.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>of %1</source>
        <translation>/ %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> · provisional</source>
        <translation> · tạm tính</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Published rank. Source: %1</source>
        <translation>Thứ hạng công bố. Nguồn: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not given</source>
        <translation>không ghi</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>(provisional)</source>
        <translation>(tạm tính)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>vs %1 (%2) %3</source>
        <translation>so với %1 (%2) %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A year with units still missing scores: the rank and its change may still move.</source>
        <translation>Năm còn đơn vị chưa có điểm: thứ hạng và mức thay đổi còn có thể thay đổi.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no earlier year</source>
        <translation>chưa có năm trước</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 has criteria without a score: its total is incomplete.</source>
        <translation>%1 còn tiêu chí chưa có điểm: tổng điểm chưa đầy đủ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 %2, &quot;%3&quot;: %4.</source>
        <translation>%1 %2, &quot;%3&quot;: %4.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rank %1 of %2 as published (%3); the rest of the pool is not in the database.</source>
        <translation>Xếp thứ %1/%2 theo công bố (%3); các đơn vị khác của nhóm xếp hạng không có trong cơ sở dữ liệu.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no source given</source>
        <translation>không ghi nguồn</translation>
    </message>
</context>
<context>
    <name>par::ui::RankingModel</name>
    <message>
        <location filename="../ui/models/RankingModel.cpp" line="+45"/>
        <source>%1=</source>
        <translation>%1=</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>no value</source>
        <translation>chưa có điểm</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>predecessors %1</source>
        <translation>tiền thân %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1; merged in %2</source>
        <translation>%1; đơn vị sáp nhập vào %2</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 (no value)</source>
        <translation>%1 (chưa có điểm)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (%2, %3%)</source>
        <translation>%1 (%2, đạt %3%)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: in %2 it ranked %3 and the units merged into it %4.</source>
        <translation>%1: năm %2, đơn vị xếp hạng %3, các đơn vị sáp nhập vào đơn vị xếp hạng %4.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: in %2 its predecessors ranked %3.</source>
        <translation>%1: năm %2, các đơn vị tiền thân xếp hạng %3.</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>Tied: equal totals share a rank and the next rank is skipped.</source>
        <translation>Đồng hạng: các đơn vị bằng tổng điểm được xếp cùng hạng, hạng kế tiếp được bỏ qua.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>A unit formed by a merger or a split has no change against a single number.</source>
        <translation>Đơn vị hình thành do hợp nhất hoặc chia tách không có mức tăng, giảm so với một con số duy nhất.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Up %n place(s) since %1.</source>
        <translation>
            <numerusform>Tăng %n bậc so với năm %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Down %n place(s) since %1.</source>
        <translation>
            <numerusform>Giảm %n bậc so với năm %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The same rank as in %1.</source>
        <translation>Giữ nguyên thứ hạng so với năm %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The cohort&apos;s members changed since %1: the two ranks are of different rankings and are not compared.</source>
        <translation>Thành phần nhóm xếp hạng đã thay đổi từ năm %1: hai thứ hạng thuộc hai bảng xếp hạng khác nhau nên không so sánh.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Rank</source>
        <translation>Hạng</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Total</source>
        <translation>Tổng điểm</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Classification</source>
        <translation>Xếp loại</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Last year&apos;s rank</source>
        <translation>Hạng năm trước</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rank in %1</source>
        <translation>Thứ hạng năm %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change</source>
        <translation>Thay đổi</translation>
    </message>
    <message>
        <location line="-66"/>
        <source>Published rank. Source: %1</source>
        <translation>Thứ hạng công bố. Nguồn: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not given</source>
        <translation>không ghi</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Some criteria have no score yet: the total is incomplete.</source>
        <translation>Một số tiêu chí chưa có điểm: tổng điểm chưa đầy đủ.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Rank (provisional)</source>
        <translation>Hạng (tạm tính)</translation>
    </message>
</context>
<context>
    <name>par::ui::RankingsPage</name>
    <message>
        <location filename="../ui/pages/RankingsPage.cpp" line="+52"/>
        <source>&amp;Filter:</source>
        <translation>&amp;Lọc:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Part of a unit&apos;s name</source>
        <translation>Một phần tên đơn vị</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Copy table</source>
        <translation>Sao &amp;chép bảng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the visible rows to the clipboard, to paste into a spreadsheet (Ctrl+Shift+C)</source>
        <translation>Sao chép các dòng đang hiển thị vào bộ nhớ tạm để dán vào bảng tính (Ctrl+Shift+C)</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Rankings</source>
        <translation>Xếp hạng</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Choose an index and a year in the bar above.</source>
        <translation>Hãy chọn chỉ số và năm trên thanh phía trên.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 %2 — %3 (%4)</source>
        <translation>%1 năm %2 — %3 (%4)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>appraised scores</source>
        <translation>điểm thẩm định</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>self-assessed scores</source>
        <translation>điểm tự đánh giá</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n unit(s) ranked.</source>
        <translation>
            <numerusform>Đã xếp hạng %n đơn vị.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not ranked, no score yet: %1.</source>
        <translation>Chưa xếp hạng do chưa có điểm: %1.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The cohort&apos;s members changed between %1 and %2 (%3 ranked then, %4 now): each rank of %1 is shown with its own &quot;of&quot; and no change of rank is computed.</source>
        <translation>Thành phần nhóm xếp hạng đã thay đổi giữa năm %1 và năm %2 (khi đó %3 đơn vị được xếp hạng, nay %4): mỗi thứ hạng năm %1 được ghi kèm tổng số của năm đó và không tính mức tăng, giảm thứ hạng.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Total, first %1 units</source>
        <translation>Tổng điểm, %1 đơn vị đứng đầu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Total</source>
        <translation>Tổng điểm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Points</source>
        <translation>Điểm</translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>Copied %n row(s) to the clipboard.</source>
        <translation>
            <numerusform>Đã sao chép %n dòng vào bộ nhớ tạm.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-87"/>
        <source>Some criteria unscored: %1.</source>
        <translation>Còn tiêu chí chưa có điểm: %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ranks shown as n/N are published (%1); the rest of the pool is not in the database.</source>
        <translation>Thứ hạng dạng n/N là thứ hạng công bố (%1); các đơn vị khác của nhóm xếp hạng không có trong cơ sở dữ liệu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no source given</source>
        <translation>không ghi nguồn</translation>
    </message>
</context>
<context>
    <name>par::ui::ReportDialog</name>
    <message>
        <location filename="../ui/ReportDialog.cpp" line="+44"/>
        <source>Summary and the parts of the total</source>
        <translation>Kết quả chung và các thành phần của tổng điểm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trend over the years</source>
        <translation>Diễn biến qua các năm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fields as percent of their maximum</source>
        <translation>Kết quả theo lĩnh vực (tỷ lệ so với điểm tối đa)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Citizen satisfaction (SIPAS)</source>
        <translation>Mức độ hài lòng của người dân, tổ chức (SIPAS)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where points were lost, with lead units</source>
        <translation>Những tiêu chí bị mất điểm, kèm đơn vị chủ trì</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rankings of departments and districts</source>
        <translation>Xếp hạng các sở, ban, ngành và UBND cấp huyện</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annexes (long rankings)</source>
        <translation>Phụ lục (các bảng xếp hạng dài)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Meeting report</source>
        <translation>Báo cáo phục vụ cuộc họp</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Index:</source>
        <translation>Chỉ số:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Year:</source>
        <translation>Năm:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The province</source>
        <translation>Tỉnh</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One unit</source>
        <translation>Một đơn vị</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A cohort</source>
        <translation>Một nhóm</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Report on:</source>
        <translation>&amp;Báo cáo về:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Unit:</source>
        <translation>Đơn &amp;vị:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every cohort</source>
        <translation>Tất cả các nhóm</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Co&amp;hort:</source>
        <translation>Nhó&amp;m:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Language:</source>
        <translation>&amp;Ngôn ngữ:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sections</source>
        <translation>Các phần</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Pre&amp;view...</source>
        <translation>&amp;Xem trước...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Print...</source>
        <translation>&amp;In...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export PDF...</source>
        <translation>Xuất &amp;PDF...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as &amp;ODT...</source>
        <translation>Lưu dạng &amp;ODT...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Title and signature...</source>
        <translation>Đầu văn bản và &amp;chữ ký...</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Preparing the report...</source>
        <translation>Đang chuẩn bị báo cáo...</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stop</source>
        <translation>Dừng</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%n page(s).</source>
        <translation>
            <numerusform>%n trang.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stopped.</source>
        <translation>Đã dừng.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Report preview</source>
        <translation>Xem trước báo cáo</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Print the report</source>
        <translation>In báo cáo</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>Wrote %1 (%n page(s)).</source>
        <translation>
            <numerusform>Đã ghi %1 (%n trang).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Wrote %1 (editable text).</source>
        <translation>Đã ghi %1 (văn bản sửa được).</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+8"/>
        <source>Save the report as ODT</source>
        <translation>Lưu báo cáo dạng ODT</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>ODF text documents (*.odt)</source>
        <translation>Văn bản ODF (*.odt)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>cohorts</source>
        <translation>cac-nhom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>province</source>
        <translation>tinh</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+8"/>
        <source>Export the report as PDF</source>
        <translation>Xuất báo cáo ra tệp PDF</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Tài liệu PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export</source>
        <translation>Xuất</translation>
    </message>
    <message>
        <location line="-23"/>
        <location line="+24"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location line="-20"/>
        <location line="+24"/>
        <source>Choose another folder and try again.</source>
        <translation>Hãy chọn thư mục khác rồi thử lại.</translation>
    </message>
</context>
<context>
    <name>par::ui::ReportOdt</name>
    <message>
        <location filename="../ui/report/ReportOdt.cpp" line="+329"/>
        <source>cannot write %1: %2</source>
        <translation>không ghi được %1: %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>cannot write %1: not a readable package</source>
        <translation>không thể ghi %1: không phải gói tài liệu đọc được</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>cannot write %1: the page layout could not be added</source>
        <translation>không thể ghi %1: không thêm được bố cục trang</translation>
    </message>
</context>
<context>
    <name>par::ui::ReportPainter</name>
    <message>
        <location filename="../ui/report/ReportPainter.cpp" line="+938"/>
        <location line="+3"/>
        <source>cannot write %1</source>
        <translation>không ghi được %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the report was not finished</source>
        <translation>báo cáo chưa được hoàn tất</translation>
    </message>
</context>
<context>
    <name>par::ui::ReportSettingsDialog</name>
    <message>
        <location filename="../ui/ReportSettingsDialog.cpp" line="+21"/>
        <source>Title block and signature</source>
        <translation>Phần đầu văn bản và chữ ký</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set once for this database; an empty field takes the report&apos;s default.</source>
        <translation>Đặt một lần cho cơ sở dữ liệu này; ô để trống dùng giá trị mặc định của báo cáo.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Superior body:</source>
        <translation>&amp;Cơ quan cấp trên:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document s&amp;ymbol:</source>
        <translation>&amp;Ký hiệu văn bản:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Place:</source>
        <translation>Đị&amp;a danh:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signs &amp;for:</source>
        <translation>Thẩm &amp;quyền ký:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signer&apos;s &amp;title:</source>
        <translation>Chức &amp;vụ người ký:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signer&apos;s &amp;name:</source>
        <translation>&amp;Họ tên người ký:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>One recipient a line, e.g. &quot;- Như trên;&quot;</source>
        <translation>Mỗi dòng một nơi nhận, ví dụ &quot;- Như trên;&quot;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Recipients (Nơi nhận):</source>
        <translation>&amp;Nơi nhận:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>par::ui::ScoreDelegate</name>
    <message>
        <location filename="../ui/models/ScoreDelegate.cpp" line="+48"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Total</source>
        <translation>Tổng điểm</translation>
    </message>
</context>
<context>
    <name>par::ui::ScoreTreeModel</name>
    <message>
        <location filename="../ui/models/ScoreTreeModel.cpp" line="+220"/>
        <location line="+141"/>
        <source>Total</source>
        <translation>Tổng điểm</translation>
    </message>
    <message>
        <location line="-134"/>
        <source>%1 (parts %2)</source>
        <translation>%1 (thành phần: %2)</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>none</source>
        <translation>không có</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>mean</source>
        <translation>Trung bình</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>sum</source>
        <translation>Tổng</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Criterion</source>
        <translation>Tiêu chí</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Max</source>
        <translation>Tối đa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Self-assessed</source>
        <translation>Tự đánh giá</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Appraised</source>
        <translation>Thẩm định</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Evidence</source>
        <translation>Tài liệu kiểm chứng</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lead unit</source>
        <translation>Đơn vị chủ trì</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="-240"/>
        <source>the total</source>
        <translation>tổng điểm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 &quot;%2&quot;</source>
        <translation>%1 &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+156"/>
        <source>A published value is recorded for this row: %1. Its parts give %2; the recorded value stands over them. To go back to the parts, use &quot;Remove the published value of this row...&quot; in the context menu.</source>
        <translation>Dòng này có giá trị công bố: %1. Các thành phần cho %2; giá trị công bố được dùng thay cho chúng. Muốn dùng lại các thành phần, chọn &quot;Xoá giá trị công bố của dòng này...&quot; trong trình đơn chuột phải.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The %1 of its parts: %2. Computed: type the values of its parts. To record a published value over them, use &quot;Record a published value for this row...&quot; in the context menu.</source>
        <translation>%1 các thành phần: %2. Giá trị tính toán: hãy nhập điểm các thành phần. Muốn ghi một giá trị công bố thay cho chúng, chọn &quot;Ghi giá trị công bố cho dòng này...&quot; trong trình đơn chuột phải.</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>%1 is computed from its parts: type the values of its parts. To record a published value over them, use &quot;Record a published value for this row...&quot; in the context menu.</source>
        <translation>%1 được tính từ các thành phần: hãy nhập điểm các thành phần. Muốn ghi một giá trị công bố thay cho chúng, chọn &quot;Ghi giá trị công bố cho dòng này...&quot; trong trình đơn chuột phải.</translation>
    </message>
</context>
<context>
    <name>par::ui::Session</name>
    <message>
        <location filename="../ui/Session.cpp" line="+178"/>
        <source>No index is selected.</source>
        <translation>Chưa chọn chỉ số.</translation>
    </message>
</context>
<context>
    <name>par::ui::SetupDialogs</name>
    <message>
        <location filename="../ui/setup/SetupDialogs.cpp" line="+38"/>
        <source>none</source>
        <translation>không có</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>New index</source>
        <translation>Thêm chỉ số mới</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For example DDCI</source>
        <translation>Ví dụ DDCI</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>For example Chỉ số năng lực cạnh tranh cấp sở, ngành</source>
        <translation>Ví dụ Chỉ số năng lực cạnh tranh cấp sở, ngành</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>For example Sở, ban, ngành</source>
        <translation>Ví dụ Sở, ban, ngành</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+143"/>
        <location line="+65"/>
        <source>&amp;Code:</source>
        <translation>&amp;Mã:</translation>
    </message>
    <message>
        <location line="-207"/>
        <location line="+206"/>
        <location line="+30"/>
        <source>&amp;Name:</source>
        <translation>&amp;Tên:</translation>
    </message>
    <message>
        <location line="-234"/>
        <source>&amp;First year:</source>
        <translation>Năm đầ&amp;u tiên:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First c&amp;ohort:</source>
        <translation>Nhóm xế&amp;p hạng đầu tiên:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The index starts with an empty criteria tree for its first year: add criteria, or import a framework file. The cohort is the group of units ranked together; without a name it is named after the code.</source>
        <translation>Năm đầu tiên của chỉ số bắt đầu với cây tiêu chí trống: hãy thêm tiêu chí, hoặc nhập tệp khung tiêu chí. Nhóm xếp hạng là nhóm các đơn vị được xếp hạng cùng nhau; nếu không đặt tên, nhóm sẽ được đặt theo mã chỉ số.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Create index</source>
        <translation>Tạo chỉ số</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>New year for %1</source>
        <translation>Thêm năm cho %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Start with an &amp;empty framework</source>
        <translation>Bắt đầu với khung tiêu chí &amp;trống</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+52"/>
        <source>&amp;Year:</source>
        <translation>Nă&amp;m:</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>Criteria:</source>
        <translation>Tiêu chí:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Copy last year&apos;s framework (there is no earlier year)</source>
        <translation>&amp;Sao chép khung tiêu chí năm trước (chưa có năm trước)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Create year</source>
        <translation>Tạo năm</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 already has a framework for %2.</source>
        <translation>%1 đã có khung tiêu chí năm %2.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Import a framework into %1</source>
        <translation>Nhập khung tiêu chí vào %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A CSV file: code, title, max_points [, parent, aggregation, lead_unit]</source>
        <translation>Tệp CSV: code, title, max_points [, parent, aggregation, lead_unit]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Browse...</source>
        <translation>&amp;Chọn...</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;File:</source>
        <translation>&amp;Tệp:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file replaces the criteria of the %1 framework; this is refused once that year has scores. Its bands are kept.</source>
        <translation>Tệp sẽ thay thế các tiêu chí của khung tiêu chí năm %1; không thực hiện được nếu năm đó đã có điểm. Các mức xếp loại được giữ nguyên.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file becomes the %1 framework, with the bands of the year before.</source>
        <translation>Tệp sẽ trở thành khung tiêu chí năm %1, dùng các mức xếp loại của năm trước.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose a framework file</source>
        <translation>Chọn tệp khung tiêu chí</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Tệp CSV (*.csv *.txt);;Tất cả các tệp (*)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose</source>
        <translation>Chọn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Import</source>
        <translation>Nhập</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose the file to import.</source>
        <translation>Hãy chọn tệp cần nhập.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing was imported: %1</source>
        <translation>Chưa nhập được dữ liệu nào: %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>For example 2,5</source>
        <translation>Ví dụ 2,5</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Title:</source>
        <translation>&amp;Tên tiêu chí:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Maximum points:</source>
        <translation>Điểm tối đ&amp;a:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Lead unit:</source>
        <translation>Cơ quan c&amp;hủ trì:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add criterion</source>
        <translation>Thêm tiêu chí</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Maximum points: %1</source>
        <translation>Điểm tối đa: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>New band</source>
        <translation>Thêm mức xếp loại</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For example 85</source>
        <translation>Ví dụ 85</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For example Tốt</source>
        <translation>Ví dụ Tốt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;From (percent of the maximum):</source>
        <translation>&amp;Từ (phần trăm điểm tối đa):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Band:</source>
        <translation>&amp;Mức xếp loại:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A unit takes the highest band whose minimum it reaches.</source>
        <translation>Đơn vị được xếp vào mức cao nhất mà đơn vị đạt ngưỡng tối thiểu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add band</source>
        <translation>Thêm mức xếp loại</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>From: %1</source>
        <translation>Từ: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>New unit</source>
        <translation>Thêm đơn vị</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Optional, unique: for example SNV</source>
        <translation>Không bắt buộc, không trùng lặp: ví dụ SNV</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Loại:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exists &amp;from:</source>
        <translation>Hoạt động từ &amp;năm:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exists &amp;until:</source>
        <translation>Hoạt động đến &amp;hết năm:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add unit</source>
        <translation>Thêm đơn vị</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>New cohort of %1</source>
        <translation>Thêm nhóm xếp hạng của %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For example UBND huyện, thành phố</source>
        <translation>Ví dụ UBND huyện, thành phố</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any kind</source>
        <translation>Mọi loại</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Units of kind:</source>
        <translation>Đơn vị thuộc &amp;loại:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A cohort is a group of units ranked against each other, such as the departments or the districts.</source>
        <translation>Nhóm xếp hạng là nhóm các đơn vị được xếp hạng với nhau, ví dụ các sở, ban, ngành hoặc các huyện.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create cohort</source>
        <translation>Tạo nhóm xếp hạng</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Add units to %1 (%2)</source>
        <translation>Thêm đơn vị vào %1 (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter by name or code</source>
        <translation>Lọc theo tên hoặc mã</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Every unit that exists in %1 is already in this cohort.</source>
        <translation>Mọi đơn vị tồn tại trong năm %1 đều đã có trong nhóm này.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tick the units to rank in this cohort for %1.</source>
        <translation>Đánh dấu các đơn vị được xếp hạng trong nhóm này năm %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add units</source>
        <translation>Thêm đơn vị</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Tick at least one unit.</source>
        <translation>Hãy đánh dấu ít nhất một đơn vị.</translation>
    </message>
    <message>
        <location line="-328"/>
        <source>Sum of the parts (points)</source>
        <translation>Tổng các thành phần (điểm)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mean of the parts (percentages)</source>
        <translation>Trung bình các thành phần (tỷ lệ phần trăm)</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+144"/>
        <source>&amp;Aggregation:</source>
        <translation>&amp;Cách tổng hợp:</translation>
    </message>
    <message>
        <location line="-106"/>
        <source>&amp;Copy last year&apos;s framework (%1)</source>
        <translation>&amp;Sao chép khung tiêu chí năm trước (%1)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A copy takes last year&apos;s criteria, maxima, lead units and bands; change it to follow the new year&apos;s decision. Last year&apos;s scores stay with last year&apos;s framework.</source>
        <translation>Bản sao gồm các tiêu chí, điểm tối đa, đơn vị chủ trì và mức xếp loại của năm trước; hãy chỉnh sửa theo quyết định của năm mới. Điểm của năm trước vẫn gắn với khung tiêu chí năm trước.</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>Where the maximum of the parent is the sum of its parts, it grows with the new criterion. The aggregation matters once the criterion has parts of its own.</source>
        <translation>Nếu điểm tối đa của tiêu chí cha bằng tổng các thành phần, điểm tối đa đó sẽ tăng theo tiêu chí mới. Cách tổng hợp chỉ có tác dụng khi tiêu chí này có thành phần riêng.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Give the maximum points of the criterion.</source>
        <translation>Hãy nhập điểm tối đa của tiêu chí.</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>Show units of &amp;every kind</source>
        <translation>Hiện đơn vị thuộc &amp;mọi loại</translation>
    </message>
</context>
<context>
    <name>par::ui::SetupPage</name>
    <message>
        <location filename="../ui/pages/SetupPage.cpp" line="+95"/>
        <source>Setup</source>
        <translation>Thiết lập</translation>
    </message>
    <message>
        <location line="-73"/>
        <source>New &amp;index...</source>
        <translation>Thêm &amp;chỉ số...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New y&amp;ear...</source>
        <translation>Thêm năm mớ&amp;i...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I&amp;mport framework...</source>
        <translation>Nhập &amp;khung tiêu chí...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove year...</source>
        <translation>Xóa năm...</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>In&amp;dex:</source>
        <translation>C&amp;hỉ số:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Year:</source>
        <translation>Nă&amp;m:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Create an index with its first year</source>
        <translation>Tạo chỉ số cùng năm đầu tiên</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a year to this index, copying last year&apos;s framework or starting empty</source>
        <translation>Thêm một năm cho chỉ số này, sao chép khung tiêu chí năm trước hoặc bắt đầu từ khung trống</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read a year&apos;s criteria from a CSV file (code, title, max_points, parent, aggregation, lead_unit)</source>
        <translation>Đọc các tiêu chí của một năm từ tệp CSV (code, title, max_points, parent, aggregation, lead_unit)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove this year&apos;s framework; only possible while it has no scores</source>
        <translation>Xóa khung tiêu chí của năm này; chỉ thực hiện được khi chưa có điểm</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Criteria and bands</source>
        <translation>Tiê&amp;u chí và mức xếp loại</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Units and cohorts</source>
        <translation>Đơn &amp;vị và nhóm xếp hạng</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Only the secretariat changes the setup (your account: %1).</source>
        <translation>Chỉ tổ thư ký được thay đổi phần thiết lập (tài khoản của bạn: %1).</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Index %1 created: add its criteria, or import a framework file.</source>
        <translation>Đã tạo chỉ số %1: hãy thêm tiêu chí, hoặc nhập tệp khung tiêu chí.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The %1 framework of %2 is ready.</source>
        <translation>Khung tiêu chí năm %1 của %2 đã sẵn sàng.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Framework imported</source>
        <translation>Đã nhập khung tiêu chí</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The framework was imported, with these remarks:</source>
        <translation>Đã nhập khung tiêu chí, kèm các lưu ý sau:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The %1 framework of %2 was imported.</source>
        <translation>Đã nhập khung tiêu chí năm %1 của %2.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Remove year</source>
        <translation>Xóa năm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the %1 framework of %2, with its criteria and bands?</source>
        <translation>Xóa khung tiêu chí năm %1 của %2, cùng các tiêu chí và mức xếp loại?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot remove the year</source>
        <translation>Không thể xóa năm</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The %1 framework of %2 was removed.</source>
        <translation>Đã xóa khung tiêu chí năm %1 của %2.</translation>
    </message>
</context>
<context>
    <name>par::ui::SignInDialog</name>
    <message>
        <location filename="../ui/server/SignInDialog.cpp" line="+12"/>
        <source>Sign in to %1</source>
        <translation>Đăng nhập vào %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Database:</source>
        <translation>Cơ sở dữ liệu:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User name:</source>
        <translation>&amp;Tên người dùng:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pass&amp;word:</source>
        <translation>&amp;Mật khẩu:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Sign in</source>
        <translation>Đă&amp;ng nhập</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Wrong user name or password. Try again, or ask the server&apos;s administrator.</source>
        <translation>Sai tên người dùng hoặc mật khẩu. Hãy thử lại, hoặc hỏi người quản trị máy chủ.</translation>
    </message>
</context>
<context>
    <name>par::ui::TrendsPage</name>
    <message>
        <location filename="../ui/pages/TrendsPage.cpp" line="+55"/>
        <source>C&amp;riterion:</source>
        <translation>Tiê&amp;u chí:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Units to compare:</source>
        <translation>Đơn vị s&amp;o sánh:</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Trends</source>
        <translation>Xu hướng</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+106"/>
        <source>Total</source>
        <translation>Tổng điểm</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>%1 (vs %2)</source>
        <translation>%1 (so với %2)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose an index in the bar above.</source>
        <translation>Hãy chọn chỉ số trên thanh phía trên.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+97"/>
        <source>%1 (predecessor)</source>
        <translation>%1 (đơn vị tiền thân)</translation>
    </message>
    <message>
        <location line="-76"/>
        <location line="+61"/>
        <source>Points</source>
        <translation>Điểm</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>Rank (1 at the top)</source>
        <translation>Hạng (1 là cao nhất)</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+55"/>
        <source>Rank</source>
        <translation>Hạng</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>Dashed lines and rows marked &quot;(predecessor)&quot; are the results of the units a unit was formed from, before it existed: each is that unit&apos;s own, none is added to another.</source>
        <translation>Các đường nét đứt và các dòng ghi &quot;(đơn vị tiền thân)&quot; là kết quả của các đơn vị hình thành nên một đơn vị, trước khi đơn vị đó ra đời: mỗi kết quả là của riêng đơn vị đó, không cộng gộp vào đơn vị khác.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Year</source>
        <translation>Năm</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change</source>
        <translation>Tăng, giảm</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>A predecessor of %1: its own result in %2, before the event that formed %1.</source>
        <translation>Đơn vị tiền thân của %1: kết quả riêng của đơn vị này năm %2, trước khi hình thành %1.</translation>
    </message>
    <message>
        <location line="-99"/>
        <source>%1 %2: %3</source>
        <translation>%1 %2: %3</translation>
    </message>
</context>
<context>
    <name>par::ui::UnitsModel</name>
    <message>
        <location filename="../ui/setup/UnitsModel.cpp" line="+18"/>
        <source>Province</source>
        <translation>Tỉnh</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Department</source>
        <translation>Sở, ban, ngành</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>District</source>
        <translation>Huyện</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Commune</source>
        <translation>Xã</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other</source>
        <translation>Khác</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Renamed from %1 (%2)</source>
        <translation>Đổi tên từ %1 (%2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>→ %1 (%2)</source>
        <translation>→ %1 (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>← %1 (%2)</source>
        <translation>← %1 (%2)</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From</source>
        <translation>Từ năm</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Until</source>
        <translation>Đến năm</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mergers, splits, renames</source>
        <translation>Hợp nhất, chia tách, đổi tên</translation>
    </message>
</context>
<context>
    <name>par::ui::UnitsTab</name>
    <message>
        <location filename="../ui/setup/UnitsTab.cpp" line="+66"/>
        <source>Units</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter by name, code or kind</source>
        <translation>Lọc theo tên, mã hoặc loại</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <location line="+153"/>
        <source>%n unit(s) shown</source>
        <translation>
            <numerusform>Đang hiển thị %n đơn vị</numerusform>
        </translation>
    </message>
    <message>
        <location line="-149"/>
        <source>New unit...</source>
        <translation>Thêm đơn vị...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a province, department, district or commune</source>
        <translation>Thêm tỉnh, sở, ban, ngành, huyện hoặc xã</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>C&amp;ohort:</source>
        <translation>Nhóm xế&amp;p hạng:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New cohort...</source>
        <translation>Thêm nhóm xếp hạng...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create a group of units ranked together</source>
        <translation>Tạo một nhóm các đơn vị được xếp hạng cùng nhau</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add units...</source>
        <translation>Thêm đơn vị...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add units to this cohort for the year</source>
        <translation>Thêm đơn vị vào nhóm này cho năm đang chọn</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+280"/>
        <source>Remove from cohort</source>
        <translation>Đưa ra khỏi nhóm</translation>
    </message>
    <message>
        <location line="-278"/>
        <source>Take the selected unit out of this cohort for the year</source>
        <translation>Đưa đơn vị đang chọn ra khỏi nhóm này trong năm đang chọn</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Cohorts of %1 in %2</source>
        <translation>Nhóm xếp hạng của %1 năm %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cohorts of %1</source>
        <translation>Nhóm xếp hạng của %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cohorts</source>
        <translation>Nhóm xếp hạng</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 (default)</source>
        <translation>%1 (mặc định)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 has no cohort yet.</source>
        <translation>%1 chưa có nhóm xếp hạng nào.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n unit(s) ranked in this cohort in %1</source>
        <translation>
            <numerusform>%n đơn vị được xếp hạng trong nhóm này năm %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+47"/>
        <source>%1 added.</source>
        <translation>Đã thêm %1.</translation>
    </message>
    <message>
        <location line="-234"/>
        <source>Merge units...</source>
        <translation>Hợp nhất đơn vị...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record that several units became one from a year, with its legal basis</source>
        <translation>Ghi nhận việc nhiều đơn vị hợp nhất thành một đơn vị từ một năm, kèm căn cứ pháp lý</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Split unit...</source>
        <translation>Chia tách đơn vị...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record that the selected unit became several from a year, with its legal basis</source>
        <translation>Ghi nhận việc đơn vị đang chọn được chia tách thành nhiều đơn vị từ một năm, kèm căn cứ pháp lý</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rename from a year...</source>
        <translation>Đổi tên từ một năm...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record the selected unit&apos;s new name from a year; its results stay one line</source>
        <translation>Ghi nhận tên mới của đơn vị đang chọn từ một năm; kết quả của đơn vị vẫn là một dòng liền mạch</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Double-click a cell to change it. Record mergers, splits and renames with the buttons above: a merged unit keeps its history up to its last year.</source>
        <translation>Nhấp đúp vào một ô để sửa. Ghi nhận hợp nhất, chia tách và đổi tên bằng các nút phía trên: đơn vị đã hợp nhất giữ nguyên lịch sử đến năm cuối cùng của mình.</translation>
    </message>
    <message>
        <location line="+203"/>
        <source>Merger of %1 recorded.</source>
        <translation>Đã ghi nhận việc hợp nhất năm %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Split of %1 recorded.</source>
        <translation>Đã ghi nhận việc chia tách năm %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rename of %1 recorded.</source>
        <translation>Đã ghi nhận việc đổi tên năm %1.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Cannot change %1</source>
        <translation>Không thể sửa %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 saved.</source>
        <translation>%1: đã lưu.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cohort %1 created.</source>
        <translation>Đã tạo nhóm xếp hạng %1.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Cannot add the units</source>
        <translation>Không thể thêm đơn vị</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n unit(s) added to %1.</source>
        <translation>
            <numerusform>Đã thêm %n đơn vị vào %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Take %1 out of &quot;%2&quot; for %3?</source>
        <translation>Đưa %1 ra khỏi nhóm &quot;%2&quot; năm %3?</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>It has %n score(s) for %1; they stay recorded, but the unit is no longer ranked in this cohort.</source>
        <translation>
            <numerusform>Đơn vị đã có %n điểm năm %1; các điểm này vẫn được lưu, nhưng đơn vị không còn được xếp hạng trong nhóm này.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot remove the unit from the cohort</source>
        <translation>Không thể đưa đơn vị ra khỏi nhóm</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 removed from %2.</source>
        <translation>Đã đưa %1 ra khỏi %2.</translation>
    </message>
</context>
<context>
    <name>par::ui::WelcomePage</name>
    <message>
        <location filename="../ui/welcome/WelcomePage.cpp" line="+34"/>
        <source>Recent databases</source>
        <translation>Cơ sở dữ liệu mở gần đây</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Welcome to parindex</source>
        <translation>Chào mừng đến với parindex</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>parindex keeps your province&apos;s administrative reform results: the national indexes (PAR INDEX, SIPAS, PAPI) and the province&apos;s own scoring of its departments, districts and communes, from the year&apos;s criteria to the committee&apos;s meeting report. How would you like to start?</source>
        <translation>parindex lưu kết quả cải cách hành chính của tỉnh: các chỉ số quốc gia (PAR INDEX, SIPAS, PAPI) và việc tỉnh chấm điểm các sở, ban, ngành, huyện và xã, từ bộ tiêu chí của năm đến báo cáo họp Ban Chỉ đạo. Bạn muốn bắt đầu thế nào?</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Open the demo</source>
        <translation>Mở cơ sở dữ liệu minh họa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bắc Kạn&apos;s PAR INDEX 2017–2018 and SIPAS 2018 as published, with an illustrative index of its departments and districts: a safe place to try everything.</source>
        <translation>PAR INDEX 2017–2018 và SIPAS 2018 của tỉnh Bắc Kạn theo số liệu công bố, cùng bộ chỉ số minh họa của các sở, ngành và huyện: nơi an toàn để thử mọi chức năng.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Create a database for my province</source>
        <translation>Tạo cơ sở dữ liệu cho tỉnh của tôi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A short wizard: the province&apos;s name, its units pasted from a list, the cohorts they are ranked in and the indexes you track.</source>
        <translation>Vài bước ngắn: tên tỉnh, các đơn vị dán từ danh sách, các nhóm xếp hạng và các chỉ số cần theo dõi.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open an existing file...</source>
        <translation>Mở tệp có sẵn...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A parindex database (.db) made on this computer or copied from another one.</source>
        <translation>Một cơ sở dữ liệu parindex (.db) tạo trên máy này hoặc chép từ máy khác.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>...or a database on a &amp;server</source>
        <translation>...hoặc một cơ sở dữ liệu trên &amp;máy chủ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Connect to the province&apos;s PostgreSQL server (File &gt; Connect to server...)</source>
        <translation>Kết nối tới máy chủ PostgreSQL của tỉnh (Tệp &gt; Kết nối tới máy chủ...)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Double-click or press Enter to open</source>
        <translation>Nháy đúp hoặc nhấn Enter để mở</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Help &gt; Manual (F1) walks through the yearly cycle step by step.</source>
        <translation>Trợ giúp &gt; Hướng dẫn sử dụng (F1) trình bày từng bước của chu trình hằng năm.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>server</source>
        <translation>máy chủ</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The database opened last time, %1, is no longer there: it may have been moved, renamed or deleted. Open it where it is now, or start below.</source>
        <translation>Không còn thấy cơ sở dữ liệu mở lần trước, %1: có thể tệp đã bị chuyển đi, đổi tên hoặc xoá. Hãy mở tệp ở vị trí mới, hoặc bắt đầu bằng một lựa chọn dưới đây.</translation>
    </message>
</context>
<context>
    <name>par::ui::YearDelegate</name>
    <message>
        <location filename="../ui/setup/YearDelegate.cpp" line="+16"/>
        <source>none</source>
        <translation>không có</translation>
    </message>
</context>
<context>
    <name>par::ui::YearGlancePanel</name>
    <message>
        <location filename="../ui/welcome/YearGlancePanel.cpp" line="+27"/>
        <source>%1 and %2 more</source>
        <translation>%1 và %2 đơn vị khác</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Cohort</source>
        <translation>Nhóm xếp hạng</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Criteria</source>
        <translation>Tiêu chí</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Self-assessed</source>
        <translation>Tự đánh giá</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Appraised</source>
        <translation>Thẩm định</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missing</source>
        <translation>Còn thiếu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Results</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Next step</source>
        <translation>Bước tiếp theo</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Set up the year&apos;s criteria</source>
        <translation>Thiết lập tiêu chí năm</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add the cohort&apos;s units</source>
        <translation>Thêm đơn vị vào nhóm</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import scores</source>
        <translation>Nhập điểm từ tệp</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Appraise</source>
        <translation>Thẩm định</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Finalise</source>
        <translation>Chốt kết quả</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Meeting report</source>
        <translation>Báo cáo cuộc họp</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The year at a glance</source>
        <translation>Tình hình năm</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The year at a glance: %1 %2</source>
        <translation>Tình hình năm: %1 %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The year at a glance: %1</source>
        <translation>Tình hình năm: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 has no cohort yet: add one on the Setup page.</source>
        <translation>%1 chưa có nhóm xếp hạng: hãy thêm ở trang Thiết lập.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 has no year yet: set up the criteria of the first year.</source>
        <translation>%1 chưa có năm nào: hãy thiết lập tiêu chí của năm đầu tiên.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your account (%1) counts what it may read: its own unit&apos;s scores, and the final results of finalised years.</source>
        <translation>Tài khoản của bạn (%1) chỉ đếm những gì được phép xem: điểm của chính đơn vị mình và kết quả chính thức của các năm đã chốt.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>not set up</source>
        <translation>chưa thiết lập</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No criteria for %1 yet.</source>
        <translation>Chưa có tiêu chí năm %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (+%1 partly)</source>
        <translation> (+%1 chưa đủ)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> (%1 in the pool)</source>
        <translation> (nhóm có %1 đơn vị)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Partly scored: %1</source>
        <translation>Chấm chưa đủ: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No score yet: %1</source>
        <translation>Chưa có điểm: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 (partly)</source>
        <translation>%1 (chưa đủ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none</source>
        <translation>không</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>final</source>
        <translation>đã chốt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>open</source>
        <translation>chưa chốt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed: a change needs reopening with a reason.</source>
        <translation>Đã chốt: muốn sửa phải mở lại và nêu lý do.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Your account (%1) may not take this step.</source>
        <translation>Tài khoản của bạn (%1) không được thực hiện bước này.</translation>
    </message>
</context>
</TS>
