using System.Text;
using System.Text.RegularExpressions;
using EditorialHub.Core.Articles.RichText;

namespace EditorialHub.Core.Articles.Revisions;

public enum DiffKind
{
    Same = 0,
    Deleted = 1,
    Inserted = 2,
}

/// <summary>One step of an edit script: a run of tokens kept, deleted from the old text or inserted in the new.</summary>
public sealed record DiffOp(DiffKind Kind, int OldIndex, int NewIndex, int Length);

/// <summary>Consecutive words of one kind, as shown: "thứ Hai" deleted.</summary>
public sealed record DiffRun(DiffKind Kind, string Text);

/// <summary>One line of a side (a paragraph, heading or list item), its runs in order.</summary>
public sealed record DiffLine(IReadOnlyList<DiffRun> Runs);

/// <summary>Two texts side by side: the old with its deletions marked, the new with its insertions marked.</summary>
public sealed record TextComparison(IReadOnlyList<DiffLine> Before, IReadOnlyList<DiffLine> After, int WordsDeleted, int WordsInserted)
{
    public bool HasChanges => WordsDeleted > 0 || WordsInserted > 0;
}

/// <summary>
/// Word-level comparison of two versions of a text (issue 4: "insertions and deletions marked, word
/// level; Vietnamese text"). Vietnamese writes every syllable as a word of its own between spaces,
/// so the token is the syllable; punctuation is a token of its own ("tổ," and "tổ" share "tổ"), and
/// text is compared after Unicode composition (NFC), so "họp" typed on a Mac equals "họp" typed on
/// Windows. Bodies are compared on what a reader sees (<see cref="ArticleHtml.ParagraphsOf"/>), one
/// line per paragraph: a marked-up body would need every &lt;ins&gt; and &lt;del&gt; re-nested inside
/// the writer's tags, and a change of bold alone is not what an approver checks.
/// The edit script is Myers' O(ND) shortest edit script, so the marked change is the smallest one.
/// </summary>
public static partial class WordDiff
{
    /// <summary>Beyond this many differences the middle is reported as replaced whole (bounded work for hostile input).</summary>
    private const int MaxDifferences = 2000;

    public static TextComparison CompareHtml(string? beforeHtml, string? afterHtml) =>
        Compare(ArticleHtml.ParagraphsOf(beforeHtml), ArticleHtml.ParagraphsOf(afterHtml));

    public static TextComparison CompareText(string? before, string? after) =>
        Compare(Lines(before), Lines(after));

    /// <summary>The words (syllables) and punctuation of a line of text, composed (NFC).</summary>
    public static IReadOnlyList<string> Tokens(string text) =>
        Token().Matches(text.Normalize(NormalizationForm.FormC)).Select(m => m.Value).ToList();

    /// <summary>Myers' shortest edit script turning <paramref name="before"/> into <paramref name="after"/>.</summary>
    public static IReadOnlyList<DiffOp> Diff(IReadOnlyList<string> before, IReadOnlyList<string> after)
    {
        // Common prefix and suffix cost nothing to find and shrink the search.
        var prefix = 0;
        while (prefix < before.Count && prefix < after.Count && before[prefix] == after[prefix])
            prefix++;
        var suffix = 0;
        while (suffix < before.Count - prefix && suffix < after.Count - prefix
               && before[before.Count - 1 - suffix] == after[after.Count - 1 - suffix])
            suffix++;

        var ops = new List<DiffOp>();
        Add(ops, DiffKind.Same, 0, 0, prefix);
        Middle(before, after, prefix, before.Count - suffix, prefix, after.Count - suffix, ops);
        Add(ops, DiffKind.Same, before.Count - suffix, after.Count - suffix, suffix);
        return ops;
    }

