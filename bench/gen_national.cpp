// parindex_gen_national: writes a national-scale data set for the import and ranking benchmark.
//
//   parindex_gen_national [--units N] [--criteria N] [--fields N] [--seed N] [--year Y] [--out DIR]
//
// Writes into DIR (default: the current folder):
//   framework.csv    code,title,max_points,parent,aggregation,lead_unit: FIELDS parents ("1", "2", ...) with about
//                    CRITERIA/FIELDS leaves each ("1.1", "1.2", ...); leaf maxima are multiples of 0.25 (finer when
//                    there are very many leaves) and add up to exactly 100; each parent's maximum is its children's
//                    sum.
//   scores.csv       the wide score file `parindex scores import` reads: "Đơn vị,<leaf codes>", one row per commune,
//                    values on leaves only (so every parent is aggregated), up to 4 decimals, each <= its maximum.
//                    Unit names are unique Vietnamese commune names with diacritics (NFC). A few rows are exact ties:
//                    some copy the previous row, others move 0.01 between two leaves of the previous row.
//   scores_long.csv  the same values in long form, unit,code,value_micro (integer millionths), for the sqlite3
//   baseline; with --year Y: year,unit,code,value_micro.
//
// --year Y (the bench's multi-year form) keeps the framework and the unit names of the seed and draws the values of
// year Y from a stream of their own, so that several years hold the same communes with different scores.
//
// Plain C++ (no Qt): the output depends only on the arguments, never on the platform's random library.

#include <algorithm>
#include <cerrno>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <string>
#include <vector>

