using EditorialHub.Core;
using Microsoft.Extensions.DependencyInjection;

namespace EditorialHub.Tests.Board;

/// <summary>The school's days and times are Vietnam's by default, whatever the server's time zone.</summary>
public sealed class SchoolClockTests
{
    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("Asia/Ho_Chi_Minh")]
    public void Zone_DefaultOrVietnam_SevenHoursAheadAllYear(string? id)
    {
        var zone = SchoolClock.Zone(id);

        Assert.Equal(TimeSpan.FromHours(7), zone.GetUtcOffset(new DateTime(2027, 1, 15, 0, 0, 0, DateTimeKind.Utc)));
        Assert.Equal(TimeSpan.FromHours(7), zone.GetUtcOffset(new DateTime(2027, 7, 15, 0, 0, 0, DateTimeKind.Utc)));
    }

    [Fact]
    public void Zone_UnknownName_StopsWithWhatToSet()
    {
        var refusal = Assert.Throws<InvalidOperationException>(() => SchoolClock.Zone("Hanoi"));

        Assert.Contains("School:TimeZone \"Hanoi\"", refusal.Message);
        Assert.Contains("Asia/Ho_Chi_Minh", refusal.Message);
    }

    [Fact]
    public void Core_ItsClockReadsTheSchoolsDay_NotTheServers()
    {
        using var services = CoreHost.Build(Path.GetTempPath());

        var clock = services.GetRequiredService<TimeProvider>();

        // On a server in UTC (as CI's is), 18:30 on the 31st would still be the 31st; in Hà Nội it is
        // already the 1st: a new quota month, perhaps a new school year.
        Assert.Equal(TimeSpan.FromHours(7), clock.LocalTimeZone.GetUtcOffset(DateTime.UtcNow));
    }
}
