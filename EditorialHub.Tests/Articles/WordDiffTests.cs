using System.Text;
using EditorialHub.Core.Articles.Revisions;

namespace EditorialHub.Tests.Articles;

public sealed class WordDiffTests
{
    /// <summary>What a side shows: kept words plain, deleted ones as [-…-], inserted ones as {+…+}, lines joined by " | ".</summary>
    private static string Show(IReadOnlyList<DiffLine> lines) =>
        string.Join(" | ", lines.Select(line => string.Concat(line.Runs.Select(run => run.Kind switch
        {
            DiffKind.Deleted => $"[-{run.Text}-]",
            DiffKind.Inserted => $"{{+{run.Text}+}}",
            _ => run.Text,
        }))));

    public static TheoryData<string, string, string, string, string> TextCases() => new()
    {
        // because, before, after → before side, after side
        { "one syllable inserted", "Tổ Toán họp chuyên môn", "Tổ Toán – Tin học họp chuyên môn",
            "Tổ Toán họp chuyên môn", "Tổ Toán {+– Tin học+} họp chuyên môn" },
        { "a word replaced", "Họp vào thứ Hai tuần sau", "Họp vào thứ Ba tuần sau",
            "Họp vào thứ [-Hai-] tuần sau", "Họp vào thứ {+Ba+} tuần sau" },
        { "a phrase deleted", "Sáng nay, toàn thể giáo viên và học sinh dự lễ", "Sáng nay, học sinh dự lễ",
            "Sáng nay, [-toàn thể giáo viên và-] học sinh dự lễ", "Sáng nay, học sinh dự lễ" },
        { "a tone mark is a different word", "Học sinh họp lớp", "Học sinh hợp lớp",
            "Học sinh [-họp-] lớp", "Học sinh {+hợp+} lớp" },
        { "punctuation alone", "Chúc mừng thầy cô", "Chúc mừng thầy cô!",
            "Chúc mừng thầy cô", "Chúc mừng thầy cô{+!+}" },
        { "a date kept whole", "Ngày 20/11 trường tổ chức mít tinh", "Ngày 19/11 trường tổ chức mít tinh",
            "Ngày [-20/11-] trường tổ chức mít tinh", "Ngày {+19/11+} trường tổ chức mít tinh" },
        { "all new", "", "Thông báo lịch thi học kỳ I",
            "", "{+Thông báo lịch thi học kỳ I+}" },
        { "a line added", "Dòng một\nDòng hai", "Dòng một\nDòng mới\nDòng hai",
            "Dòng một | Dòng hai", "Dòng một | {+Dòng mới+} | Dòng hai" },
        { "nothing changed", "Kế hoạch năm học 2026–2027", "Kế hoạch năm học 2026–2027",
            "Kế hoạch năm học 2026–2027", "Kế hoạch năm học 2026–2027" },
    };

    [Theory]
    [MemberData(nameof(TextCases))]
    public void CompareText_VietnameseTable(string because, string before, string after, string left, string right)
    {
        var comparison = WordDiff.CompareText(before, after);

        Assert.True(left == Show(comparison.Before), $"{because}: {Show(comparison.Before)}");
        Assert.True(right == Show(comparison.After), $"{because}: {Show(comparison.After)}");
    }

    [Fact]
    public void CompareText_ComposedAndDecomposedVietnamese_NoChange()
    {
        var composed = "Trường THPT Lê Quý Đôn tổ chức hội giảng";

        var comparison = WordDiff.CompareText(composed, composed.Normalize(NormalizationForm.FormD));

        Assert.False(comparison.HasChanges);
    }

    [Fact]
    public void CompareText_CountsWordsDeletedAndInserted()
    {
        var comparison = WordDiff.CompareText("Họp vào thứ Hai tuần sau", "Họp vào sáng thứ Ba tuần sau");

        Assert.Equal((1, 2), (comparison.WordsDeleted, comparison.WordsInserted));
    }