namespace {

constexpr std::int64_t One = 1000000; // millionths per point

// SplitMix64: tiny, fast and identical everywhere.
struct Rng
{
    std::uint64_t state;
    std::uint64_t next()
    {
        std::uint64_t z = (state += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }
    // Uniform in [0, n).
    std::uint64_t below(std::uint64_t n) { return n ? next() % n : 0; }
    // Uniform in [lo, hi].
    std::int64_t between(std::int64_t lo, std::int64_t hi)
    {
        return lo + std::int64_t(below(std::uint64_t(hi - lo + 1)));
    }
};

std::string decimal(std::int64_t micro)
{
    char buf[64];
    std::snprintf(buf, sizeof buf, "%lld.%06lld", static_cast<long long>(micro / One),
                  static_cast<long long>(micro % One));
    std::string s = buf;
    while (s.back() == '0')
        s.pop_back();
    if (s.back() == '.')
        s.pop_back();
    return s;
}

std::string csvField(const std::string& text)
{
    if (text.find_first_of(",\"\r\n") == std::string::npos)
        return text;
    std::string out = "\"";
    for (char c : text) {
        if (c == '"')
            out += '"';
        out += c;
    }
    return out + '"';
}

const char* const LeadUnits[] = {
    "Sở Nội vụ",
    "Văn phòng UBND tỉnh",
    "Sở Tư pháp",
    "Sở Tài chính",
    "Sở Kế hoạch và Đầu tư",
    "Sở Thông tin và Truyền thông",
    "Sở Khoa học và Công nghệ",
    "Sở Tài nguyên và Môi trường",
    "Sở Lao động - Thương binh và Xã hội",
    "Ban Dân tộc",
};

const char* const FieldTitles[] = {
    "Công tác chỉ đạo, điều hành cải cách hành chính",
    "Xây dựng và tổ chức thực hiện văn bản quy phạm pháp luật",
    "Cải cách thủ tục hành chính",
    "Cải cách tổ chức bộ máy hành chính",
    "Xây dựng và nâng cao chất lượng đội ngũ cán bộ, công chức",
    "Cải cách tài chính công",
    "Xây dựng và phát triển Chính quyền điện tử, Chính quyền số",
    "Sự hài lòng của người dân, tổ chức",
    "Tác động của cải cách hành chính đến phát triển kinh tế - xã hội",
    "Đánh giá của đại biểu Hội đồng nhân dân cấp xã",
};

const char* const LeafTitles[] = {
    "Kế hoạch cải cách hành chính năm",     "Báo cáo định kỳ đúng hạn",     "Kiểm tra công tác cải cách hành chính",
    "Công tác thông tin, tuyên truyền",     "Sáng kiến, giải pháp mới",     "Thực hiện nhiệm vụ được giao",
    "Tiếp nhận, xử lý phản ánh, kiến nghị", "Công khai thủ tục hành chính", "Giải quyết hồ sơ đúng hạn",
    "Ứng dụng công nghệ thông tin",         "Đánh giá, xếp loại công chức", "Quản lý ngân sách, tài sản công",
};

const char* const CommuneNames[] = {
    "Tân Lập",    "Hòa Bình",  "Quang Trung", "Đồng Tâm",    "Phú Thịnh", "Yên Sơn",     "Thạch Hà", "Đức Phổ",
    "Vĩnh Khánh", "Nghĩa Đàn", "Hưng Đạo",    "Tiên Phước",  "Ân Thi",    "Ea Kar",      "Bắc Sơn",  "Cẩm Xuyên",
    "Điện Biên",  "Gia Lộc",   "Hải Châu",    "Kim Bôi",     "Lạc Dương", "Mỹ Đức",      "Nà Phặc",  "Ông Ích Khiêm",
    "Phước Sơn",  "Quỳnh Lưu", "Sơn Động",    "Thủy Nguyên", "Ứng Hòa",   "Xuân Trường", "Ỷ La",     "Chợ Mới",
};

const char* const Districts[] = {
    "huyện Định Hóa", "huyện Ba Bể",     "thị xã Sơn Tây",  "quận Ba Đình",    "huyện Côn Đảo", "thành phố Huế",
    "huyện Mường Tè", "huyện Đắk Glong", "thị xã Buôn Hồ",  "huyện Ứng Hòa",   "huyện Quản Bạ", "thành phố Cà Mau",
    "huyện Ý Yên",    "huyện Ô Môn",     "huyện Hoằng Hóa", "thị xã Điện Bàn",
};

struct Criterion
{
    std::string code;
    std::string title;
    std::int64_t maxMicro = 0;
    std::string parent;
    std::string leadUnit;
    bool leaf = false;
};

[[noreturn]] void usage(const char* message)
{
    if (message)
        std::cerr << "parindex_gen_national: " << message << '\n';
    std::cerr
        << "usage: parindex_gen_national [--units N] [--criteria N] [--fields N] [--seed N] [--year Y] "
           "[--out DIR]\n"
           "  --units N     communes (default 3321)\n"
           "  --criteria N  leaf criteria (default 100)\n"
           "  --fields N    parent criteria the leaves are grouped under (default 10)\n"
           "  --seed N      random seed (default 20240101)\n"
           "  --year Y      the values of year Y (same framework and units), with a year column in the long form\n"
           "  --out DIR     output folder, created if missing (default .)\n";
    std::exit(message ? 1 : 0);
}

long long number(const char* text, const char* option, long long min, long long max)
{
    errno = 0;
    char* end = nullptr;
    const long long v = std::strtoll(text, &end, 10);
    if (errno || !end || *end || end == text || v < min || v > max) {
        std::string m
            = std::string(option) + " needs a whole number from " + std::to_string(min) + " to " + std::to_string(max);
        usage(m.c_str());
    }
    return v;
}

bool writeFile(const std::filesystem::path& path, const std::string& content)
{
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out.write(content.data(), std::streamsize(content.size()));
    out.close();
    if (!out) {
        std::cerr << "parindex_gen_national: cannot write " << path.string() << '\n';
        return false;
    }
    return true;
}

} // namespace

int main(int argc, char** argv)
{
    long long units = 3321;
    long long leaves = 100;
    long long fields = 10;
    unsigned long long seed = 20240101;
    long long year = 0;
    std::filesystem::path outDir = ".";
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        if (arg == "-h" || arg == "--help")
            usage(nullptr);
        if (arg != "--units" && arg != "--criteria" && arg != "--fields" && arg != "--seed" && arg != "--year"
            && arg != "--out")
            usage(("unknown option " + arg).c_str());
        if (i + 1 >= argc)
            usage((arg + " needs a value").c_str());
        const char* value = argv[++i];
        if (arg == "--units")
            units = number(value, "--units", 1, 1000000);
        else if (arg == "--criteria")
            leaves = number(value, "--criteria", 1, 100000);
        else if (arg == "--fields")
            fields = number(value, "--fields", 1, 1000);
        else if (arg == "--seed")
            seed = static_cast<unsigned long long>(number(value, "--seed", 0, 9223372036854775807LL));
        else if (arg == "--year")
            year = number(value, "--year", 1900, 2200);
        else
            outDir = value;
    }
    if (fields > leaves)
        fields = leaves;
    std::error_code ec;
    std::filesystem::create_directories(outDir, ec);
    if (ec) {
        std::cerr << "parindex_gen_national: cannot create " << outDir.string() << ": " << ec.message() << '\n';
        return 1;
    }
    Rng rng {seed};

