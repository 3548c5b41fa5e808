using System.Globalization;
using System.Text;

namespace EditorialHub.Core.Search;

/// <summary>
/// The one rule by which searches match Vietnamese text whatever its letter case and tone marks: what
/// is stored to search in and what a person types both go through <see cref="Normalize"/>, so
/// "HỘI GIẢNG", "hội giảng" and "hoi giang" are the same words (docs/decisions/0010-search.md).
/// </summary>
public static class SearchText
{
    /// <summary>More words than this in one search are not looked for (each word is one more pass over the rows).</summary>
    public const int MaxWords = 12;

    /// <summary>
    /// Lower case, without tone or other marks, đ as d, every run of characters that are not letters
    /// or digits as one space, trimmed: "Điều 12, Hội giảng!" gives "dieu 12 hoi giang". Text typed
    /// decomposed (a Mac's NFD) gives the same as composed.
    /// </summary>
    public static string Normalize(string? text)
    {
        if (string.IsNullOrEmpty(text))
            return "";
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var result = new StringBuilder(decomposed.Length);
        var space = false;
        foreach (var c in decomposed)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark)
                continue;
            // Đ/đ has no decomposition (it is not D with a mark to Unicode), so it is folded by hand;
            // SQLite's own unicode61 tokenizer does not fold it either.
            var letter = c is 'đ' or 'Đ' ? 'd' : c;
            if (char.IsLetterOrDigit(letter))
            {
                if (space && result.Length > 0)
                    result.Append(' ');
                space = false;
                result.Append(char.ToLowerInvariant(letter));
            }
            else
            {
                space = true;
            }
        }
        return result.ToString();
    }

    /// <summary>The distinct words of a search, normalised; none for an empty search or one of punctuation only.</summary>
    public static IReadOnlyList<string> Words(string? search) =>
        Normalize(search).Split(' ', StringSplitOptions.RemoveEmptyEntries).Distinct().Take(MaxWords).ToList();

    /// <summary>
    /// Whether every word of <paramref name="search"/> begins a word of <paramref name="text"/>, in any
    /// order: the rule of the lists' full-text index ("hoi gia" finds "Hội giảng", "ang" does not).
    /// </summary>
    public static bool Matches(string? text, string? search)
    {
        var words = Normalize(text).Split(' ');
        return Words(search).All(wanted => words.Any(word => word.StartsWith(wanted, StringComparison.Ordinal)));
    }
}
