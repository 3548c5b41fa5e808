using EditorialHub.Core.Articles.Presence;

namespace EditorialHub.Tests.Articles;

public sealed class ItemPresenceTests
{
    [Fact]
    public void Enter_TwoPeopleOnOneItem_EachToldAndListed()
    {
        var presence = new ItemPresence();
        var toldLan = 0;
        using var lan = presence.Enter(7, "lan", "Nguyễn Thị Lan", () => { toldLan++; return Task.CompletedTask; });

        using var cuong = presence.Enter(7, "cuong", "Trần Văn Cường", () => Task.CompletedTask);

        Assert.Equal(2, toldLan); // her own arrival, then his
        Assert.Equal([new PresentPerson("lan", "Nguyễn Thị Lan", false), new PresentPerson("cuong", "Trần Văn Cường", false)],
            presence.On(7));
        Assert.Empty(presence.On(8));
    }

    [Fact]
    public void SetEditing_TheOthersAreToldAndSeeIt()
    {
        var presence = new ItemPresence();
        var told = 0;
        using var reader = presence.Enter(7, "lan", "Nguyễn Thị Lan", () => { told++; return Task.CompletedTask; });
        using var editor = presence.Enter(7, "cuong", "Trần Văn Cường", () => Task.CompletedTask);
        told = 0;

        editor.SetEditing(true);
        editor.SetEditing(true); // no change, nobody disturbed

        Assert.Equal(1, told);
        Assert.True(presence.On(7).Single(p => p.PersonId == "cuong").Editing);
    }

    [Fact]
    public void SetAway_ConnectionDownThenUp_HiddenThenShownAgain_TheOthersToldEachTime()
    {
        var presence = new ItemPresence();
        var told = 0;
        using var reader = presence.Enter(7, "lan", "Nguyễn Thị Lan", () => { told++; return Task.CompletedTask; });
        using var closedTab = presence.Enter(7, "cuong", "Trần Văn Cường", () => Task.CompletedTask);
        told = 0;

        closedTab.SetAway(true);
        Assert.Equal(["lan"], presence.On(7).Select(p => p.PersonId));
        closedTab.SetAway(false);
        Assert.Equal(["lan", "cuong"], presence.On(7).Select(p => p.PersonId));
        Assert.Equal(2, told);
    }

    [Fact]
    public void SetAway_OneOfTwoTabsOfAPerson_StillThereThroughTheOther()
    {
        var presence = new ItemPresence();
        using var laptop = presence.Enter(7, "cuong", "Trần Văn Cường", () => Task.CompletedTask);
        using var phone = presence.Enter(7, "cuong", "Trần Văn Cường", () => Task.CompletedTask);

        phone.SetAway(true);

        Assert.Equal(["cuong"], presence.On(7).Select(p => p.PersonId));
    }

    [Fact]
    public void Dispose_PersonLeaves_OthersToldAndTheItemForgotten()
    {
        var presence = new ItemPresence();
        var told = 0;
        var reader = presence.Enter(7, "lan", "Nguyễn Thị Lan", () => Task.CompletedTask);
        var editor = presence.Enter(7, "cuong", "Trần Văn Cường", () => { told++; return Task.CompletedTask; });
        told = 0;

        reader.Dispose();
        reader.Dispose();

        Assert.Equal(1, told);
        Assert.Equal(["cuong"], presence.On(7).Select(p => p.PersonId));
        editor.Dispose();
        Assert.Empty(presence.On(7));
    }

    [Fact]
    public void On_SamePersonInTwoTabs_OneLineEditingIfEitherIs()
    {
        var presence = new ItemPresence();
        using var first = presence.Enter(7, "lan", "Nguyễn Thị Lan", () => Task.CompletedTask);
        using var second = presence.Enter(7, "lan", "Nguyễn Thị Lan", () => Task.CompletedTask);

        second.SetEditing(true);

        Assert.Equal([new PresentPerson("lan", "Nguyễn Thị Lan", true)], presence.On(7));
    }

    [Fact]
    public void Enter_AListenerThatThrows_DoesNotStopTheOthers()
    {
        var presence = new ItemPresence();
        var told = 0;
        using var broken = presence.Enter(7, "x", "Người dùng lỗi", () => throw new ObjectDisposedException("circuit"));
        using var lan = presence.Enter(7, "lan", "Nguyễn Thị Lan", () => { told++; return Task.CompletedTask; });

        using var cuong = presence.Enter(7, "cuong", "Trần Văn Cường", () => Task.CompletedTask);

        Assert.Equal(2, told);
    }
}