    // ---- Framework: maxima in steps that split 100 points between the leaves, every leaf at least one step. ----
    const std::int64_t step = leaves <= 200 ? One / 4 : leaves <= 5000 ? One / 100 : One / 10000;
    const std::int64_t steps = 100 * One / step;
    std::vector<std::int64_t> weight(static_cast<std::size_t>(leaves));
    std::int64_t weightSum = 0;
    for (auto& w : weight) {
        w = rng.between(1, 7);
        weightSum += w;
    }
    std::vector<std::int64_t> leafSteps(static_cast<std::size_t>(leaves));
    std::int64_t given = 0;
    for (std::size_t i = 0; i < leafSteps.size(); ++i) {
        leafSteps[i] = std::max<std::int64_t>(1, weight[i] * steps / weightSum);
        given += leafSteps[i];
    }
    for (std::size_t i = 0; given != steps; i = (i + 1) % leafSteps.size()) {
        if (given < steps) {
            ++leafSteps[i];
            ++given;
        } else if (leafSteps[i] > 1) {
            --leafSteps[i];
            --given;
        }
    }

    std::vector<Criterion> criteria;
    std::vector<std::size_t> leafIndex; // positions in criteria of the leaves, in column order
    std::size_t nextLeaf = 0;
    for (long long f = 0; f < fields; ++f) {
        const long long count = leaves / fields + (f < leaves % fields ? 1 : 0);
        Criterion parent;
        parent.code = std::to_string(f + 1);
        parent.title = FieldTitles[f % std::size(FieldTitles)];
        if (f >= static_cast<long long>(std::size(FieldTitles)))
            parent.title += " (" + std::to_string(f + 1) + ")";
        parent.leadUnit = LeadUnits[f % std::size(LeadUnits)];
        const std::size_t parentAt = criteria.size();
        criteria.push_back(parent);
        for (long long j = 0; j < count; ++j) {
            Criterion c;
            c.code = parent.code + "." + std::to_string(j + 1);
            c.title = LeafTitles[std::size_t(j) % std::size(LeafTitles)];
            if (j >= static_cast<long long>(std::size(LeafTitles)))
                c.title += " " + std::to_string(j + 1);
            c.maxMicro = leafSteps[nextLeaf++] * step;
            c.parent = parent.code;
            c.leadUnit = LeadUnits[std::size_t(rng.below(std::size(LeadUnits)))];
            c.leaf = true;
            criteria[parentAt].maxMicro += c.maxMicro;
            leafIndex.push_back(criteria.size());
            criteria.push_back(c);
        }
    }

    std::string framework = "code,title,max_points,parent,aggregation,lead_unit\n";
    for (const Criterion& c : criteria) {
        framework += c.code + ',' + csvField(c.title) + ',' + decimal(c.maxMicro) + ',' + c.parent + ",sum,"
            + csvField(c.leadUnit) + '\n';
    }

    // ---- Units: unique names, numbered, with kind and district. ----
    const int width = units > 9999 ? int(std::to_string(units).size()) : 4;
    std::vector<std::string> names(static_cast<std::size_t>(units));
    for (long long u = 0; u < units; ++u) {
        const std::uint64_t k = rng.below(100);
        const char* kind = k < 80 ? "Xã" : k < 95 ? "Phường" : "Thị trấn";
        char number[32];
        std::snprintf(number, sizeof number, "%0*lld", width, u + 1);
        names[std::size_t(u)] = std::string(kind) + ' ' + CommuneNames[rng.below(std::size(CommuneNames))] + ' '
            + number + " (" + Districts[rng.below(std::size(Districts))] + ')';
    }