    private static void Middle(
        IReadOnlyList<string> a, IReadOnlyList<string> b, int aStart, int aEnd, int bStart, int bEnd, List<DiffOp> ops)
    {
        int n = aEnd - aStart, m = bEnd - bStart, max = n + m;
        if (n == 0 || m == 0)
        {
            Add(ops, DiffKind.Deleted, aStart, bStart, n);
            Add(ops, DiffKind.Inserted, aStart + n, bStart, m);
            return;
        }
        // v[k + offset] = the furthest x reached on diagonal k. Before each round d the diagonals
        // -d..d are kept (all the walk back reads), so memory grows with d², not with the text.
        var offset = max + 1;
        var v = new int[2 * max + 3];
        var trace = new List<int[]>();
        var found = -1;
        for (var d = 0; d <= Math.Min(max, MaxDifferences); d++)
        {
            trace.Add(v[(offset - d)..(offset + d + 1)]);
            for (var k = -d; k <= d; k += 2)
            {
                var down = k == -d || (k != d && v[k - 1 + offset] < v[k + 1 + offset]);
                var x = down ? v[k + 1 + offset] : v[k - 1 + offset] + 1;
                var y = x - k;
                while (x < n && y < m && a[aStart + x] == b[bStart + y])
                {
                    x++;
                    y++;
                }
                v[k + offset] = x;
                if (x >= n && y >= m)
                {
                    found = d;
                    break;
                }
            }
            if (found >= 0)
                break;
        }
        if (found < 0)
        {
            Add(ops, DiffKind.Deleted, aStart, bStart, n);
            Add(ops, DiffKind.Inserted, aStart + n, bStart, m);
            return;
        }

        // Walk back from (n, m) through the saved frontiers, collecting single steps in reverse.
        var steps = new List<(DiffKind Kind, int X, int Y)>();
        int cx = n, cy = m;
        for (var d = found; d > 0; d--)
        {
            var previous = trace[d];
            int At(int diagonal) => previous[diagonal + d]; // the window starts at diagonal -d
            var k = cx - cy;
            var down = k == -d || (k != d && At(k - 1) < At(k + 1));
            var prevK = down ? k + 1 : k - 1;
            var prevX = At(prevK);
            var prevY = prevX - prevK;
            while (cx > prevX + (down ? 0 : 1) && cy > prevY + (down ? 1 : 0))
            {
                cx--;
                cy--;
                steps.Add((DiffKind.Same, cx, cy));
            }
            if (down)
                steps.Add((DiffKind.Inserted, prevX, prevY));
            else
                steps.Add((DiffKind.Deleted, prevX, prevY));
            cx = prevX;
            cy = prevY;
        }
        while (cx > 0 && cy > 0)
        {
            cx--;
            cy--;
            steps.Add((DiffKind.Same, cx, cy));
        }
        steps.Reverse();
        foreach (var (kind, x, y) in steps)
            Add(ops, kind, aStart + x, bStart + y, 1);
    }

    /// <summary>Appends a run, merging it into the previous one of the same kind.</summary>
    private static void Add(List<DiffOp> ops, DiffKind kind, int oldIndex, int newIndex, int length)
    {
        if (length <= 0)
            return;
        if (ops.Count > 0 && ops[^1] is { } last && last.Kind == kind
            && last.OldIndex + (kind == DiffKind.Inserted ? 0 : last.Length) == oldIndex
            && last.NewIndex + (kind == DiffKind.Deleted ? 0 : last.Length) == newIndex)
        {
            ops[^1] = last with { Length = last.Length + length };
            return;
        }
        ops.Add(new DiffOp(kind, oldIndex, newIndex, length));
    }

    /// <summary>
    /// Lines first, then words: unchanged paragraphs are matched whole, and each changed paragraph is
    /// compared word by word with the one that took its place, so an added paragraph shows as one
    /// inserted line rather than words spread over its neighbours.
    /// </summary>
    private static TextComparison Compare(IReadOnlyList<string> beforeLines, IReadOnlyList<string> afterLines)
    {
        var before = beforeLines.Select(Tokenize).ToList();
        var after = afterLines.Select(Tokenize).ToList();
        var lineOps = Diff(
            before.Select(line => string.Join(' ', line.Select(t => t.Text))).ToList(),
            after.Select(line => string.Join(' ', line.Select(t => t.Text))).ToList());
        var result = new Sides();
        var deletedLines = new List<Piece[]>();
        var insertedLines = new List<Piece[]>();
        foreach (var op in lineOps)
        {
            if (op.Kind == DiffKind.Same)
            {
                result.Pair(deletedLines, insertedLines);
                for (var i = 0; i < op.Length; i++)
                    result.Same(before[op.OldIndex + i], after[op.NewIndex + i]);
            }
            else if (op.Kind == DiffKind.Deleted)
                deletedLines.AddRange(before.Skip(op.OldIndex).Take(op.Length));
            else
                insertedLines.AddRange(after.Skip(op.NewIndex).Take(op.Length));
        }
        result.Pair(deletedLines, insertedLines);
        return new TextComparison(result.Before, result.After, result.Deleted, result.Inserted);
    }

