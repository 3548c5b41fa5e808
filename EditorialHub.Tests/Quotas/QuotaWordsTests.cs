using System.Text;
using System.Xml.Linq;
using EditorialHub.Core.Quotas;
using EditorialHub.Tests.Support;
using EditorialHub.Web.Components.Quotas;
using EditorialHub.Web.Resources;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace EditorialHub.Tests.Quotas;

public sealed class QuotaWordsTests
{
    private static Dictionary<string, string> Read(string file) =>
        XDocument.Load(Repository.PathOf("EditorialHub.Web", "Resources", file))
            .Root!.Elements("data")
            .ToDictionary(d => (string)d.Attribute("name")!, d => (string)d.Element("value")!);

    [Theory]
    [InlineData("UiText.resx")]
    [InlineData("UiText.en.resx")]
    public void Resources_EveryStatusAndNoteHasItsWords(string file)
    {
        // Looked up by enum name ("Quota_Status_" + status), which the key scan of LocalizationTests cannot see.
        var texts = Read(file);

        Assert.All(Enum.GetValues<QuotaStatus>(), status => Assert.True(texts.ContainsKey($"Quota_Status_{status}"), status.ToString()));
        Assert.All(Enum.GetValues<QuotaItemNote>(), note => Assert.True(texts.ContainsKey($"Quota_Note_{note}"), note.ToString()));
    }

    [Fact]
    public void Csv_ExcelReadsVietnamese_AndNamesNeverRunAsFormulas()
    {
        var localizer = new ResourceManagerStringLocalizerFactory(
            Options.Create(new LocalizationOptions()), Microsoft.Extensions.Logging.Abstractions.NullLoggerFactory.Instance)
            .Create(typeof(UiText));
        var month = new QuotaMonth(new DateOnly(2026, 9, 1), 1, Semester.One, true);
        var cells = new[] { new QuotaCell(1, month.Month, QuotaStatus.Missed, 0, 1, 0) };
        var board = new QuotaBoard(
            new SchoolYearView(1, "2026-2027", new DateOnly(2026, 9, 5), new DateOnly(2027, 1, 17), new DateOnly(2027, 5, 31), false),
            [new QuotaBoardMonth(month, true, false, QuotaTotals.Of(cells))],
            [new QuotaUnitRow(1, "=Tổ, \"Toán\"", Core.Board.UnitKind.SubjectDepartment, cells, QuotaTotals.Of(cells))],
            QuotaTotals.Of(cells), new DateOnly(2026, 11, 21));

        var culture = System.Globalization.CultureInfo.CurrentUICulture;
        System.Globalization.CultureInfo.CurrentUICulture = new System.Globalization.CultureInfo("vi-VN");
        byte[] bytes;
        try { bytes = Core.Exports.CsvFile.Write(QuotaSheet.Build(board, new StringLocalizer<UiText>(new FixedFactory(localizer)))); }
        finally { System.Globalization.CultureInfo.CurrentUICulture = culture; }

        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("Tổ/đơn vị,Tháng 9/2026,Số tin bài được tính,Số tháng đạt,Số tháng không đạt,Tỉ lệ đạt (%)", lines[0]);
        Assert.Equal("\"'=Tổ, \"\"Toán\"\"\",Không đạt (0/1),0,0,1,0", lines[1]);
        Assert.Equal("Toàn trường,0/1 tổ đạt,0,0,1,0", lines[2]);
    }

    private sealed class FixedFactory(IStringLocalizer localizer) : IStringLocalizerFactory
    {
        public IStringLocalizer Create(Type resourceSource) => localizer;
        public IStringLocalizer Create(string baseName, string location) => localizer;
    }
}