    // ---- Values: each unit has a level; each leaf scatters around it, in 4-decimal steps (100 millionths). ----
    if (year)
        rng = Rng {seed ^ (0x9E3779B97F4A7C15ULL * static_cast<unsigned long long>(year))};
    std::vector<std::vector<std::int64_t>> values(static_cast<std::size_t>(units),
                                                  std::vector<std::int64_t>(leafIndex.size()));
    long long copies = 0;
    long long shifted = 0;
    // Ties every `period` rows: 467 at national scale (14 forced ties in 3,321 rows), closer in small data sets.
    const long long period = std::max<long long>(4, std::min<long long>(467, units / 7 + 1));
    for (long long u = 0; u < units; ++u) {
        auto& row = values[std::size_t(u)];
        if (u > 0 && u % period == period - 1) { // an exact copy of the previous row: a tie
            row = values[std::size_t(u - 1)];
            ++copies;
            continue;
        }
        if (u > 0
            && u % period == period / 2) { // the previous row with 0.01 moved between two leaves: a tie, other parts
            row = values[std::size_t(u - 1)];
            const std::int64_t d = One / 100;
            for (std::size_t a = 0; a < row.size(); ++a) {
                bool done = false;
                for (std::size_t b = 0; b < row.size() && !done; ++b) {
                    if (a != b && row[a] >= d && row[b] + d <= criteria[leafIndex[b]].maxMicro) {
                        row[a] -= d;
                        row[b] += d;
                        done = true;
                    }
                }
                if (done) {
                    ++shifted;
                    break;
                }
            }
            continue;
        }
        const std::int64_t level = rng.between(550000, 980000); // parts per million of the maximum
        for (std::size_t i = 0; i < row.size(); ++i) {
            const std::int64_t max = criteria[leafIndex[i]].maxMicro;
            const std::uint64_t kind = rng.below(100);
            std::int64_t ppm;
            if (kind < 20)
                ppm = One; // full points
            else if (kind < 23)
                ppm = 0;
            else
                ppm = std::clamp<std::int64_t>(level + rng.between(-150000, 150000), 0, One);
            const std::int64_t v = static_cast<std::int64_t>((__int128(max) * ppm) / One);
            row[i] = v - v % 100; // at most 4 decimals, never above the maximum
        }
    }

    std::string wide;
    std::string longForm = year ? "year,unit,code,value_micro\n" : "unit,code,value_micro\n";
    const std::string yearField = year ? std::to_string(year) + ',' : std::string();
    wide.reserve(std::size_t(units) * leafIndex.size() * 8);
    longForm.reserve(std::size_t(units) * leafIndex.size() * 48);
    wide += "Đơn vị";
    for (std::size_t i : leafIndex)
        wide += ',' + criteria[i].code;
    wide += '\n';
    for (long long u = 0; u < units; ++u) {
        const std::string name = csvField(names[std::size_t(u)]);
        wide += name;
        for (std::size_t i = 0; i < leafIndex.size(); ++i) {
            const std::int64_t v = values[std::size_t(u)][i];
            wide += ',' + decimal(v);
            longForm += yearField;
            longForm += name;
            longForm += ',';
            longForm += criteria[leafIndex[i]].code;
            longForm += ',';
            longForm += std::to_string(v);
            longForm += '\n';
        }
        wide += '\n';
    }

    if (!writeFile(outDir / "framework.csv", framework) || !writeFile(outDir / "scores.csv", wide)
        || !writeFile(outDir / "scores_long.csv", longForm))
        return 1;
    std::cout << "wrote " << (outDir / "framework.csv").string() << " (" << fields << " fields, " << leafIndex.size()
              << " leaf criteria, maximum 100), " << (outDir / "scores.csv").string() << " and "
              << (outDir / "scores_long.csv").string() << " (" << units << " units, "
              << units * static_cast<long long>(leafIndex.size()) << " values, " << copies + shifted
              << " rows made to tie)\n";
    return 0;
}