    /// <summary>A token and whether a space came before it in the text (so the text is shown as it was written).</summary>
    private readonly record struct Piece(string Text, bool SpaceBefore);

    private static Piece[] Tokenize(string line)
    {
        var text = line.Normalize(NormalizationForm.FormC);
        return Token().Matches(text)
            .Select(m => new Piece(m.Value, m.Index > 0 && char.IsWhiteSpace(text[m.Index - 1])))
            .ToArray();
    }

    private static IReadOnlyList<string> Lines(string? text) =>
        string.IsNullOrWhiteSpace(text)
            ? []
            : text.Replace("\r\n", "\n").Split('\n').Select(line => line.Trim()).Where(line => line.Length > 0).ToList();

    /// <summary>Both sides being written, line by line.</summary>
    private sealed class Sides
    {
        public List<DiffLine> Before { get; } = [];
        public List<DiffLine> After { get; } = [];
        public int Deleted { get; private set; }
        public int Inserted { get; private set; }

        public void Same(Piece[] before, Piece[] after)
        {
            Before.Add(Line(before.Select(p => (DiffKind.Same, p))));
            After.Add(Line(after.Select(p => (DiffKind.Same, p))));
        }

        /// <summary>Changed lines, paired in order and compared word by word; the rest wholly deleted or inserted.</summary>
        public void Pair(List<Piece[]> deleted, List<Piece[]> inserted)
        {
            var pairs = Math.Min(deleted.Count, inserted.Count);
            for (var i = 0; i < pairs; i++)
                Words(deleted[i], inserted[i]);
            foreach (var line in deleted.Skip(pairs))
                Words(line, []);
            foreach (var line in inserted.Skip(pairs))
                Words([], line);
            deleted.Clear();
            inserted.Clear();
        }

        private void Words(Piece[] before, Piece[] after)
        {
            var left = new List<(DiffKind, Piece)>();
            var right = new List<(DiffKind, Piece)>();
            foreach (var op in Diff(before.Select(p => p.Text).ToList(), after.Select(p => p.Text).ToList()))
            {
                if (op.Kind != DiffKind.Inserted)
                    left.AddRange(before.Skip(op.OldIndex).Take(op.Length).Select(p => (op.Kind, p)));
                if (op.Kind != DiffKind.Deleted)
                    right.AddRange(after.Skip(op.NewIndex).Take(op.Length).Select(p => (op.Kind, p)));
                if (op.Kind == DiffKind.Deleted)
                    Deleted += before.Skip(op.OldIndex).Take(op.Length).Count(p => IsWord(p.Text));
                if (op.Kind == DiffKind.Inserted)
                    Inserted += after.Skip(op.NewIndex).Take(op.Length).Count(p => IsWord(p.Text));
            }
            if (left.Count > 0)
                Before.Add(Line(left));
            if (right.Count > 0)
                After.Add(Line(right));
        }

        /// <summary>Joins pieces into runs of one kind; a space between a kept and a marked piece belongs to neither mark.</summary>
        private static DiffLine Line(IEnumerable<(DiffKind Kind, Piece Piece)> pieces)
        {
            var runs = new List<DiffRun>();
            var text = new StringBuilder();
            DiffKind? kind = null;
            var first = true;
            foreach (var (pieceKind, piece) in pieces)
            {
                var space = !first && piece.SpaceBefore;
                if (kind is { } current && current != pieceKind)
                {
                    runs.Add(new DiffRun(current, text.ToString()));
                    text.Clear();
                    if (space)
                    {
                        runs.Add(new DiffRun(DiffKind.Same, " "));
                        space = false;
                    }
                }
                if (space)
                    text.Append(' ');
                text.Append(piece.Text);
                kind = pieceKind;
                first = false;
            }
            if (kind is { } last)
                runs.Add(new DiffRun(last, text.ToString()));
            return new DiffLine(runs);
        }

        private static bool IsWord(string token) => token.Any(char.IsLetterOrDigit);
    }

    // A word (letters with their marks, digits, joined by inner apostrophes, slashes or dots in
    // numbers like 20/11 or 1.500), or any single other visible character.
    [GeneratedRegex(@"[\p{L}\p{M}\p{N}]+(?:[/.,'’-][\p{L}\p{M}\p{N}]+)*|[^\s]")]
    private static partial Regex Token();
}