    [Fact]
    public void CompareHtml_VisibleTextOnly_ParagraphsAndPictures()
    {
        var before = "<p>Sáng 18/11, tổ tổ chức <strong>6 tiết</strong> dạy mẫu.</p>";
        var after = "<p>Sáng 18/11, tổ tổ chức 8 tiết dạy mẫu.</p><p><img src=\"/attachments/3\" alt=\"Giờ dạy mẫu\"></p>";

        var comparison = WordDiff.CompareHtml(before, after);

        Assert.Equal("Sáng 18/11, tổ tổ chức [-6-] tiết dạy mẫu.", Show(comparison.Before));
        Assert.Equal("Sáng 18/11, tổ tổ chức {+8+} tiết dạy mẫu. | {+[ảnh: Giờ dạy mẫu]+}", Show(comparison.After));
    }

    [Fact]
    public void CompareHtml_OnlyBoldChanged_NoWordMarked()
    {
        var comparison = WordDiff.CompareHtml("<p>Lịch thi học kỳ I</p>", "<p><strong>Lịch thi</strong> học kỳ I</p>");

        Assert.False(comparison.HasChanges);
    }

    // Myers' script is a shortest one: its length is the edit distance (insertions + deletions).
    [Theory]
    [InlineData("A B C A B B A", "C B A B A C", 5)]
    [InlineData("a b c", "a b c", 0)]
    [InlineData("a b c", "", 3)]
    [InlineData("", "x y", 2)]
    [InlineData("a b c d e f", "a x c d y f", 4)]
    [InlineData("một hai ba bốn", "bốn ba hai một", 6)]
    public void Diff_ShortestEditScript(string before, string after, int distance)
    {
        var a = before.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var b = after.Split(' ', StringSplitOptions.RemoveEmptyEntries);

        var ops = WordDiff.Diff(a, b);

        Assert.Equal(distance, ops.Where(op => op.Kind != DiffKind.Same).Sum(op => op.Length));
        // Applying the script to the old text gives the new one.
        var rebuilt = ops.Where(op => op.Kind != DiffKind.Deleted)
            .SelectMany(op => op.Kind == DiffKind.Same ? a.Skip(op.OldIndex).Take(op.Length) : b.Skip(op.NewIndex).Take(op.Length));
        Assert.Equal(b, rebuilt);
        var kept = ops.Where(op => op.Kind != DiffKind.Inserted).SelectMany(op => a.Skip(op.OldIndex).Take(op.Length));
        Assert.Equal(a, kept);
    }

    [Fact]
    public void Diff_RandomTexts_ScriptAlwaysRebuildsBothSides()
    {
        var random = new Random(20261122);
        string[] words = ["học", "sinh", "giáo", "viên", "tổ", "Toán", "họp", "lớp", "trường", "."];
        for (var round = 0; round < 300; round++)
        {
            var a = Enumerable.Range(0, random.Next(0, 40)).Select(_ => words[random.Next(words.Length)]).ToArray();
            var b = Enumerable.Range(0, random.Next(0, 40)).Select(_ => words[random.Next(words.Length)]).ToArray();

            var ops = WordDiff.Diff(a, b);

            Assert.Equal(a, ops.Where(op => op.Kind != DiffKind.Inserted).SelectMany(op => a.Skip(op.OldIndex).Take(op.Length)));
            Assert.Equal(b, ops.Where(op => op.Kind != DiffKind.Deleted)
                .SelectMany(op => op.Kind == DiffKind.Same ? a.Skip(op.OldIndex).Take(op.Length) : b.Skip(op.NewIndex).Take(op.Length)));
            // Never longer than the classic dynamic-programming distance.
            Assert.Equal(Distance(a, b), ops.Where(op => op.Kind != DiffKind.Same).Sum(op => op.Length));
        }
    }

    /// <summary>Insert/delete distance by the textbook LCS table, to check Myers against.</summary>
    private static int Distance(string[] a, string[] b)
    {
        var lcs = new int[a.Length + 1, b.Length + 1];
        for (var i = 1; i <= a.Length; i++)
            for (var j = 1; j <= b.Length; j++)
                lcs[i, j] = a[i - 1] == b[j - 1] ? lcs[i - 1, j - 1] + 1 : Math.Max(lcs[i - 1, j], lcs[i, j - 1]);
        return a.Length + b.Length - 2 * lcs[a.Length, b.Length];
    }
}
